// Calibrated confidence: a logistic model on a candidate's score features, fitted on the labelled
// postings in tests/eval/ (docs/MATCHING.md, "Calibration"). The output is meant to read as a
// probability: of the top positions given confidence ≥ 0.8, at least 90 % are right.
#pragma once

#include "talentmatch/match_result.h"

namespace talentmatch::detail {

struct LogisticModel {
  double bias, log_title, log_body, margin, coverage, name_match, log_body_terms;
};

// P(this position is the right one) and P(this occupation is the right one).
extern const LogisticModel kPositionModel;
extern const LogisticModel kOccupationModel;

double logistic_confidence(const LogisticModel& model, const ConfidenceFeatures& f);

}  // namespace talentmatch::detail
