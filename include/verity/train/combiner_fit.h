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
  // Within each collection the fake and the real articles weigh the same,
  // so a collection's share of fakes (4% of BuzzFeed-Webis, 40% of
  // PolitiFact) does not pass for evidence.
  bool balance_classes = false;
  // Fit how much the content logit itself counts (pulled toward 1 by the
  // penalty) and an intercept (unpenalized), beside the evidence weights.
  // When the samples' content probabilities come from models that never saw
  // their collection, the fitted weight says how far the text alone carries
  // on unseen news (0.2-0.4 on the shared data: docs/verdict.md). The file
  // then states each evidence weight relative to it (weight / content
  // weight): the ranking of articles is the fitted one, and an article with
  // no evidence keeps the content model's probability exactly.
  bool fit_content_weight = false;
  std::string trained_on;  // recorded in the combiner file
};

struct CombinerFit {
  EvidenceCombiner combiner;
  double content_log_loss = 0;   // mean log loss of the content model alone
  double combined_log_loss = 0;  // with the fitted evidence weights
  std::array<std::size_t, kEvidenceFeatureCount> fired{};  // samples where each feature is non-zero
  double content_weight = 1;  // the content logit's fitted weight (1 unless fit_content_weight)
  double intercept = 0;       // fitted with fit_content_weight; not in the file
};

// Logistic regression with the content logit as offset (or, with
// fit_content_weight, as a feature), each weight held to its feature's sign
// rule (evidence_feature_infos), clipped to EvidenceCombiner::kMaxWeight. Deterministic. Fails
// (kInvalidArgument) with no samples.
[[nodiscard]] Result<CombinerFit> fit_evidence_combiner(const std::vector<CombinerSample>& samples,
                                                        const CombinerFitOptions& options = {});

}  // namespace verity

#endif  // VERITY_TRAIN_COMBINER_FIT_H_
