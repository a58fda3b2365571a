// From scores to answers: ranking, confidence features, the position / occupation / none
// decision with its fallback to a coarser level, and the salary verdict.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "matcher_index.h"
#include "matcher_query.h"
#include "talentmatch/match_result.h"
#include "talentmatch/posting.h"

namespace talentmatch::detail {

struct Ranked {
  std::uint32_t doc;
  double score;
};

// Documents with a positive score, best first (ties by catalogue order), at most k.
std::vector<Ranked> rank(const std::vector<double>& scores, std::size_t k);

// The confidence model's inputs for top[i].
ConfidenceFeatures features_of(const Scores& scores, const std::vector<Ranked>& top, std::size_t i,
                               std::size_t title_terms);

// Sets best, reason and (for none) fallback. `top` ranks positions, with at least the
// kFallbackCandidates best for the fallback's shares. `general_role`: the general role the title
// names and the best position does not go beyond (general_role.h); no position is then the answer.
void decide(const MatcherTuning& tuning, const Matcher::Index& index, const std::vector<Ranked>& top,
            const std::optional<std::string>& general_role, MatchResult& result);

// The verdict's thresholds on offer midpoint / median: below under 0.9, above over 1.1.
constexpr double kBelowRatio = 0.9;
constexpr double kAboveRatio = 1.1;

// Parses the pay offered and compares it with the best answer's salary median.
void compare_salary(const PostingInput& posting, MatchResult& result);

}  // namespace talentmatch::detail
