#include "confidence.h"

#include "matcher_math.h"

namespace talentmatch::detail {

// Fitted by `node scripts/eval.mjs --fit` (L2-regularised logistic regression, 5-fold
// cross-validated on tests/eval/postings_*.jsonl; the fold-by-fold figures are in
// docs/MATCHING.md). Target: the candidate is the labelled answer.
const LogisticModel kPositionModel = {-6.3420, 0.8683, 1.8392, 2.0869, 2.4814, 2.6603, -1.4586};
const LogisticModel kOccupationModel = {-9.9035, 1.0241, 0.7140, 1.0166, 1.5051, 4.8278, -0.4114};

double logistic_confidence(const LogisticModel& m, const ConfidenceFeatures& f) {
  double z = m.bias + m.log_title * det_log(1 + f.title_score) + m.log_body * det_log(1 + f.body_score) +
             m.margin * f.margin + m.coverage * f.title_coverage + m.name_match * f.name_match +
             m.log_body_terms * det_log(1 + f.body_terms);
  return det_sigmoid(z);
}

}  // namespace talentmatch::detail
