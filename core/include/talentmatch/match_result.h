// What the matcher finds in one posting. match_json() turns it into the stable JSON contract the
// CLI and the wasm API both return (documented in docs/MATCHING.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "talentmatch/catalogue.h"
#include "talentmatch/fixed_list.h"
#include "talentmatch/salary.h"

namespace talentmatch {

// A piece of the original posting: UTF-8 byte offsets [begin, end) for C++ and the CLI, and
// UTF-16 code-unit offsets [begin_u16, end_u16) for JavaScript (String.prototype.slice).
struct TextSpan {
  const char* field = "text";  // "text", "title", "description", … (see posting.h); static storage
  std::uint32_t begin = 0, end = 0;
  std::uint32_t begin_u16 = 0, end_u16 = 0;
};

// The inputs of the confidence model (confidence.h), kept for the explanation and calibration.
struct ConfidenceFeatures {
  double title_score = 0;     // score from terms in the posting's title
  double body_score = 0;      // score from the rest
  double margin = 0;          // (score − best other score) / score, in [−1, 1]
  double title_coverage = 0;  // share of the title's terms this record matches, 0..1
  double name_match = 0;      // share of the record's best-matching name (title or alias) in the title, 0..1
  double body_terms = 0;      // bigrams and words outside the title: how much body there was to match
};

struct PositionCandidate {
  const Position* position = nullptr;
  const Direction* direction = nullptr;
  const CoreField* field = nullptr;
  const Industry* industry = nullptr;
  double score = 0;
  double confidence = 0;  // calibrated probability that this is the right position
  ConfidenceFeatures features;
};

struct OccupationCandidate {
  const Occupation* occupation = nullptr;
  double score = 0;
  double confidence = 0;
  ConfidenceFeatures features;
};

// The one answer to read first.
struct BestAnswer {
  std::string kind = "none";  // "position", "occupation" or "none"
  std::string id, name_zh, name_en;
  double confidence = 0;
};

// When no position is confident: the coarser level most of the evidence points to.
struct Fallback {
  std::string level;  // "direction", "core_field" or "industry"
  std::string id, name_zh, name_en;
  double share = 0;   // share of the leading candidates' score inside it
};

struct SalaryComparison {
  SalaryOffer offer;
  TextSpan span;
  std::string reference_kind;  // "position", "occupation" or empty (nothing to compare with)
  std::string reference_id;
  std::int64_t median = 0;     // CNY per year
  bool median_illustrative = true;
  double ratio = 0;            // offer midpoint / median
  std::string verdict;         // "below", "around", "above" or empty
};

struct QualificationMention {
  const Qualification* qualification = nullptr;
  std::string matched;  // as written in the posting
  std::vector<TextSpan> spans;
};

// One term of the posting that counted for a record.
struct TermEvidence {
  static constexpr std::size_t kMaxFields = 8;  // an index has at most 8 fields
  static constexpr std::size_t kMaxSpans = 2;   // occurrences kept per term
  std::string text;                             // as written in the posting
  const char* kind = "bigram";                  // "phrase", "word" or "bigram"
  FixedList<const char*, kMaxFields> fields;    // record fields it matched: "title", "aliases", "competencies", …
  bool in_title = false;                        // found in the posting's title
  double score = 0;                             // contribution to the record's score
  FixedList<TextSpan, kMaxSpans> spans;         // where (the first occurrences)
};

struct RecordExplanation {
  std::string id;
  std::vector<TermEvidence> terms;    // strongest first
  std::vector<TextSpan> highlights;   // every matched stretch of text, merged, in text order
};

struct MatchResult {
  BestAnswer best;
  std::vector<PositionCandidate> positions;      // best first
  std::optional<Fallback> fallback;
  std::vector<OccupationCandidate> occupations;  // best first
  std::optional<SalaryComparison> salary;
  std::vector<QualificationMention> qualifications;
  std::vector<RecordExplanation> explanations;   // the top 3 positions, then the top occupation
  std::vector<std::string> normalisations;       // e.g. "html_tags_stripped"
  std::optional<TextSpan> title;                 // the text read as the posting's title
  std::string reason;                            // why best is what it is, in one sentence
  bool salary_negotiable = false;                // the posting says 面议 / negotiable
};

// The JSON contract: {id, best, positions, fallback, occupations, salary, qualifications,
// explanation, notice}. Numbers are rounded to 4 decimals so every build prints the same bytes.
nlohmann::json match_json(const Catalogue& catalogue, const MatchResult& result, const nlohmann::json& id);
// The same as compact JSON text (keys sorted): exactly match_json(...).dump(), ~10× faster.
std::string match_json_text(const Catalogue& catalogue, const MatchResult& result, const nlohmann::json& id);
// The JSON text of every position's and occupation's fixed members, written once per catalogue
// so that a result copies them instead of writing ~20 members per candidate again.
class MatchJsonCache {
 public:
  explicit MatchJsonCache(const Catalogue& catalogue);  // keeps no reference to it
  struct Members {
    std::string_view head, tail;  // the members after "confidence", and after "score"
  };
  Members position(std::size_t index) const { return {piece(positions_[2 * index]), piece(positions_[2 * index + 1])}; }
  Members occupation(std::size_t index) const {
    return {piece(occupations_[2 * index]), piece(occupations_[2 * index + 1])};
  }

 private:
  struct Piece {
    std::uint32_t begin, size;
  };
  std::string_view piece(Piece p) const { return std::string_view(text_).substr(p.begin, p.size); }
  std::string text_;                              // every fragment, one after the other
  std::vector<Piece> positions_, occupations_;  // two per record (head, tail), in catalogue order
};

// How a result writes each position and occupation it lists.
enum class RecordForm {
  full,       // every member: the contract, as the CLI prints it
  reference,  // {"confidence", "ref", "score"}: "ref" is the record's index in the catalogue; a
              // reader puts the two numbers into that record's template (below). For the wasm
              // JS API, which would otherwise decode and parse ~4 KB of fixed text per result.
};

// The same text appended to `out` (a buffer reused across postings: no per-result string).
// `cache`, built from the same catalogue, makes it faster and changes no byte.
void append_match_json_text(std::string& out, const Catalogue& catalogue, const MatchResult& result,
                            const nlohmann::json& id, const MatchJsonCache* cache = nullptr,
                            RecordForm form = RecordForm::full);
// {"occupations": [...], "positions": [...]}: every record's object as a full result lists it, in
// catalogue order, with "confidence" and "score" 0. A RecordForm::reference entry {confidence, ref,
// score} becomes the full one by taking template[ref] and setting those two members (their places
// in the key order stay).
void append_record_templates_json_text(std::string& out, const Catalogue& catalogue, const MatchJsonCache& cache);

}  // namespace talentmatch
