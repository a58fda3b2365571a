#include "confidence.h"

#include "matcher_math.h"

namespace talentmatch::detail {

// Fitted by `node scripts/eval.mjs --fit` (L2-regularised logistic regression, 5-fold
// cross-validated on tests/eval/postings_*.jsonl; the fold-by-fold figures are in
// docs/MATCHING.md). Target: the candidate is the labelled answer.
const LogisticModel kPositionModel = {-7.6327, 1.0701, 2.5214, 2.4920, 2.9508, 3.0480, -2.0969};
const LogisticModel kOccupationModel = {-12.6150, 1.6242, 1.4891, 1.4918, 1.1127, 6.3863, -1.2857};

double logistic_confidence(const LogisticModel& m, const ConfidenceFeatures& f) {
  double z = m.bias + m.log_title * det_log(1 + f.title_score) + m.log_body * det_log(1 + f.body_score) +
             m.margin * f.margin + m.coverage * f.title_coverage + m.name_match * f.name_match +
             m.log_body_terms * det_log(1 + f.body_terms);
  return det_sigmoid(z);
}

}  // namespace talentmatch::detail
