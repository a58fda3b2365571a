#include "confidence.h"

#include "matcher_math.h"

namespace talentmatch::detail {

// Fitted by `node scripts/eval.mjs --fit` (L2-regularised logistic regression, 5-fold
// cross-validated on tests/eval/postings_*.jsonl; the fold-by-fold figures are in
// docs/MATCHING.md). Target: the candidate is the labelled answer.
const LogisticModel kPositionModel = {-7.3367, 1.0771, 2.4806, 2.3276, 2.7766, 2.8318, -2.0525};
const LogisticModel kOccupationModel = {-12.5421, 1.6353, 1.5139, 1.5027, 1.1304, 6.2541, -1.2786};

double logistic_confidence(const LogisticModel& m, const ConfidenceFeatures& f) {
  double z = m.bias + m.log_title * det_log(1 + f.title_score) + m.log_body * det_log(1 + f.body_score) +
             m.margin * f.margin + m.coverage * f.title_coverage + m.name_match * f.name_match +
             m.log_body_terms * det_log(1 + f.body_terms);
  return det_sigmoid(z);
}

}  // namespace talentmatch::detail
