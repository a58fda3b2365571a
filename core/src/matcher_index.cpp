#include "matcher_index.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "lexicon_catalogue.h"
#include "text_table.h"
#include "trade_title.h"
#include "trade_variants.h"

namespace talentmatch {
namespace {

using detail::Bm25fIndex;
using detail::FieldSpec;
using detail::TermKind;
using detail::TextTable;

std::vector<FieldSpec> position_fields(const MatcherTuning& t) {
  return {{"title", t.w_title, t.b_title},
          {"aliases", t.w_aliases, t.b_aliases},
          {"direction", t.w_direction, t.b_direction},
          {"field", t.w_field, t.b_field},
          {"competencies", t.w_competencies, t.b_competencies},
          {"majors", t.w_majors, t.b_majors}};
}

std::vector<FieldSpec> occupation_fields(const MatcherTuning& t) {
  return {{"title", t.w_title, t.b_title},
          {"aliases", t.w_aliases, t.b_aliases},
          {"category", t.w_field, t.b_field},
          {"tasks", t.w_tasks, t.b_tasks}};
}

// Where a text's terms go: occurrences (Bm25fIndex::occurrence(term, field)) and the field's
// length in tokens. One destination for both a list and a document, so that the collector has
// one append per token (two had it call a vector's append out of line, ~35 000 times a build).
struct TermOutput {
  std::vector<std::uint32_t>* occurrences;
  std::uint32_t* length;
  std::uint8_t field;
};

// A text's terms as occurrences in field 0 (one per token, in order) and its length: bigrams and
// words count, phrases do not (they repeat what their bigrams say).
struct TermList {
  std::vector<std::uint32_t> terms;
  std::uint32_t length = 0;
  TermOutput output() { return {&terms, &length, 0}; }
};

// The index's open document: its (term, field) occurrences and field lengths.
class Document {
 public:
  explicit Document(Bm25fIndex& index) : index_(index) { index.start_document(); }
  TermOutput output(std::uint8_t field) { return {&index_.occurrences(), &index_.length(field), field}; }
  void add(std::uint8_t field, const TermList& list) {
    std::vector<std::uint32_t>& occurrences = index_.occurrences();
    const std::size_t at = occurrences.size();
    occurrences.insert(occurrences.end(), list.terms.begin(), list.terms.end());
    for (std::size_t i = at; i < occurrences.size(); ++i) occurrences[i] |= field;  // field 0 → `field`
    index_.length(field) += list.length;
  }

 private:
  Bm25fIndex& index_;
};

// Tokenizes catalogue texts into term ids, growing the vocabulary. For a name it also keeps the
// distinct bigram/word terms and the head (the last of them before any bracket).
class TermCollector final : public detail::TokenSink {
 public:
  TermCollector(detail::Vocabulary& vocabulary, const detail::Tokenizer& tokenizer, const detail::SegmentCache& cache)
      : vocabulary_(vocabulary), tokenizer_(tokenizer), cache_(cache) {}

  // Into a list, kept for texts that several documents share.
  void collect(const std::string& text, TermList& out) {
    out_ = out.output();
    collect(text, nullptr);
  }
  // Straight into one field of a document; a name's terms and head also into `name`.
  void collect(const std::string& text, Document& doc, std::uint8_t field, Matcher::Index::Name* name) {
    out_ = doc.output(field);
    collect(text, name);
  }

  [[gnu::always_inline]] void on_token(const detail::Token& t) override {  // inlined in the emit loop
    const std::uint32_t id = vocabulary_.insert(t.key);
    const bool counted = detail::kind_of(t.key) != TermKind::phrase;
    out_.occurrences->push_back(Bm25fIndex::occurrence(id, out_.field));
    *out_.length += counted;
    if (!name_ || !counted) return;
    if (std::find(name_terms_.begin(), name_terms_.end(), id) == name_terms_.end()) name_terms_.push_back(id);
    if (t.span.end <= head_limit_) {
      name_->head = id;
      head_found_ = true;
    }
  }

 private:
  void collect(const std::string& text, Matcher::Index::Name* name) {
    name_ = name;
    name_terms_.clear();
    head_limit_ = name ? detail::bracket_at(text) : 0;
    cache_.emit(tokenizer_, text, *this);
    if (name) {
      name->terms.assign(name_terms_.begin(), name_terms_.end());  // one allocation of the right size
      if (!name->terms.empty() && !head_found_) name->head = name->terms.back();
    }
    head_found_ = false;
  }

  detail::Vocabulary& vocabulary_;
  const detail::Tokenizer& tokenizer_;
  const detail::SegmentCache& cache_;
  TermOutput out_{};  // where the terms go
  Matcher::Index::Name* name_ = nullptr;
  std::vector<std::uint32_t> name_terms_;  // the name's distinct terms so far (a buffer kept across names)
  std::size_t head_limit_ = 0;
  bool head_found_ = false;
};

// Terms of one text added to one field (straight, not through a list); a name also recorded.
void add_text(TermCollector& collector, Document& doc, std::uint8_t field, const std::string& text,
              Matcher::Index::Names* names = nullptr) {
  Matcher::Index::Name name;
  collector.collect(text, doc, field, names ? &name : nullptr);
  if (names && !name.terms.empty()) names->push_back(std::move(name));
}

void add_texts(TermCollector& collector, Document& doc, std::uint8_t field, const std::vector<std::string>& texts,
               Matcher::Index::Names* names = nullptr) {
  for (const std::string& t : texts) add_text(collector, doc, field, t, names);
}

// Terms of texts that repeat across documents (majors), each text tokenized once.
class TermMemo {
 public:
  explicit TermMemo(TermCollector& collector) : collector_(collector) {}
  void add_texts(Document& doc, std::uint8_t field, const std::vector<std::string>& texts) {
    for (const std::string& t : texts) {
      const auto [number, is_new] = texts_.insert(t);
      if (is_new) {
        buffer_.terms.clear();
        buffer_.length = 0;
        collector_.collect(t, buffer_);
        lists_.push_back(buffer_);  // one allocation of the right size
      }
      doc.add(field, lists_[number]);
    }
  }

 private:
  TermCollector& collector_;
  TermList buffer_;
  TextTable texts_{1024};       // views of the catalogue's strings
  std::vector<TermList> lists_;  // by the text's number
};

// Terms of a record's names, computed once for all the positions under it.
template <class Record>
std::vector<TermList> name_terms(TermCollector& collector, const std::vector<Record>& records) {
  std::vector<TermList> out(records.size());
  TermList both;  // a buffer kept across records, copied out at its size: growing fresh lists cost more
  for (std::size_t i = 0; i < records.size(); ++i) {
    both.terms.clear();
    both.length = 0;
    collector.collect(records[i].name_zh, both);
    collector.collect(records[i].name_en, both);  // appended after the Chinese name's terms
    out[i] = both;
  }
  return out;
}

// A document has about 170 occurrences in the bundled catalogue (positions and occupations alike).
constexpr std::size_t kOccurrencesPerDocument = 192;

template <class Record>
std::size_t position_in(const std::vector<Record>& records, const Record* r) {
  return static_cast<std::size_t>(r - records.data());
}

}  // namespace

std::size_t detail::bracket_at(std::string_view text) {
  return std::min({text.find('('), text.find('['), text.find("\xEF\xBC\x88"), text.find("\xE3\x80\x90")});
}

Matcher::Index::Index(const Catalogue& c, const MatcherTuning& tuning)
    : positions(position_fields(tuning), tuning.k1),
      occupations(occupation_fields(tuning), tuning.k1),
      skip_nested_phrases(tuning.skip_nested_phrases != 0) {
  read_documents(c, tuning);
  positions.finish(vocabulary.size());
  occupations.finish(vocabulary.size());
  position_heads.assign(vocabulary.size(), 0);
  std::vector<std::uint32_t> seen(vocabulary.size(), 0xFFFFFFFFu);  // counted once per position
  for (std::uint32_t doc = 0; doc < position_names.size(); ++doc)
    for (const Name& n : position_names[doc])
      if (seen[n.head] != doc) seen[n.head] = doc, ++position_heads[n.head];
}

// What reads the catalogue (the segment cache, the tokenizers, shared terms) is local here, so it
// is freed before finish() allocates the postings: the build's peak memory is lower by as much.
void Matcher::Index::read_documents(const Catalogue& c, const MatcherTuning& tuning) {
  detail::Tokenizer builder(words, nullptr, true);
  detail::SegmentCache cache;
  detail::add_catalogue_phrases(c, builder, lexicon, tuning.skill_phrases != 0, cache);
  lexicon.freeze();

  detail::Tokenizer tokenizer(words, &lexicon, true);
  tokenizer.skip_nested_phrases = skip_nested_phrases;
  TermCollector collector(vocabulary, tokenizer, cache);
  const auto direction_terms = name_terms(collector, c.key.directions);
  const auto field_terms = name_terms(collector, c.key.core_fields);
  const auto industry_terms = name_terms(collector, c.key.industries);
  TermMemo majors(collector);
  positions.reserve(c.key.positions.size(), kOccurrencesPerDocument);
  occupations.reserve(c.skilled.occupations.size(), kOccurrencesPerDocument);

  for (const auto& p : c.key.positions) {
    const Direction& d = c.direction_of(p);
    const CoreField& f = c.field_of(d);
    const Industry& i = c.industry_of(f);
    directions.push_back(&d);
    fields.push_back(&f);
    industries.push_back(&i);
    Document doc(positions);
    Names names;
    names.reserve(2 + p.aliases_zh.size() + p.aliases_en.size());
    add_text(collector, doc, kPosTitle, p.title_zh, &names);
    add_text(collector, doc, kPosTitle, p.title_en, &names);
    add_texts(collector, doc, kPosAliases, p.aliases_zh, &names);
    add_texts(collector, doc, kPosAliases, p.aliases_en, &names);
    doc.add(kPosDirection, direction_terms[position_in(c.key.directions, &d)]);
    doc.add(kPosField, field_terms[position_in(c.key.core_fields, &f)]);
    doc.add(kPosField, industry_terms[position_in(c.key.industries, &i)]);
    add_text(collector, doc, kPosCompetencies, p.competencies_zh);
    add_text(collector, doc, kPosCompetencies, p.competencies_en);
    majors.add_texts(doc, kPosMajors, p.majors_zh);
    majors.add_texts(doc, kPosMajors, p.majors_en);
    position_names.push_back(std::move(names));
  }
  const auto category_terms = name_terms(collector, c.skilled.categories);
  std::optional<detail::TradeVariants> trade_variants;
  if (tuning.trade_stems != 0) trade_variants.emplace(vocabulary);
  for (const auto& o : c.skilled.occupations) {
    Document doc(occupations);
    Names names;  // with up to five suffix variants of each Chinese name
    names.reserve(2 + o.aliases_en.size() + 6 * (1 + o.aliases_zh.size()));
    std::vector<std::string_view>& stems = occupation_stems.emplace_back();
    // A Chinese name: its terms, its suffix variants, and its stem (trade_title.h).
    auto add_trade_name = [&](std::uint8_t field, const std::string& text) {
      const std::size_t before = names.size();
      add_text(collector, doc, field, text, &names);
      if (trade_variants && names.size() > before) trade_variants->add(text, names[before], names);
      if (std::string_view stem = detail::trade_stem(text); !stem.empty()) stems.push_back(stem);
    };
    add_trade_name(kOccTitle, o.name_zh);
    add_text(collector, doc, kOccTitle, o.name_en, &names);
    for (const std::string& alias : o.aliases_zh) add_trade_name(kOccAliases, alias);
    add_texts(collector, doc, kOccAliases, o.aliases_en, &names);
    if (const SkilledCategory* cat = c.skilled_category(o.category_id))
      doc.add(kOccCategory, category_terms[position_in(c.skilled.categories, cat)]);
    add_text(collector, doc, kOccTasks, o.tasks_zh);
    add_text(collector, doc, kOccTasks, o.tasks_en);
    occupation_names.push_back(std::move(names));
  }
}

}  // namespace talentmatch
