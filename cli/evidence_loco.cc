#include "evidence_loco.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "verity/metrics.h"

namespace verity::cli {
namespace {

double logit(double p) {
  p = std::clamp(p, 1e-6, 1 - 1e-6);
  return std::log(p / (1 - p));
}

double log_loss(const std::vector<double>& p, const std::vector<int>& y) {
  double sum = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const double q = std::clamp(p[i], 1e-12, 1 - 1e-12);
    sum -= y[i] ? std::log(q) : std::log(1 - q);
  }
  return p.empty() ? 0 : sum / static_cast<double>(p.size());
}

LocoRow held_out_row(const std::string& collection, const std::vector<const CombinerSample*>& test,
                     const EvidenceCombiner& combiner) {
  LocoRow row;
  row.collection = collection;
  std::vector<double> content, combined;
  std::vector<int> labels;
  for (const CombinerSample* sample : test) {
    const double p = sample->content_probability;
    double z = logit(p);
    bool any = false;
    for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
      z += combiner.weights()[i] * sample->features[i];
      any |= sample->features[i] != 0;
    }
    content.push_back(p);
    combined.push_back(any ? 1 / (1 + std::exp(-z)) : p);
    labels.push_back(sample->fake ? 1 : 0);
    row.fake += sample->fake;
    row.with_evidence += any;
  }
  row.articles = test.size();
  row.content_auc = evaluate_binary(content, labels).roc_auc;
  row.combined_auc = evaluate_binary(combined, labels).roc_auc;
  row.content_log_loss = log_loss(content, labels);
  row.combined_log_loss = log_loss(combined, labels);
  return row;
}

}  // namespace

std::size_t feature_group(std::size_t feature) {
  using F = EvidenceFeature;
  switch (static_cast<F>(feature)) {
    case F::kPublisherLowLabel:
    case F::kPublisherBiasLabel:
    case F::kPublisherSatire:
    case F::kPublisherReliable:
      return 0;
    case F::kPublisherLowQuality:
    case F::kPublisherHighQuality:
    case F::kPublisherVeryLowQuality:
      return 1;
    case F::kPublisherUnknown:
      return 2;
    case F::kCitedLow:
    case F::kCitedLowQuality:
    case F::kCitedHighQuality:
      return 3;
    case F::kClaimVerdict:
      return 4;
    case F::kCopyOfReal:
    case F::kCopyOfFake:
    case F::kCopyOfLowSource:
      return 5;
    case F::kAuthorLow:
    case F::kAuthorHigh:
      return 6;
  }
  return 0;
}

std::string_view feature_group_name(std::size_t group) {
  static constexpr std::array<std::string_view, kFeatureGroups> kNames = {"publisher_labels",
                                                                          "publisher_scores",
                                                                          "publisher_unknown",
                                                                          "cited",
                                                                          "fact_check",
                                                                          "copy",
                                                                          "author"};
  return kNames[group];
}

std::string LocoSetting::describe() const {
  char penalty[64];
  std::snprintf(penalty, sizeof penalty, "l2 %g%s: ", l2,
                fit_content_weight ? ", content weight fitted" : "");
  std::string names;
  for (std::size_t g = 0; g < kFeatureGroups; ++g) {
    if ((groups >> g & 1u) == 0) continue;
    if (!names.empty()) names += "+";
    names += feature_group_name(g);
  }
  return penalty + (names.empty() ? std::string("no evidence (the content model alone)") : names);
}

std::vector<CombinerSample> masked(const std::vector<CombinerSample>& samples, unsigned groups) {
  std::vector<CombinerSample> out = samples;
  for (CombinerSample& sample : out) {
    for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
      if ((groups >> feature_group(i) & 1u) == 0) sample.features[i] = 0;
    }
  }
  return out;
}

Result<std::vector<LocoResult>> leave_one_collection_out(const std::vector<CombinerSample>& samples,
                                                         const std::vector<double>& l2_grid,
                                                         const CombinerFitOptions& base) {
  std::map<std::string, std::vector<std::size_t>> by_collection;
  for (std::size_t i = 0; i < samples.size(); ++i)
    by_collection[samples[i].collection].push_back(i);
  if (by_collection.size() < 2) {
    return Status(StatusCode::kInvalidArgument,
                  "leave-one-collection-out needs two collections or more (the dataset field)");
  }
  std::vector<LocoResult> results;
  const unsigned all = (1u << kFeatureGroups) - 1;
  for (const bool fit_content_weight : {false, true}) {
    for (unsigned groups = 0; groups <= all; ++groups) {
      const std::vector<CombinerSample> used = masked(samples, groups);
      for (double l2 : l2_grid) {
        // No evidence: one setting, the content model alone.
        if (groups == 0 && (l2 != l2_grid.front() || fit_content_weight)) continue;
        LocoResult result;
        result.setting = {l2, groups, fit_content_weight};
        result.worst_gain = 1;
        for (const auto& [collection, members] : by_collection) {
          std::vector<CombinerSample> train;
          std::vector<const CombinerSample*> test;
          for (std::size_t i = 0; i < used.size(); ++i) {
            if (used[i].collection == collection) {
              test.push_back(&used[i]);
            } else {
              train.push_back(used[i]);
            }
          }
          CombinerFitOptions options = base;
          options.l2 = l2;
          options.balance_collections = true;
          options.fit_content_weight = fit_content_weight;
          Result<CombinerFit> fit = fit_evidence_combiner(train, options);
          if (!fit.ok()) return fit.status();
          LocoRow row = held_out_row(collection, test, fit.value().combiner);
          row.content_weight = fit.value().content_weight;
          result.mean_content_auc += row.content_auc;
          result.mean_combined_auc += row.combined_auc;
          result.worst_gain = std::min(result.worst_gain, row.combined_auc - row.content_auc);
          result.rows.push_back(std::move(row));
        }
        const auto n = static_cast<double>(result.rows.size());
        result.mean_content_auc /= n;
        result.mean_combined_auc /= n;
        results.push_back(std::move(result));
      }
    }
  }
  return results;
}

const LocoResult& choose_setting(const std::vector<LocoResult>& results, double tolerance,
                                 double noise) {
  const auto passes = [&](const LocoResult& r) { return r.worst_gain >= -tolerance; };
  double best_mean = -1;
  for (const LocoResult& r : results) {
    if (passes(r)) best_mean = std::max(best_mean, r.mean_combined_auc);
  }
  if (best_mean < 0) {  // nothing passes: the best worst case
    const LocoResult* best = &results.front();
    for (const LocoResult& r : results) {
      if (r.worst_gain > best->worst_gain) best = &r;
    }
    return *best;
  }
  // Means closer than `noise` are not told apart by a few hundred held-out
  // articles; among those, the setting weighing the most kinds of evidence.
  const LocoResult* chosen = nullptr;
  for (const LocoResult& r : results) {
    if (!passes(r) || r.mean_combined_auc < best_mean - noise) continue;
    const int groups = std::popcount(r.setting.groups);
    if (chosen == nullptr || groups > std::popcount(chosen->setting.groups) ||
        (groups == std::popcount(chosen->setting.groups) &&
         r.mean_combined_auc > chosen->mean_combined_auc)) {
      chosen = &r;
    }
  }
  return *chosen;
}

Status write_samples(const std::string& path, const std::vector<CombinerSample>& samples) {
  std::ofstream out(path, std::ios::trunc);
  out << "collection\tlabel\tcontent_probability";
  for (const EvidenceFeatureInfo& info : evidence_feature_infos()) out << "\t" << info.name;
  out << "\n";
  char number[32];
  for (const CombinerSample& sample : samples) {
    std::snprintf(number, sizeof number, "%.17g", sample.content_probability);
    out << sample.collection << "\t" << (sample.fake ? "fake" : "real") << "\t" << number;
    for (double value : sample.features) {
      std::snprintf(number, sizeof number, "%.17g", value);
      out << "\t" << number;
    }
    out << "\n";
  }
  if (!out) return Status(StatusCode::kIoError, path + ": cannot write");
  return Status();
}

Result<std::vector<CombinerSample>> read_samples(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, path + ": no samples file there");
  std::string line;
  std::getline(in, line);
  std::string expected = "collection\tlabel\tcontent_probability";
  for (const EvidenceFeatureInfo& info : evidence_feature_infos())
    expected.append("\t").append(info.name);
  if (line != expected) {
    return Status(StatusCode::kCorrupt,
                  path + ":1: header does not name this verity's evidence features");
  }
  std::vector<CombinerSample> samples;
  for (std::size_t number = 2; std::getline(in, line); ++number) {
    std::istringstream cells(line);
    std::string collection, label, value;
    CombinerSample sample;
    std::getline(cells, collection, '\t');
    std::getline(cells, label, '\t');
    std::getline(cells, value, '\t');
    sample.collection = collection;
    sample.fake = label == "fake";
    sample.content_probability = std::strtod(value.c_str(), nullptr);
    std::size_t read = 0;
    for (; read < kEvidenceFeatureCount && std::getline(cells, value, '\t'); ++read)
      sample.features[read] = std::strtod(value.c_str(), nullptr);
    if (read != kEvidenceFeatureCount || (label != "fake" && label != "real")) {
      return Status(StatusCode::kCorrupt,
                    path + ":" + std::to_string(number) + ": expected a label and " +
                        std::to_string(kEvidenceFeatureCount) + " feature values");
    }
    samples.push_back(std::move(sample));
  }
  return samples;
}

}  // namespace verity::cli
