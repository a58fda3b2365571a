#include "confidence.h"

#include "matcher_math.h"

namespace talentmatch::detail {

// Fitted by `node scripts/eval.mjs --fit` (L2-regularised logistic regression, 5-fold
// cross-validated on tests/eval/postings_*.jsonl; the fold-by-fold figures are in
// docs/MATCHING.md). Target: the candidate is the labelled answer.
const LogisticModel kPositionModel = {-6.2661, 0.8729, 1.7527, 1.9688, 2.7106, 2.4452, -1.4345};
const LogisticModel kOccupationModel = {-11.7669, 1.5999, 0.5810, 1.4802, 1.2872, 3.8836, -0.3553};

double logistic_confidence(const LogisticModel& m, const ConfidenceFeatures& f) {
  double z = m.bias + m.log_title * det_log(1 + f.title_score) + m.log_body * det_log(1 + f.body_score) +
             m.margin * f.margin + m.coverage * f.title_coverage + m.name_match * f.name_match +
             m.log_body_terms * det_log(1 + f.body_terms);
  return det_sigmoid(z);
}

}  // namespace talentmatch::detail
