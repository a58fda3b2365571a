#include "matcher_index.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "lexicon_catalogue.h"
#include "talentmatch/text.h"

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

// Where a name's qualifier starts: "护理主管(养老)" → the "(" ; also full-width （ and [.
std::size_t bracket_at(const std::string& name) {
  return std::min({name.find('('), name.find('['), name.find("\xEF\xBC\x88")});
}

// A text's term ids (one per token, in order) and its length: bigrams and words count, phrases
// do not (they repeat what their bigrams say).
struct TermList {
  std::vector<std::uint32_t> terms;
  std::uint32_t length = 0;
};

// Tokenizes catalogue texts into term ids, growing the vocabulary. For a name it also keeps the
// distinct bigram/word terms and the head (the last of them before any bracket).
class TermCollector : public detail::TokenSink {
 public:
  TermCollector(detail::Vocabulary& vocabulary, const detail::Tokenizer& tokenizer, const detail::SegmentCache& cache)
      : vocabulary_(vocabulary), tokenizer_(tokenizer), cache_(cache) {}

  void collect(const std::string& text, TermList& out, Matcher::Index::Name* name = nullptr) {
    out_ = &out;
    name_ = name;
    name_terms_.clear();
    head_limit_ = name ? bracket_at(text) : 0;
    cache_.emit(tokenizer_, text, *this);
    if (name) {
      name->terms.assign(name_terms_.begin(), name_terms_.end());  // one allocation of the right size
      if (!name->terms.empty() && !head_found_) name->head = name->terms.back();
    }
    head_found_ = false;
  }

  void on_token(const detail::Token& t) override {
    const std::uint32_t id = vocabulary_.insert(t.key);
    const bool counted = detail::kind_of(t.key) != TermKind::phrase;
    out_->terms.push_back(id);
    out_->length += counted;
    if (!name_ || !counted) return;
    if (std::find(name_terms_.begin(), name_terms_.end(), id) == name_terms_.end()) name_terms_.push_back(id);
    if (t.span.end <= head_limit_) {
      name_->head = id;
      head_found_ = true;
    }
  }

 private:
  detail::Vocabulary& vocabulary_;
  const detail::Tokenizer& tokenizer_;
  const detail::SegmentCache& cache_;
  TermList* out_ = nullptr;
  Matcher::Index::Name* name_ = nullptr;
  std::vector<std::uint32_t> name_terms_;  // the name's distinct terms so far (a buffer kept across names)
  std::size_t head_limit_ = 0;
  bool head_found_ = false;
};

// One document's (term, field) occurrences and field lengths.
class Document {
 public:
  explicit Document(std::size_t fields) : lengths_(fields, 0) { occurrences_.reserve(512); }
  void add(std::uint8_t field, const TermList& list) {
    for (std::uint32_t term : list.terms) occurrences_.push_back(Bm25fIndex::occurrence(term, field));
    lengths_[field] += list.length;
  }
  void finish_into(Bm25fIndex& index) { index.add_document(std::move(occurrences_), lengths_); }

 private:
  std::vector<std::uint32_t> occurrences_;
  std::vector<std::uint32_t> lengths_;
};

// Terms of one text added to one field; a name also recorded. `list` is a buffer kept across
// texts: most are short, and growing a fresh one each time was a cost of its own.
void add_text(TermCollector& collector, TermList& list, Document& doc, std::uint8_t field, const std::string& text,
              Matcher::Index::Names* names = nullptr) {
  list.terms.clear();
  list.length = 0;
  Matcher::Index::Name name;
  collector.collect(text, list, names ? &name : nullptr);
  doc.add(field, list);
  if (names && !name.terms.empty()) names->push_back(std::move(name));
}

void add_texts(TermCollector& collector, TermList& list, Document& doc, std::uint8_t field,
               const std::vector<std::string>& texts, Matcher::Index::Names* names = nullptr) {
  for (const std::string& t : texts) add_text(collector, list, doc, field, t, names);
}

// Terms of texts that repeat across documents (majors), each text tokenized once.
class TermMemo {
 public:
  explicit TermMemo(TermCollector& collector) : collector_(collector) {}
  void add_texts(Document& doc, std::uint8_t field, const std::vector<std::string>& texts) {
    for (const std::string& t : texts) {
      auto [it, is_new] = lists_.try_emplace(std::string_view(t));
      if (is_new) {
        buffer_.terms.clear();
        buffer_.length = 0;
        collector_.collect(t, buffer_);
        it->second = buffer_;  // one allocation of the right size
      }
      doc.add(field, it->second);
    }
  }

 private:
  TermCollector& collector_;
  TermList buffer_;
  std::unordered_map<std::string_view, TermList> lists_;  // keys view the catalogue's strings
};

// Terms of a record's names, computed once for all the positions under it.
template <class Record>
std::vector<TermList> name_terms(TermCollector& collector, const std::vector<Record>& records) {
  std::vector<TermList> out(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    TermList en;
    collector.collect(records[i].name_zh, out[i]);
    collector.collect(records[i].name_en, en);
    out[i].terms.insert(out[i].terms.end(), en.terms.begin(), en.terms.end());
    out[i].length += en.length;
  }
  return out;
}

// A trade's name with its agent suffix swapped for the others employers write: 空调维修工 is also
// named by 空调维修师傅, 空调维修技工 …, so that 中央空调维修师傅 names it. The role stays in the
// name (the bigram joining stem and suffix): 养老院护理部主管 still does not name 养老院护理员.
// Only where two Han characters or more come before the suffix (电工, 焊工 keep theirs). The
// variants are built from the name's own terms, without reading text again: the name's last
// bigrams are its suffix's, the variant's are the other suffix's.
class TradeVariants {
 public:
  explicit TradeVariants(detail::Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  // `name` is `text` as terms; a copy, since `out` (which may hold it) grows.
  void add(std::string_view text, Matcher::Index::Name name, Matcher::Index::Names& out) {
    const Suffix* suffix = suffix_of(text);
    if (!suffix) return;
    const std::string_view stem = text.substr(0, text.size() - suffix->text.size());
    char32_t last = 0, before_last = 0;  // the stem's last two characters must be Han
    for (std::size_t pos = 0; pos < stem.size();) before_last = last, last = next_code_point(stem, pos);
    if (!is_han(last) || !is_han(before_last)) return;
    // The name without its suffix's bigrams, then each other suffix's.
    const Keys own = suffix->keys_after(last);
    auto is_own = [&](std::uint32_t t) {
      const auto end = own.begin() + own.size;
      return std::find(own.begin(), end, vocabulary_.key(t)) != end;
    };
    name.terms.erase(std::remove_if(name.terms.begin(), name.terms.end(), is_own), name.terms.end());
    for (const Suffix& other : kSuffixes) {
      if (&other == suffix) continue;
      const Keys keys = other.keys_after(last);
      Matcher::Index::Name variant;
      variant.terms.reserve(name.terms.size() + keys.size);
      variant.terms = name.terms;
      for (std::size_t i = 0; i < keys.size; ++i) variant.terms.push_back(vocabulary_.insert(keys[i]));
      variant.head = variant.terms.back();
      out.push_back(std::move(variant));
    }
  }

 private:
  struct Keys : std::array<std::uint64_t, 2> {
    std::size_t size = 0;
  };
  struct Suffix {
    std::string_view text;
    char32_t first, second;  // second 0 for a one-character suffix
    // The bigrams a name ending in `last` then this suffix has that its stem has not.
    Keys keys_after(char32_t last) const {
      Keys k;
      k[k.size++] = detail::bigram_key(last, first);
      if (second) k[k.size++] = detail::bigram_key(first, second);
      return k;
    }
  };
  static constexpr Suffix kSuffixes[] = {{"师傅", U'师', U'傅'}, {"技师", U'技', U'师'}, {"技工", U'技', U'工'},
                                         {"工", U'工', 0},       {"员", U'员', 0},       {"师", U'师', 0}};

  static const Suffix* suffix_of(std::string_view text) {
    for (const Suffix& s : kSuffixes)
      if (text.size() > s.text.size() && text.substr(text.size() - s.text.size()) == s.text) return &s;
    return nullptr;
  }

  detail::Vocabulary& vocabulary_;
};

template <class Record>
std::size_t position_in(const std::vector<Record>& records, const Record* r) {
  return static_cast<std::size_t>(r - records.data());
}

}  // namespace

Matcher::Index::Index(const Catalogue& c, const MatcherTuning& tuning)
    : positions(position_fields(tuning), tuning.k1),
      occupations(occupation_fields(tuning), tuning.k1),
      skip_nested_phrases(tuning.skip_nested_phrases != 0) {
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
  TermList list;

  for (const auto& p : c.key.positions) {
    const Direction& d = c.direction_of(p);
    const CoreField& f = c.field_of(d);
    const Industry& i = c.industry_of(f);
    directions.push_back(&d);
    fields.push_back(&f);
    industries.push_back(&i);
    Document doc(positions.fields().size());
    Names names;
    add_text(collector, list, doc, kPosTitle, p.title_zh, &names);
    add_text(collector, list, doc, kPosTitle, p.title_en, &names);
    add_texts(collector, list, doc, kPosAliases, p.aliases_zh, &names);
    add_texts(collector, list, doc, kPosAliases, p.aliases_en, &names);
    doc.add(kPosDirection, direction_terms[position_in(c.key.directions, &d)]);
    doc.add(kPosField, field_terms[position_in(c.key.core_fields, &f)]);
    doc.add(kPosField, industry_terms[position_in(c.key.industries, &i)]);
    add_text(collector, list, doc, kPosCompetencies, p.competencies_zh);
    add_text(collector, list, doc, kPosCompetencies, p.competencies_en);
    majors.add_texts(doc, kPosMajors, p.majors_zh);
    majors.add_texts(doc, kPosMajors, p.majors_en);
    position_names.push_back(std::move(names));
    doc.finish_into(positions);
  }
  const auto category_terms = name_terms(collector, c.skilled.categories);
  std::optional<TradeVariants> trade_variants;
  if (tuning.trade_stems != 0) trade_variants.emplace(vocabulary);
  for (const auto& o : c.skilled.occupations) {
    Document doc(occupations.fields().size());
    Names names;
    add_text(collector, list, doc, kOccTitle, o.name_zh, &names);
    if (trade_variants && !names.empty()) trade_variants->add(o.name_zh, names.front(), names);
    add_text(collector, list, doc, kOccTitle, o.name_en, &names);
    for (const std::string& alias : o.aliases_zh) {
      const std::size_t before = names.size();
      add_text(collector, list, doc, kOccAliases, alias, &names);
      if (trade_variants && names.size() > before) trade_variants->add(alias, names[before], names);
    }
    add_texts(collector, list, doc, kOccAliases, o.aliases_en, &names);
    if (const SkilledCategory* cat = c.skilled_category(o.category_id))
      doc.add(kOccCategory, category_terms[position_in(c.skilled.categories, cat)]);
    occupation_names.push_back(std::move(names));
    doc.finish_into(occupations);
  }
  positions.finish(vocabulary.size());
  occupations.finish(vocabulary.size());
}

}  // namespace talentmatch
