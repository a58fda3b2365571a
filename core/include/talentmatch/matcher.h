// Matches a job posting to the key-industry catalogue's positions, the skilled occupations and
// the overseas qualifications it names — with calibrated confidence, an explanation with offsets
// into the posting, and a salary verdict. Built once per catalogue (a few ms), then each posting
// takes microseconds. Deterministic; method and calibration in docs/MATCHING.md.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "talentmatch/catalogue.h"
#include "talentmatch/match_result.h"
#include "talentmatch/posting.h"

namespace talentmatch {

struct MatchOptions {
  std::size_t top_k = 5;            // positions and occupations listed (1..50)
  bool explain = true;              // fill explanations (the CLI and wasm always do)
  std::size_t explain_k = 3;        // positions explained (the best occupation always is)
};

// Work done for one posting; tests use it to check the time stays linear in the input.
struct MatchStats {
  std::size_t chars = 0;             // normalised characters read
  std::size_t tokens = 0;            // terms emitted by the tokenizer
  std::size_t lexicon_steps = 0;     // trie transitions
  std::size_t postings_visited = 0;  // index entries summed
};

// The method's constants. The defaults are the tuned values docs/MATCHING.md reports; change
// them only to experiment (talentmatch match --set NAME=VALUE).
struct MatcherTuning {
  // BM25F over positions: field weights (relative to a competency mention) and length normalisation.
  double w_title = 6, w_aliases = 3, w_direction = 2.5, w_field = 1.5, w_competencies = 2.5, w_majors = 0.8;
  double b_title = 0.3, b_aliases = 0.5, b_direction = 0.3, b_field = 0.3, b_competencies = 0.75, b_majors = 0.5;
  // BM25F over skilled occupations: name and aliases use w_/b_title and w_/b_aliases, the category
  // w_/b_field, and the trade's work tasks these (a posting's duties are evidence for a trade).
  double w_tasks = 2.5, b_tasks = 0.75;
  double k1 = 1.2;
  // The posting side: a title term counts `query_title`; a body term `query_body` per mention,
  // saturating like BM25's k3 (repeats approach (1 + body_saturation) × query_body).
  double query_title = 1.75, query_body = 1, body_saturation = 1.5;
  double phrase_boost = 1.5;        // catalogue phrases found whole count this much more
  double skill_phrases = 0;         // 1: add skill terms from competencies to the lexicon
  double skip_nested_phrases = 0;   // 1: a phrase inside a longer one is not counted again
  double trade_stems = 1;           // 1: an occupation is also named with 工/员/师/师傅… swapped
  double trade_gap_match = 0.75;    // name match of a trade whose stem and agent suffix are apart
  double trade_max_gap = 4;         // in the title (消控室值机员 → 消控员), by at most this many
                                    // Han characters; 0 turns it off
  double head_penalty = 0.3;        // a leading position none of whose names ends in the title's
                                    // role word (教师, teacher), when another's does, loses this share,
  double head_max_share = 0.05;     // unless that word ends names of more than this share of positions
  double general_roles = 1;         // 1: a title ending in a general role (销售经理, 客服, 数学教师) is
                                    // not a position unless the position is named beyond that role
  // Decisions.
  double position_threshold = 0.35;    // best is a position when its confidence reaches this,
  double sure_position = 0.65;         // and, below this confidence, when its score leads the
  double position_margin = 0.1;        // runner-up's by this share (a tie is not an answer)
  double occupation_threshold = 0.4;   // … else an occupation when its confidence reaches this
  double fallback_share = 0.6;         // a coarser level must hold this share of the evidence
  double fallback_min_confidence = 0.15;  // below this top confidence there is no fallback either
  // Sets a constant by name; false if there is no such name.
  bool set(const std::string& name, double value);
};

class Matcher {
 public:
  explicit Matcher(std::shared_ptr<const Catalogue> catalogue, const MatcherTuning& tuning = {});
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Never throws for any text (invalid UTF-8, NUL bytes, 10 MB, only punctuation).
  MatchResult match(const PostingInput& posting, const MatchOptions& options = {},
                    MatchStats* stats = nullptr) const;

  // The JSON contract for one request object ({"id", "text"} or structured fields): the result,
  // or {"id", "error"} when the request is not a usable posting.
  nlohmann::json match_request(const nlohmann::json& request, const MatchOptions& options = {}) const;

  const Catalogue& catalogue() const;
  const MatcherTuning& tuning() const { return tuning_; }

  struct Index;  // private to the implementation

 private:
  std::shared_ptr<const Catalogue> catalogue_;
  MatcherTuning tuning_;
  std::unique_ptr<const Index> index_;
};

}  // namespace talentmatch
