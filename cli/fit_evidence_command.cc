// verity fit-evidence: fit the evidence combiner's weights on labelled
// articles the content model was not trained on (docs/verdict.md).
#include <cstdio>
#include <iostream>

#include "checker_flags.h"
#include "commands.h"
#include "input_options.h"
#include "progress.h"
#include "verity/check_pool.h"
#include "verity/train/combiner_fit.h"

namespace verity::cli {
namespace {

struct FitFlags {
  std::vector<std::string> inputs;
  CheckerFlags checker;
  InputFlags input;
  std::string output;
  std::string description;
  double l2 = 1.0;
  bool balance = false;
  unsigned threads = default_threads();
};

int run_fit(const FitFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  CheckerOptions options;
  options.predict.explain = false;
  options.extract.keep_removed = false;
  const std::shared_ptr<const Checker> checker =
      make_checker_or_report(flags.checker, EvidenceUse::kRequired, options);
  if (!checker) return 1;

  std::vector<CombinerSample> samples;
  std::size_t with_evidence = 0;
  for (const std::string& path : flags.inputs) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, *reader_flags);
    if (!reader.ok()) {
      std::cerr << "verity: " << reader.status().to_string() << "\n";
      return 1;
    }
    Progress progress("fit-evidence " + path);
    check_all(*checker, *reader.value(), flags.threads, [&](CheckedRecord& record) {
      progress.advance(record.bytes, !record.result.ok());
      if (!record.result.ok()) return;
      const CheckResult& result = record.result.value();
      report_evidence_failure(result);
      const std::string& label = result.article.label;
      if ((label != "fake" && label != "real") || !result.evidence) return;
      const std::vector<EvidenceItem> items = evidence_features(*result.evidence);
      samples.push_back({sum_features(items), result.prediction.fake_probability, label == "fake",
                         result.article.dataset});
      with_evidence += !items.empty();
    });
  }
  if (samples.empty()) {
    std::cerr << "verity: no labelled (fake/real) articles with evidence in the inputs\n";
    return 1;
  }
  CombinerFitOptions fit;
  fit.l2 = flags.l2;
  fit.balance_collections = flags.balance;
  fit.trained_on = flags.description;
  Result<CombinerFit> fitted = fit_evidence_combiner(samples, fit);
  if (!fitted.ok()) {
    std::cerr << "verity: " << fitted.status().to_string() << "\n";
    return 1;
  }
  if (const Status saved = fitted.value().combiner.save(flags.output); !saved.ok()) {
    std::cerr << "verity: " << saved.to_string() << "\n";
    return 1;
  }
  std::printf(
      "fitted on %zu labelled articles (%zu with evidence), l2 %g, %s\n", samples.size(),
      with_evidence, flags.l2,
      flags.balance ? "each collection weighted equally" : "every article weighted equally");
  std::printf("mean log loss: content model %.4f, with evidence %.4f\n",
              fitted.value().content_log_loss, fitted.value().combined_log_loss);
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    std::printf("  %-26s %+8.4f  (non-zero in %zu)\n",
                std::string(evidence_feature_infos()[i].name).c_str(),
                fitted.value().combiner.weights()[i], fitted.value().fired[i]);
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
  add_model_option(*command, flags->checker.model);
  add_input_flags(*command, flags->input);
  add_evidence_options(*command, flags->checker,
                       "Evidence store to look the articles up in (must not hold them)");
  command->add_option("-o,--output", flags->output, "Where to write the combiner file")->required();
  command->add_option("--description", flags->description,
                      "What it was fitted on, recorded in the file");
  command->add_option("--l2", flags->l2, "Ridge penalty on the weights")->capture_default_str();
  command->add_flag("--balance-collections", flags->balance,
                    "Weight each collection (the dataset field) the same, not each article");
  command->add_option("--threads", flags->threads, "Threads")->capture_default_str();
  command->callback([flags, &action] { action = [flags] { return run_fit(*flags); }; });
}

}  // namespace verity::cli
