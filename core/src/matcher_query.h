// One posting as a query: its terms (with where they occur), the qualifications it names, the
// scoring against a BM25F index, and the per-record explanation of what matched.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "matcher_index.h"
#include "talentmatch/fixed_list.h"
#include "talentmatch/match_result.h"
#include "talentmatch/posting.h"

namespace talentmatch::detail {

// Per document: the total score, the part from title terms, and how many distinct title terms hit.
struct Scores {
  Scores() = default;
  explicit Scores(std::size_t docs) { reset(docs); }
  // Zero for `docs` documents, keeping the capacity (a scratch is reused between postings).
  void reset(std::size_t docs) {
    total.assign(docs, 0);
    title.assign(docs, 0);
    title_hits.assign(docs, 0);
  }
  std::vector<double> total, title;
  std::vector<std::uint32_t> title_hits;
};

struct QueryOccurrence {
  std::uint8_t field = 0;
  Span span;
};
// A posting's term: how often it occurs in the title and the body, and where (the first few).
struct QueryTerm {
  static constexpr std::size_t kSpans = 2;
  std::uint32_t term = 0;
  std::uint32_t title_count = 0, body_count = 0;
  std::uint8_t spans = 0;
  bool title_hit = false;  // in the title and not a phrase: counts for title coverage (weigh())
  QueryOccurrence at[kSpans];
  // Set by weigh(): the term's query weight, and the part of it its title occurrences give.
  double weight = 0, title_weight = 0;
};
static_assert(QueryTerm::kSpans <= TermEvidence::kMaxSpans, "the explanation keeps every span a term has");
static_assert(Bm25fIndex::kMaxFields <= TermEvidence::kMaxFields, "the explanation names every field");

// A qualification the posting names, and where (the first few places).
struct QueryMention {
  std::uint32_t qualification;
  FixedList<QueryOccurrence, QueryTerm::kSpans> at;
};

// A term of the posting found in an explained document, with its score there.
struct QueryEvidence {
  std::uint32_t slot;
  std::uint32_t fields;
  double score;
};

class QueryTerms {
 public:
  static constexpr std::size_t kSpansPerTerm = QueryTerm::kSpans;
  struct Scratch;

  // `scratch` holds the per-posting tables between postings (one per thread, see Matcher::match);
  // it is cleared here, so what it held before never shows.
  QueryTerms(const Matcher::Index& index, const Catalogue& catalogue, Scratch& scratch);

  // Tokenizes every field of the posting (the free text's first line as its title).
  void read(const PostingInput& posting);
  // Computes each term's query weights, once all are read: score() and explain() use them.
  void weigh(const MatcherTuning& tuning);

  // Adds this query's score to every document of `index`; returns the postings visited.
  std::size_t score(const Bm25fIndex& index, Scores& out) const;

  // What matched in each of `docs` (whose ids are `ids`), strongest terms first: appended to `out`.
  void explain(const Bm25fIndex& index, const std::vector<std::uint32_t>& docs, const std::vector<const std::string*>& ids,
               std::vector<RecordExplanation>& out) const;

  std::uint32_t flags() const { return flags_; }
  std::optional<TextSpan> title_span() const { return title_; }
  // The title's text as written (the structured title, else the free text's first line).
  std::string_view title_text() const { return title_text_; }
  // Distinct bigrams and words in the title, known to the catalogue or not.
  std::size_t title_term_count() const { return title_terms_ + unknown_title_keys_.size(); }
  static constexpr std::size_t kFields = 7;  // posting fields: text, title, … (posting_field_name)
  // Bigrams and words outside the title, known to the catalogue or not.
  std::size_t body_term_count() const { return body_terms_; }
  std::vector<QualificationMention> qualifications() const;
  // The largest share of one name's terms that occur in the posting's title (halved when the
  // name's head is not among them).
  double name_match(const Matcher::Index::Names& names) const;
  // The title's role word: its last term before any bracket that ends some position's name
  // ("IB Physics Teacher (DP/MYP)" → teacher), or FlatMap::kMissing.
  std::uint32_t title_head() const { return title_head_; }
  const TokenizeStats& stats() const { return stats_; }

  // The tokenizer's sink (a template parameter, not a TokenSink: called directly, and on_token
  // inlined in the emit loop). Defined in matcher_query.cpp, the only file that tokenizes into it.
  inline void on_token(const Token& token);
  void on_tagged(std::uint32_t entry, bool in_title, const Span& span);

 private:
  using Occurrence = QueryOccurrence;
  using Term = QueryTerm;
  using Mention = QueryMention;

  void read_field(std::uint8_t field, std::string_view text, bool first_line_is_title);
  void tokenize(std::size_t begin, std::size_t end, bool in_title);
  static double query_weight(const Term& t, bool phrase, const MatcherTuning& tuning);
  TextSpan text_span(const Occurrence& o) const;
  void collect_evidence(const Bm25fIndex& index, std::uint32_t doc, std::vector<QueryEvidence>& ev) const;
  std::vector<TermEvidence> strongest_terms(const Bm25fIndex& index, std::vector<QueryEvidence>& ev) const;
  std::vector<TextSpan> merged_highlights(const std::vector<std::uint8_t>& marked) const;
  std::string_view text_of(const Occurrence& o) const;

  const Matcher::Index& index_;
  const Catalogue& catalogue_;
  Tokenizer tokenizer_;
  std::vector<std::uint32_t>& slots_;  // term id → index in terms_, or FlatMap::kMissing
  std::vector<std::uint8_t>& in_title_;  // term id → 1 if the title has it (name_match reads one byte)
  std::vector<Term>& terms_;
  Scratch& scratch_;  // the explanation's buffers
  std::size_t title_terms_ = 0, body_terms_ = 0;
  std::vector<std::uint64_t>& unknown_title_keys_;
  std::vector<Mention>& mentions_;
  std::array<std::string_view, kFields> texts_;  // by field number
  std::uint8_t field_ = 0;
  std::uint32_t u16_base_ = 0;
  std::uint32_t flags_ = 0;
  std::optional<TextSpan> title_;
  std::string_view title_text_;
  std::size_t title_bracket_ = 0;  // where the title's first bracket starts, in the field's text
  std::uint32_t title_head_ = FlatMap::kMissing;
  TokenizeStats stats_;
};

// What one posting's QueryTerms needs beyond a few bytes, kept between postings: a table by term
// id (the slots the last posting set are cleared when the next one starts) and the terms found,
// plus the score arrays.
struct QueryTerms::Scratch {
  std::vector<std::uint32_t> slots;
  std::vector<std::uint8_t> in_title;  // by term id, like slots: cleared the same way
  std::vector<QueryTerm> terms;
  std::vector<std::uint64_t> unknown_title_keys;
  std::vector<QueryMention> mentions;
  Scores positions, occupations;
  Segment segment;  // the tokenizer's units
  // Every span a term keeps (QueryTerm::at), as slot · kSpans + its index there, in the order the
  // tokenizer met them: by field number, then by start in the field (fields are read in number
  // order, each from its start), which is the order the highlights are merged in.
  std::vector<std::uint32_t> spans_in_order;
  std::vector<QueryEvidence> evidence;
  std::vector<std::uint8_t> marked;  // by slot: a term of the record being explained
};

// Field numbers ↔ the names offsets carry.
const char* posting_field_name(std::uint8_t field);

}  // namespace talentmatch::detail
