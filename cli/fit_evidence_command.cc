// verity fit-evidence: fit the evidence combiner's weights on labelled
// articles the content model was not trained on (docs/verdict.md).
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>

#include "commands.h"
#include "evidence_fields.h"
#include "input_options.h"
#include "model_option.h"
#include "parallel_check.h"
#include "progress.h"
#include "train/offset_logistic.h"

namespace verity::cli {
namespace {

struct FitFlags {
  std::vector<std::string> inputs;
  std::string model;
  InputFlags input;
  EvidenceFlags evidence;
  std::string output;
  std::string description;
  double l2 = 1.0;
  bool balance = false;
  unsigned threads = default_threads();
};

// The article's feature vector, back from the named features of its items.
EvidenceVector features_of(const EvidenceVerdict& verdict) {
  EvidenceVector features{};
  const auto& infos = evidence_feature_infos();
  for (const EvidenceContribution& item : verdict.contributions) {
    for (const auto& [name, value] : item.features) {
      for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i)
        if (infos[i].name == name) features[i] += value;
    }
  }
  return features;
}

double logit(double p) {
  p = std::clamp(p, 1e-6, 1 - 1e-6);
  return std::log(p / (1 - p));
}

int run_fit(const FitFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  const std::shared_ptr<const Model> model = load_model_or_report(flags.model);
  if (!model) return 1;
  bool store_failed = false;
  std::unique_ptr<EvidenceFields> opened = EvidenceFields::open(flags.evidence, &store_failed);
  if (store_failed) return 1;
  if (!opened) {
    std::cerr << "verity: fit-evidence needs an evidence store (--store)\n";
    return 1;
  }
  std::vector<std::unique_ptr<EvidenceFields>> evidence =
      EvidenceFields::for_threads(std::move(opened), std::max(1u, flags.threads));
  if (evidence.empty()) return 1;

  std::vector<std::vector<double>> rows;
  std::vector<double> offsets;
  std::vector<int> labels;
  std::vector<std::string> collections;
  std::size_t with_evidence = 0;
  CheckOptions options;
  options.predict.explain = false;
  options.extract.keep_removed = false;
  for (const std::string& path : flags.inputs) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, *reader_flags);
    if (!reader.ok()) {
      std::cerr << "verity: " << reader.status().to_string() << "\n";
      return 1;
    }
    Progress progress("fit-evidence " + path);
    const auto weigh = [&](CheckedRecord& record) {
      if (record.result.ok()) evidence[record.thread]->weigh(record.result.value(), *model);
    };
    check_all(*reader.value(), *model, options, flags.threads, [&](CheckedRecord& record) {
      progress.advance(record.bytes, !record.result.ok());
      if (!record.result.ok()) return;
      const CheckResult& result = record.result.value();
      const std::string& label = result.article.label;
      if ((label != "fake" && label != "real") || !result.evidence) return;
      const EvidenceVector features = features_of(*result.evidence);
      rows.emplace_back(features.begin(), features.end());
      offsets.push_back(logit(result.prediction.fake_probability));
      labels.push_back(label == "fake" ? 1 : 0);
      collections.push_back(result.article.dataset);
      with_evidence += !result.evidence->contributions.empty();
    }, weigh);
  }
  if (rows.empty()) {
    std::cerr << "verity: no labelled (fake/real) articles with evidence in the inputs\n";
    return 1;
  }
  std::vector<int> signs;
  for (const EvidenceFeatureInfo& info : evidence_feature_infos()) signs.push_back(info.sign);
  train::OffsetLogisticOptions fit;
  fit.l2 = flags.l2;
  if (flags.balance) {
    // Each collection (dataset field) weighs the same in the fit, as in the
    // content model's training: the largest one does not set the weights for
    // all, but the combined probability is then no longer calibrated on the
    // mix (docs/verdict.md).
    std::map<std::string, std::size_t> sizes;
    for (const std::string& c : collections) ++sizes[c];
    for (const std::string& c : collections) {
      fit.example_weights.push_back(static_cast<double>(rows.size()) /
                                    static_cast<double>(sizes.size() * sizes[c]));
    }
  }
  const std::vector<double> fitted = train::fit_offset_logistic(rows, offsets, labels, signs, fit);
  EvidenceVector weights{};
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    // A fit on extreme data could exceed the file's bound; clip rather than fail.
    weights[i] = std::clamp(fitted[i], -EvidenceCombiner::kMaxWeight, EvidenceCombiner::kMaxWeight);
  }
  Result<EvidenceCombiner> combiner = EvidenceCombiner::make(weights, flags.description);
  if (!combiner.ok()) {
    std::cerr << "verity: " << combiner.status().to_string() << "\n";
    return 1;
  }
  if (const Status saved = combiner.value().save(flags.output); !saved.ok()) {
    std::cerr << "verity: " << saved.to_string() << "\n";
    return 1;
  }
  const std::vector<double> none(kEvidenceFeatureCount, 0.0);
  std::printf("fitted on %zu labelled articles (%zu with evidence), l2 %g, %s\n", rows.size(),
              with_evidence, flags.l2,
              flags.balance ? "each collection weighted equally" : "every article weighted equally");
  std::printf("mean log loss: content model %.4f, with evidence %.4f\n",
              train::offset_log_loss(rows, offsets, labels, none),
              train::offset_log_loss(rows, offsets, labels, fitted));
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    std::size_t fired = 0;
    for (const std::vector<double>& row : rows) fired += row[i] != 0;
    std::printf("  %-26s %+8.4f  (non-zero in %zu)\n",
                std::string(evidence_feature_infos()[i].name).c_str(), weights[i], fired);
  }
  std::printf("wrote %s\n", flags.output.c_str());
  return 0;
}

}  // namespace

void add_fit_evidence_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<FitFlags>();
  CLI::App* command = app.add_subcommand(
      "fit-evidence",
      "Fit the evidence combiner (how source ratings, fact-checks and copies move the verdict) "
      "on labelled articles the content model was not trained on");
  command->add_option("inputs", flags->inputs, "Labelled files (label fake/real)")->required();
  add_model_option(*command, flags->model);
  add_input_flags(*command, flags->input);
  add_evidence_options(*command, flags->evidence,
                       "Evidence store to look the articles up in (must not hold them)");
  command->add_option("-o,--output", flags->output, "Where to write the combiner file")
      ->required();
  command->add_option("--description", flags->description,
                      "What it was fitted on, recorded in the file");
  command->add_option("--l2", flags->l2, "Ridge penalty on the weights")->capture_default_str();
  command->add_flag("--balance-collections", flags->balance,
                    "Weight each collection (the dataset field) the same, not each article");
  command->add_option("--threads", flags->threads, "Threads")->capture_default_str();
  command->callback([flags, &action] { action = [flags] { return run_fit(*flags); }; });
}

}  // namespace verity::cli
