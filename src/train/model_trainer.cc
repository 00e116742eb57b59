#include "train/model_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "model/model_impl.h"
#include "train/calibration.h"
#include "train/stable_features.h"
#include "verity/metrics.h"

namespace verity::train {
namespace {

constexpr std::size_t kSelfTests = 3;

std::string format(const char* pattern, double a, double b = 0, double c = 0) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
  return buffer;
}

std::vector<double> calibrated(const std::vector<double>& scores, const PlattScaling& platt) {
  std::vector<double> out(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i)
    out[i] = model::sigmoid(platt.a * scores[i] + platt.b);
  return out;
}

// Trains the satire head: k-fold cross-validation gives honest out-of-fold
// scores to calibrate on (and to report), then the head is trained on all.
// `news`, when given, joins as not satire.
Result<model::LinearHead> train_satire_head(const ModelTrainingConfig& config,
                                            const model::Featurizer& featurizer,
                                            const TrainingSet* news, SatireReport* report,
                                            const std::function<void(const std::string&)>& log) {
  LoadOptions load;
  load.labels = satire_labels();
  load.threads = config.options.threads;
  std::size_t skipped = 0;
  Result<TrainingSet> all = load_training_set(config.satire_paths, featurizer, load, &skipped);
  if (!all.ok()) return all.status();
  TrainingSet& set = all.value();
  // Satire and the rest then come from different collections, so each class
  // is evened out over the collections that have it.
  const auto weights = [&](std::span<const std::uint32_t> rows) {
    return news != nullptr ? class_balanced_weights(set, rows) : balanced_weights(set, rows);
  };
  if (news != nullptr) {
    append_rows(set, thinned(*news, config.satire_news_rows), 0);
    std::vector<std::uint32_t> rows(set.rows());
    std::iota(rows.begin(), rows.end(), 0);
    set.weight = weights(rows);
  }
  TrainOptions options = config.options;
  options.patience = options.max_epochs;  // no dev set: run the fixed number of epochs
  options.max_epochs = std::min(options.max_epochs, 10u);
  std::vector<double> out_of_fold(set.rows(), 0);
  const unsigned folds = std::max(2u, config.satire_folds);
  for (unsigned fold = 0; fold < folds; ++fold) {
    std::vector<std::uint32_t> train_rows;
    std::vector<std::uint32_t> held_rows;
    for (std::uint32_t r = 0; r < set.rows(); ++r)
      (r % folds == fold ? held_rows : train_rows).push_back(r);
    const TrainResult fit = train_logistic(set, train_rows, weights(train_rows), TrainingSet(),
                                           featurizer.dimension(), options, nullptr);
    const std::vector<double> scores = score_rows(set, held_rows, fit.weights);
    for (std::size_t k = 0; k < held_rows.size(); ++k) out_of_fold[held_rows[k]] = scores[k];
  }
  PlattScaling platt = fit_platt(out_of_fold, set.label);
  if (news != nullptr) {
    // The news make satire a minority of these rows, not of what a reader
    // checks: calibrate to even odds, as the weights train, so the verdict's
    // 0.5 means what it means for a head trained on the satire files alone.
    const auto satire = static_cast<double>(std::count(set.label.begin(), set.label.end(), 1));
    const double rest = static_cast<double>(set.rows()) - satire;
    if (satire > 0 && rest > 0) platt.b += std::log(rest / satire);
  }
  const BinaryMetrics metrics = evaluate_binary(calibrated(out_of_fold, platt), set.label);
  *report = {set.rows(), metrics.roc_auc, metrics.macro_f1, metrics.accuracy};
  if (log) {
    log(format("satire head: %.0f articles, %.0f-fold cross-validation ROC-AUC %.3f",
               static_cast<double>(set.rows()), folds, metrics.roc_auc) +
        format(", macro-F1 %.3f, accuracy %.3f", metrics.macro_f1, metrics.accuracy));
  }
  const TrainResult final_fit =
      train_logistic(set, TrainingSet(), featurizer.dimension(), options, nullptr);
  return model::LinearHead{final_fit.weights, platt.a, platt.b};
}

}  // namespace

Result<model::ModelData> train_model(const ModelTrainingConfig& config, ModelTrainingReport* report,
                                     const std::function<void(const std::string&)>& log) {
  const auto start = std::chrono::steady_clock::now();
  const model::Featurizer featurizer(config.features);
  LoadOptions load;
  load.threads = config.options.threads;
  std::size_t skipped_train = 0;
  std::size_t skipped_dev = 0;
  Result<TrainingSet> train =
      load_training_set(config.train_paths, featurizer, load, &skipped_train);
  if (!train.ok()) return train.status();
  balance_weights(train.value(), config.collection_power);
  load.keep_articles = true;
  Result<TrainingSet> dev = load_training_set(config.dev_paths, featurizer, load, &skipped_dev);
  if (!dev.ok()) return dev.status();
  if (train.value().rows() == 0) {
    return Status(StatusCode::kInvalidArgument, "no training article has a label of fake or real");
  }
  report->train_rows = train.value().rows();
  report->dev_rows = dev.value().rows();
  report->skipped = skipped_train + skipped_dev;
  const auto since = [](std::chrono::steady_clock::time_point from) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
  };
  if (log) {
    log(format("featurized %.0f training and %.0f dev articles (%.0f skipped: unreadable or not "
               "fake/real)",
               static_cast<double>(report->train_rows), static_cast<double>(report->dev_rows),
               static_cast<double>(report->skipped)) +
        format(" in %.1f s", since(start)));
  }
  // The satire head first: it may learn from the training articles, every
  // feature of them, before the fake head's filter drops some.
  model::ModelData data;
  if (!config.satire_paths.empty()) {
    Result<model::LinearHead> satire =
        train_satire_head(config, featurizer, config.satire_against_news ? &train.value() : nullptr,
                          &report->satire, log);
    if (!satire.ok()) return satire.status();
    data.satire = std::move(satire).value();
    data.info.has_satire_head = true;
  }

  if (config.stable_features != StableFeatureSplit::kNone) {
    const auto stable_start = std::chrono::steady_clock::now();
    FeatureParts parts;
    if (config.stable_features == StableFeatureSplit::kCollection) {
      Result<FeatureParts> by_collection = collection_parts(train.value());
      if (!by_collection.ok()) return by_collection.status();
      parts = std::move(by_collection).value();
    } else {
      parts = publisher_halves(train.value(), config.options.seed);
    }
    parts.needed = config.stable_agreement;
    const StableFeatures stable = find_stable_features(
        train.value(), dev.value(), parts, featurizer.dimension(), featurizer.bucket_count(),
        config.options, config.collection_power, log);
    drop_unstable(train.value(), stable);
    if (log) {
      log(format(
              "stable features: %.0f of %.0f kept (same sign in %.0f",
              static_cast<double>(stable.kept), static_cast<double>(stable.seen),
              parts.needed == 0 ? parts_needed(parts.count) : std::min(parts.needed, parts.count)) +
          format(" of %.0f parts) in %.1f s", parts.count, since(stable_start)));
    }
  }

  report->fake = train_logistic(train.value(), dev.value(), featurizer.dimension(), config.options,
                                [&](const EpochReport& epoch) {
                                  if (log) {
                                    log(format("epoch %.0f: loss %.4f, dev AUC %.4f", epoch.epoch,
                                               epoch.train_loss, epoch.dev_auc) +
                                        format(" (%.1f s)", epoch.seconds));
                                  }
                                });

  data.features = config.features;
  data.fake.weights = report->fake.weights;
  const std::vector<double> dev_scores = score_rows(dev.value(), data.fake.weights);
  const PlattScaling platt = fit_platt(dev_scores, dev.value().label);
  data.fake.platt_a = platt.a;
  data.fake.platt_b = platt.b;
  data.info.threshold =
      best_threshold(calibrated(dev_scores, platt), dev.value().label, dev.value().collection);
  // Between 60% of the threshold and the threshold the model is unsure.
  data.info.uncertain_low = 0.6 * data.info.threshold;
  data.info.seed = config.options.seed;
  data.info.trained_on = config.description;
  for (std::size_t s = 0; s < model::kStyleSignalCount; ++s) {
    data.style_signal_names.emplace_back(
        model::style_signal_name(static_cast<model::StyleSignal>(s)));
  }
  if (log) {
    log(format("best epoch %.0f, dev AUC %.4f; calibration a=%.3f", report->fake.best_epoch,
               report->fake.best_dev_auc, platt.a) +
        format(" b=%.3f; threshold %.2f", platt.b, data.info.threshold));
  }

  // Record a few dev articles with the scores they get now; every load
  // re-scores them, so a build that featurizes differently is caught.
  model::FeatureScratch scratch;
  for (std::size_t i = 0; i < dev.value().articles.size() && data.self_tests.size() < kSelfTests;
       ++i) {
    const Article& source = dev.value().articles[i];
    Article probe;
    probe.title = source.title;
    probe.paragraphs = {source.body()};
    featurizer.featurize(probe, scratch);
    model::SelfTest test{
        probe.title, probe.paragraphs.front(),
        model::calibrated(data.fake, model::dot(scratch.entries, data.fake.weights)), 0};
    if (data.info.has_satire_head) {
      test.satire_probability =
          model::calibrated(data.satire, model::dot(scratch.entries, data.satire.weights));
    }
    data.self_tests.push_back(std::move(test));
  }
  data.info.dimension = featurizer.dimension();
  report->seconds = since(start);
  return data;
}

}  // namespace verity::train
