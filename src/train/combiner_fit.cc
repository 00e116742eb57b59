// The evidence combiner's fit: samples to an offset logistic regression and
// back to a combiner file's weights.
#include "verity/train/combiner_fit.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "train/offset_logistic.h"

namespace verity {
namespace {

double logit(double p) {
  p = std::clamp(p, 1e-6, 1 - 1e-6);
  return std::log(p / (1 - p));
}

}  // namespace

Result<CombinerFit> fit_evidence_combiner(const std::vector<CombinerSample>& samples,
                                          const CombinerFitOptions& options) {
  if (samples.empty())
    return Status(StatusCode::kInvalidArgument, "no labelled articles to fit the combiner on");
  std::vector<std::vector<double>> rows;
  std::vector<double> offsets;
  std::vector<int> labels;
  std::array<std::size_t, kEvidenceFeatureCount> fired{};
  for (const CombinerSample& sample : samples) {
    rows.emplace_back(sample.features.begin(), sample.features.end());
    offsets.push_back(logit(sample.content_probability));
    labels.push_back(sample.fake ? 1 : 0);
    for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) fired[i] += sample.features[i] != 0;
  }
  std::vector<int> signs;
  for (const EvidenceFeatureInfo& info : evidence_feature_infos()) signs.push_back(info.sign);
  train::OffsetLogisticOptions fit;
  fit.l2 = options.l2;
  if (options.balance_collections) {
    std::map<std::string, std::size_t> sizes;
    for (const CombinerSample& sample : samples) ++sizes[sample.collection];
    for (const CombinerSample& sample : samples) {
      fit.example_weights.push_back(static_cast<double>(samples.size()) /
                                    static_cast<double>(sizes.size() * sizes[sample.collection]));
    }
  }
  const std::vector<double> fitted = train::fit_offset_logistic(rows, offsets, labels, signs, fit);
  EvidenceVector weights{};
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    // A fit on extreme data could exceed the file's bound; clip rather than fail.
    weights[i] = std::clamp(fitted[i], -EvidenceCombiner::kMaxWeight, EvidenceCombiner::kMaxWeight);
  }
  Result<EvidenceCombiner> combiner = EvidenceCombiner::make(weights, options.trained_on);
  if (!combiner.ok()) return combiner.status();
  const std::vector<double> none(kEvidenceFeatureCount, 0.0);
  return CombinerFit{std::move(combiner).value(),
                     train::offset_log_loss(rows, offsets, labels, none),
                     train::offset_log_loss(rows, offsets, labels, fitted), fired};
}

}  // namespace verity
