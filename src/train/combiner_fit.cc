// The evidence combiner's fit: samples to an offset logistic regression and
// back to a combiner file's weights.
#include "verity/train/combiner_fit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include "train/offset_logistic.h"

namespace verity {
namespace {

// A fitted content weight below this is taken as this: dividing the evidence
// weights by a vanishing one would only hit the file's bound.
constexpr double kMinContentWeight = 0.05;

double logit(double p) {
  p = std::clamp(p, 1e-6, 1 - 1e-6);
  return std::log(p / (1 - p));
}

// Per-sample weights on the log loss: each collection (and, within it, each
// class) weighs the same when asked; the total stays the number of samples,
// so a penalty means the same with or without balancing.
std::vector<double> example_weights(const std::vector<CombinerSample>& samples,
                                    const CombinerFitOptions& options) {
  if (!options.balance_collections && !options.balance_classes) return {};
  std::map<std::pair<std::string, bool>, std::size_t> cells;
  std::map<std::string, std::size_t> collections;
  for (const CombinerSample& sample : samples) {
    const std::string key = options.balance_collections ? sample.collection : std::string();
    ++cells[{key, options.balance_classes && sample.fake}];
    ++collections[key];
  }
  std::vector<double> weights;
  for (const CombinerSample& sample : samples) {
    const std::string key = options.balance_collections ? sample.collection : std::string();
    const std::size_t cell = cells[{key, options.balance_classes && sample.fake}];
    // Classes present in this collection (one, when it holds a single class).
    const std::size_t classes =
        options.balance_classes ? (cells.count({key, true}) + cells.count({key, false})) : 1;
    weights.push_back(static_cast<double>(samples.size()) /
                      static_cast<double>(collections.size() * classes * cell));
  }
  return weights;
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
  fit.example_weights = example_weights(samples, options);
  if (options.fit_content_weight) {
    // Two more columns: the content logit again (its weight is the content
    // weight minus 1, so the penalty pulls it toward 1) and an intercept.
    for (std::size_t i = 0; i < rows.size(); ++i) {
      rows[i].push_back(offsets[i]);
      rows[i].push_back(1.0);
    }
    signs.push_back(0);
    signs.push_back(0);
    fit.penalty_scales.assign(signs.size(), 1.0);
    fit.penalty_scales.back() = 0;
  }
  const std::vector<double> fitted = train::fit_offset_logistic(rows, offsets, labels, signs, fit);
  double content_weight = 1;
  double intercept = 0;
  if (options.fit_content_weight) {
    content_weight = std::max(kMinContentWeight, 1 + fitted[kEvidenceFeatureCount]);
    intercept = fitted[kEvidenceFeatureCount + 1];
  }
  EvidenceVector weights{};
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    // A fit on extreme data could exceed the file's bound; clip rather than fail.
    weights[i] = std::clamp(fitted[i] / content_weight, -EvidenceCombiner::kMaxWeight,
                            EvidenceCombiner::kMaxWeight);
  }
  std::string trained_on = options.trained_on;
  if (options.fit_content_weight) {
    char fitted_content[192];
    std::snprintf(fitted_content, sizeof fitted_content,
                  "%sthe content logit's fitted weight was %.3f (intercept %.3f): these weights "
                  "are the fitted ones divided by it",
                  trained_on.empty() ? "" : "; ", content_weight, intercept);
    trained_on += fitted_content;
  }
  Result<EvidenceCombiner> combiner = EvidenceCombiner::make(weights, trained_on);
  if (!combiner.ok()) return combiner.status();
  const std::vector<double> none(signs.size(), 0.0);
  return CombinerFit{std::move(combiner).value(),
                     train::offset_log_loss(rows, offsets, labels, none),
                     train::offset_log_loss(rows, offsets, labels, fitted),
                     fired,
                     content_weight,
                     intercept};
}

}  // namespace verity
