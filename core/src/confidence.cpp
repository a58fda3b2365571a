#include "confidence.h"

#include "matcher_math.h"

namespace talentmatch::detail {

// Fitted by `node scripts/eval.mjs --fit` (L2-regularised logistic regression, 5-fold
// cross-validated on tests/eval/postings_*.jsonl; the fold-by-fold figures are in
// docs/MATCHING.md). Target: the candidate is the labelled answer.
const LogisticModel kPositionModel = {-7.8894, 1.4719, 1.5139, 0.3574, 2.9711, 3.3140, -1.4503};
const LogisticModel kOccupationModel = {-14.9639, 2.4498, 0.8401, 0.9267, 1.6640, 3.3700, -0.5903};

double logistic_confidence(const LogisticModel& m, const ConfidenceFeatures& f) {
  double z = m.bias + m.log_title * det_log(1 + f.title_score) + m.log_body * det_log(1 + f.body_score) +
             m.margin * f.margin + m.coverage * f.title_coverage + m.name_match * f.name_match +
             m.log_body_terms * det_log(1 + f.body_terms);
  return det_sigmoid(z);
}

}  // namespace talentmatch::detail
