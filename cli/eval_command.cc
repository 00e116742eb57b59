// verity eval: how well a model separates fake from real on labelled data.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "checker_flags.h"
#include "commands.h"
#include "input_options.h"
#include "plots.h"
#include "progress.h"
#include "verity/check_pool.h"
#include "verity/json.h"
#include "verity/metrics.h"

namespace verity::cli {
namespace {

struct EvalFlags {
  std::vector<std::string> inputs;
  CheckerFlags checker;
  InputFlags input;
  bool json = false;
  std::string plot_dir;
  unsigned threads = default_threads();
};

struct Scores {
  std::vector<double> probabilities;
  std::vector<int> labels;
};

void print_row(const std::string& input, const std::string& dataset, const BinaryMetrics& m) {
  std::printf("%-28s %-34s %6zu %5zu  %7.3f %6.3f %6.3f %8.3f %6.3f %6.3f  %5zu %5zu %5zu %5zu\n",
              input.substr(0, 28).c_str(), dataset.substr(0, 34).c_str(), m.count, m.positives,
              m.roc_auc, m.pr_auc, m.accuracy, m.macro_f1, m.brier, m.ece,
              m.confusion.true_positives, m.confusion.false_positives, m.confusion.true_negatives,
              m.confusion.false_negatives);
}

Status write_file(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  return out ? Status() : Status(StatusCode::kIoError, path + ": cannot write");
}

int run_eval(const EvalFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  // With --store, every article is also scored with its evidence weighed:
  // each dataset gets a second row, "DATASET +evidence".
  CheckerOptions options;
  options.predict.explain = false;
  options.extract.keep_removed = false;
  const std::shared_ptr<const Checker> checker =
      make_checker_or_report(flags.checker, EvidenceUse::kWhenGiven, options);
  if (!checker) return 1;
  const bool with_evidence_rows = checker->has_evidence();
  const double threshold = checker->model().info().threshold;
  if (!flags.plot_dir.empty()) std::filesystem::create_directories(flags.plot_dir);
  std::vector<MetricsRow> all;
  if (!flags.json) {
    std::printf("%-28s %-34s %6s %5s  %7s %6s %6s %8s %6s %6s  %5s %5s %5s %5s\n", "input",
                "dataset", "n", "fake", "ROC-AUC", "PR-AUC", "acc", "macro-F1", "Brier", "ECE",
                "TP", "FP", "TN", "FN");
  }
  int status = 0;
  for (const std::string& path : flags.inputs) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, *reader_flags);
    if (!reader.ok()) {
      std::cerr << "verity: " << reader.status().to_string() << "\n";
      status = 1;
      continue;
    }
    std::map<std::string, Scores> by_dataset;
    Scores overall;
    std::size_t unlabelled = 0;
    std::size_t with_evidence = 0;
    Progress progress("eval " + path);
    check_all(*checker, *reader.value(), flags.threads, [&](CheckedRecord& record) {
      progress.advance(record.bytes, !record.result.ok());
      if (!record.result.ok()) {
        std::cerr << "verity: " << record.result.status().to_string() << "\n";
        return;
      }
      const Article& article = record.result.value().article;
      const int label = article.label == "fake" ? 1 : article.label == "real" ? 0 : -1;
      if (label < 0) {
        ++unlabelled;
        return;
      }
      const CheckResult& result = record.result.value();
      report_evidence_failure(result);
      const std::string dataset = article.dataset.empty() ? "(none)" : article.dataset;
      const double p = result.prediction.fake_probability;
      for (Scores* scores : {&overall, &by_dataset[dataset]}) {
        scores->probabilities.push_back(p);
        scores->labels.push_back(label);
      }
      if (with_evidence_rows) {
        with_evidence += result.fake_probability() != p;
        for (Scores* scores :
             {&by_dataset["(all) +evidence"], &by_dataset[dataset + " +evidence"]}) {
          scores->probabilities.push_back(result.fake_probability());
          scores->labels.push_back(label);
        }
      }
    });
    if (with_evidence_rows)
      std::cerr << "verity: " << path << ": " << with_evidence << " of " << overall.labels.size()
                << " labelled articles had their probability moved by evidence\n";
    if (unlabelled > 0)
      std::cerr << "verity: " << path << ": " << unlabelled
                << " records without a fake/real label left out\n";
    const std::string name = std::filesystem::path(path).filename().string();
    std::vector<RocSeries> series;
    const auto report = [&](const std::string& dataset, const Scores& scores) {
      const BinaryMetrics m = evaluate_binary(scores.probabilities, scores.labels, threshold);
      if (flags.json) {
        all.push_back({path, dataset, m});
      } else {
        print_row(name, dataset, m);
      }
      series.push_back({dataset, roc_curve(scores.probabilities, scores.labels), m.roc_auc});
    };
    report("(all)", overall);
    if (by_dataset.size() > 1 || with_evidence_rows) {
      for (const auto& [dataset, scores] : by_dataset) report(dataset, scores);
    }
    if (!flags.plot_dir.empty() && !overall.labels.empty()) {
      const std::string stem = flags.plot_dir + "/" + std::filesystem::path(path).stem().string();
      Status written = write_file(stem + "-roc.svg", roc_svg("ROC: " + name, series));
      if (written.ok()) {
        written = write_file(
            stem + "-reliability.svg",
            reliability_svg("Reliability: " + name,
                            reliability_bins(overall.probabilities, overall.labels, 10)));
      }
      if (!written.ok()) {
        std::cerr << "verity: " << written.to_string() << "\n";
        status = 1;
      }
    }
  }
  if (flags.json) std::cout << metrics_to_json(all) << "\n";
  return status;
}

}  // namespace

void add_eval_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* command = app.add_subcommand("eval",
                                         "Evaluate a model on labelled data: ROC-AUC, PR-AUC, "
                                         "accuracy, macro-F1, Brier, ECE, confusion matrix");
  command
      ->add_option("inputs", flags->inputs,
                   "Labelled files (label fake/real), per file and per dataset field")
      ->required();
  add_model_option(*command, flags->checker.model);
  add_input_flags(*command, flags->input);
  command->add_flag("--json", flags->json, "Print the metrics as JSON");
  command->add_option("--plot", flags->plot_dir,
                      "Write ROC curves and reliability diagrams (SVG) into this folder");
  command->add_option("--threads", flags->threads, "Threads")->capture_default_str();
  add_evidence_options(*command, flags->checker,
                       "Evidence store: also score each article with its evidence weighed (rows "
                       "\"DATASET +evidence\"; off unless given)");
  command->callback([flags, &action] { action = [flags] { return run_eval(*flags); }; });
}

}  // namespace verity::cli
