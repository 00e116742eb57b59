// Library: verity_train.
//
// Fitting the evidence combiner (combiner.h): how much each kind of evidence
// moves the content model's verdict, learned from labelled articles the
// content model was not trained on. `verity fit-evidence` is a thin face over
// this; scripts/train-evidence-combiner.sh is the recipe of the shipped file.
#ifndef VERITY_TRAIN_COMBINER_FIT_H_
#define VERITY_TRAIN_COMBINER_FIT_H_

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "verity/combiner.h"
#include "verity/status.h"

namespace verity {

// One labelled article: its evidence features and the content model's
// calibrated probability (the fit's fixed offset).
struct CombinerSample {
  EvidenceVector features{};
  double content_probability = 0.5;
  bool fake = false;
  std::string collection;  // the dataset field, for balance_collections
};

struct CombinerFitOptions {
  double l2 = 1.0;  // ridge penalty on the weights
  // Each collection weighs the same in the fit, not each article: the
  // largest one does not set the weights for all, but the combined
  // probability is then no longer calibrated on the mix.
  bool balance_collections = false;
  std::string trained_on;  // recorded in the combiner file
};

struct CombinerFit {
  EvidenceCombiner combiner;
  double content_log_loss = 0;   // mean log loss of the content model alone
  double combined_log_loss = 0;  // with the fitted evidence weights
  std::array<std::size_t, kEvidenceFeatureCount> fired{};  // samples where each feature is non-zero
};

// Logistic regression with the content logit as offset, each weight held to
// its feature's sign rule (evidence_feature_infos), clipped to
// EvidenceCombiner::kMaxWeight. Deterministic. Fails (kInvalidArgument) with
// no samples.
[[nodiscard]] Result<CombinerFit> fit_evidence_combiner(const std::vector<CombinerSample>& samples,
                                                        const CombinerFitOptions& options = {});

}  // namespace verity

#endif  // VERITY_TRAIN_COMBINER_FIT_H_
