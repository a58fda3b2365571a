#include "matcher_index.h"

#include <algorithm>

#include "lexicon_catalogue.h"

namespace talentmatch {
namespace {

using detail::Bm25fIndex;
using detail::FieldSpec;
using detail::TermKind;

std::vector<FieldSpec> position_fields(const MatcherTuning& t) {
  return {{"title", t.w_title, t.b_title},
          {"aliases", t.w_aliases, t.b_aliases},
          {"direction", t.w_direction, t.b_direction},
          {"field", t.w_field, t.b_field},
          {"competencies", t.w_competencies, t.b_competencies},
          {"majors", t.w_majors, t.b_majors}};
}

std::vector<FieldSpec> occupation_fields(const MatcherTuning& t) {
  return {{"title", t.w_title, t.b_title}, {"aliases", t.w_aliases, t.b_aliases}, {"category", t.w_field, t.b_field}};
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// "护理主管(养老)" → "护理主管"; also full-width （ and [.
std::string before_bracket(const std::string& name) {
  std::size_t cut = std::min({name.find('('), name.find('['), name.find("\xEF\xBC\x88")});
  return name.substr(0, cut);
}

struct NameTerms : detail::TokenSink {
  explicit NameTerms(detail::Vocabulary& v) : vocabulary(v) {}
  void on_token(const detail::Token& t) override {
    if (detail::kind_of(t.key) == TermKind::phrase) return;
    std::uint32_t id = vocabulary.insert(t.key);
    if (std::find(terms.begin(), terms.end(), id) == terms.end()) terms.push_back(id);
    last = id;
  }
  std::uint32_t last = 0;
  detail::Vocabulary& vocabulary;
  std::vector<std::uint32_t> terms;
};

// Collects one document's terms, field by field, growing the vocabulary.
class DocumentBuilder : public detail::TokenSink {
 public:
  DocumentBuilder(detail::Vocabulary& vocabulary, const detail::Tokenizer& tokenizer, std::size_t fields)
      : vocabulary_(vocabulary), tokenizer_(tokenizer), lengths_(fields, 0) {}

  void add(std::uint8_t field, const std::string& text) {
    field_ = field;
    tokenizer_.tokenize(text, *this);
  }
  void add(std::uint8_t field, const std::vector<std::string>& texts) {
    for (const auto& t : texts) add(field, t);
  }
  void on_token(const detail::Token& t) override {
    occurrences_.emplace_back(vocabulary_.insert(t.key), field_);
    // Length counts bigrams and words only; a phrase repeats what its bigrams already say.
    if (detail::kind_of(t.key) != TermKind::phrase) ++lengths_[field_];
  }
  void finish_into(Bm25fIndex& index) { index.add_document(std::move(occurrences_), lengths_); }

  // The distinct bigram and word terms of each name.
  Matcher::Index::Names names(const std::vector<std::string>& texts) {
    Matcher::Index::Names out;
    for (const auto& t : texts) {
      NameTerms sink(vocabulary_);
      tokenizer_.tokenize(t, sink);
      if (sink.terms.empty()) continue;
      NameTerms head(vocabulary_);
      tokenizer_.tokenize(before_bracket(t), head);
      out.push_back({std::move(sink.terms), head.terms.empty() ? sink.terms.back() : head.last});
    }
    return out;
  }

 private:
  detail::Vocabulary& vocabulary_;
  const detail::Tokenizer& tokenizer_;
  std::vector<std::pair<std::uint32_t, std::uint8_t>> occurrences_;
  std::vector<std::uint32_t> lengths_;
  std::uint8_t field_ = 0;
};

}  // namespace

Matcher::Index::Index(const Catalogue& c, const MatcherTuning& tuning)
    : positions(position_fields(tuning), tuning.k1),
      occupations(occupation_fields(tuning), tuning.k1),
      skip_nested_phrases(tuning.skip_nested_phrases != 0) {
  detail::Tokenizer builder(words, nullptr, true);
  detail::add_catalogue_phrases(c, builder, lexicon, tuning.skill_phrases != 0);

  detail::Tokenizer tokenizer(words, &lexicon, true);
  tokenizer.skip_nested_phrases = skip_nested_phrases;
  for (const auto& p : c.key.positions) {
    const Direction& d = c.direction_of(p);
    const CoreField& f = c.field_of(d);
    const Industry& i = c.industry_of(f);
    directions.push_back(&d);
    fields.push_back(&f);
    industries.push_back(&i);
    DocumentBuilder doc(vocabulary, tokenizer, positions.fields().size());
    doc.add(kPosTitle, std::vector<std::string>{p.title_zh, p.title_en});
    doc.add(kPosAliases, p.aliases_zh);
    doc.add(kPosAliases, p.aliases_en);
    doc.add(kPosDirection, std::vector<std::string>{d.name_zh, d.name_en});
    doc.add(kPosField, std::vector<std::string>{f.name_zh, f.name_en, i.name_zh, i.name_en});
    doc.add(kPosCompetencies, std::vector<std::string>{p.competencies_zh, p.competencies_en});
    doc.add(kPosMajors, p.majors_zh);
    doc.add(kPosMajors, p.majors_en);
    position_names.push_back(doc.names(concat({p.title_zh, p.title_en}, concat(p.aliases_zh, p.aliases_en))));
    doc.finish_into(positions);
  }
  for (const auto& o : c.skilled.occupations) {
    DocumentBuilder doc(vocabulary, tokenizer, occupations.fields().size());
    doc.add(kOccTitle, std::vector<std::string>{o.name_zh, o.name_en});
    doc.add(kOccAliases, o.aliases_zh);
    doc.add(kOccAliases, o.aliases_en);
    if (const SkilledCategory* cat = c.skilled_category(o.category_id))
      doc.add(kOccCategory, std::vector<std::string>{cat->name_zh, cat->name_en});
    occupation_names.push_back(doc.names(concat({o.name_zh, o.name_en}, concat(o.aliases_zh, o.aliases_en))));
    doc.finish_into(occupations);
  }
  positions.finish(vocabulary.size());
  occupations.finish(vocabulary.size());
}

}  // namespace talentmatch
