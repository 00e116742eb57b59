// verity fit-evidence: fit the evidence combiner's weights on labelled
// articles the content model was not trained on (docs/verdict.md).
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include "checker_flags.h"
#include "commands.h"
#include "evidence_loco.h"
#include "input_options.h"
#include "progress.h"
#include "verity/check_pool.h"
#include "verity/train/combiner_fit.h"

namespace verity::cli {
namespace {

// A setting may lose this much ROC-AUC on a held-out collection and still be chosen.
constexpr double kLocoTolerance = 0.01;
// Mean held-out ROC-AUCs this close are a tie (PolitiFact's 148 held-out
// articles alone move an AUC by about 0.02 from one sample to another).
constexpr double kLocoNoise = 0.002;
constexpr std::size_t kLocoShown = 12;  // settings listed in the report

struct FitFlags {
  std::vector<std::string> inputs;
  CheckerFlags checker;
  InputFlags input;
  std::string output;
  std::string description;
  double l2 = 1.0;
  bool balance = false;
  bool balance_classes = false;
  bool fit_content_weight = false;
  unsigned threads = default_threads();
  std::string samples_out;    // write the looked-up samples here
  bool from_samples = false;  // the inputs are sample files, not articles
  bool loco = false;          // choose l2 and the kinds of evidence by leave-one-collection-out
  std::string loco_report;    // the grid's table (markdown)
  std::string loco_grid;      // every setting's held-out ROC-AUC per collection (TSV)
};

// The LOCO table of one setting, as markdown rows.
std::string loco_table(const LocoResult& result) {
  std::string out =
      "| held-out collection | articles (fake) | with evidence | ROC-AUC content | ROC-AUC "
      "with evidence | log loss content | log loss with evidence "
      "| content weight |\n|---|---|---|---|---|---|---|---|\n";
  char line[512];
  for (const LocoRow& row : result.rows) {
    std::snprintf(
        line, sizeof line, "| %s | %zu (%zu) | %zu | %.3f | %.3f | %.4f | %.4f | %.2f |\n",
        row.collection.c_str(), row.articles, row.fake, row.with_evidence, row.content_auc,
        row.combined_auc, row.content_log_loss, row.combined_log_loss, row.content_weight);
    out += line;
  }
  std::snprintf(line, sizeof line, "| **mean** | | | %.3f | %.3f | | | |\n",
                result.mean_content_auc, result.mean_combined_auc);
  return out + line;
}

// Looks every labelled article up and returns its sample (content
// probability and evidence features); nullopt after reporting a failure.
std::optional<std::vector<CombinerSample>> gather_samples(const FitFlags& flags,
                                                          const ReaderOptions& reader_flags) {
  CheckerOptions options;
  options.predict.explain = false;
  options.extract.keep_removed = false;
  const std::shared_ptr<const Checker> checker =
      make_checker_or_report(flags.checker, EvidenceUse::kRequiredUnweighed, options);
  if (!checker) return std::nullopt;
  std::vector<CombinerSample> samples;
  for (const std::string& path : flags.inputs) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, reader_flags);
    if (!reader.ok()) {
      std::cerr << "verity: " << reader.status().to_string() << "\n";
      return std::nullopt;
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
    });
  }
  return samples;
}

int run_fit(const FitFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  std::vector<CombinerSample> samples;
  if (flags.from_samples) {
    for (const std::string& path : flags.inputs) {
      Result<std::vector<CombinerSample>> read = read_samples(path);
      if (!read.ok()) {
        std::cerr << "verity: " << read.status().to_string() << "\n";
        return 1;
      }
      samples.insert(samples.end(), read.value().begin(), read.value().end());
    }
  } else {
    std::optional<std::vector<CombinerSample>> gathered = gather_samples(flags, *reader_flags);
    if (!gathered) return 1;
    samples = std::move(*gathered);
  }
  if (!flags.samples_out.empty()) {
    if (const Status written = write_samples(flags.samples_out, samples); !written.ok()) {
      std::cerr << "verity: " << written.to_string() << "\n";
      return 1;
    }
  }
  std::size_t with_evidence = 0;
  for (const CombinerSample& sample : samples) {
    with_evidence += std::any_of(sample.features.begin(), sample.features.end(),
                                 [](double v) { return v != 0; });
  }
  if (samples.empty()) {
    std::cerr << "verity: no labelled (fake/real) articles with evidence in the inputs\n";
    return 1;
  }
  CombinerFitOptions fit;
  fit.l2 = flags.l2;
  fit.balance_collections = flags.balance;
  fit.balance_classes = flags.balance_classes;
  fit.fit_content_weight = flags.fit_content_weight;
  fit.trained_on = flags.description;
  std::vector<CombinerSample> used = samples;
  if (flags.loco) {
    Result<std::vector<LocoResult>> grid =
        leave_one_collection_out(samples, {0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0}, fit);
    if (!grid.ok()) {
      std::cerr << "verity: " << grid.status().to_string() << "\n";
      return 1;
    }
    const LocoResult& chosen = choose_setting(grid.value(), kLocoTolerance, kLocoNoise);
    std::string report =
        "Chosen by leave-one-collection-out (" + chosen.setting.describe() +
        "): among the settings losing at most 0.01 ROC-AUC on every held-out collection "
        "and within 0.002 of the best such mean, the one weighing the most groups of "
        "evidence.\n\n" +
        loco_table(chosen) + "\nThe best settings by mean held-out ROC-AUC (of " +
        std::to_string(grid.value().size()) +
        "; content -> with evidence, and the worst held-out change):\n\n";
    std::vector<const LocoResult*> ranked;
    for (const LocoResult& r : grid.value()) ranked.push_back(&r);
    std::stable_sort(ranked.begin(), ranked.end(), [](const LocoResult* a, const LocoResult* b) {
      return a->mean_combined_auc > b->mean_combined_auc;
    });
    for (std::size_t i = 0; i < ranked.size() && i < kLocoShown; ++i) {
      char line[256];
      std::snprintf(line, sizeof line, "- %s: %.4f -> %.4f, worst %+.4f\n",
                    ranked[i]->setting.describe().c_str(), ranked[i]->mean_content_auc,
                    ranked[i]->mean_combined_auc, ranked[i]->worst_gain);
      report += line;
    }
    // Everything at the chosen penalty, for comparison.
    for (const LocoResult& r : grid.value()) {
      if (r.setting.groups != (1u << kFeatureGroups) - 1 || r.setting.l2 != chosen.setting.l2 ||
          r.setting.fit_content_weight != chosen.setting.fit_content_weight)
        continue;
      report +=
          "\nEvery group at the chosen penalty (" + r.setting.describe() + "):\n\n" + loco_table(r);
    }
    if (!flags.loco_grid.empty()) {
      std::ofstream grid_out(flags.loco_grid, std::ios::trunc);
      grid_out << "setting\tmean_content\tmean_combined\tworst_gain";
      for (const LocoRow& row : chosen.rows) grid_out << "\t" << row.collection;
      grid_out << "\n";
      for (const LocoResult& r : grid.value()) {
        grid_out << r.setting.describe() << "\t" << r.mean_content_auc << "\t"
                 << r.mean_combined_auc << "\t" << r.worst_gain;
        for (const LocoRow& row : r.rows) grid_out << "\t" << row.combined_auc;
        grid_out << "\n";
      }
    }
    std::printf("%s\n", report.c_str());
    if (!flags.loco_report.empty()) {
      std::ofstream out(flags.loco_report, std::ios::trunc);
      out << report;
    }
    fit.l2 = chosen.setting.l2;
    fit.balance_collections = true;
    fit.fit_content_weight = chosen.setting.fit_content_weight;
    used = masked(samples, chosen.setting.groups);
    fit.trained_on += (fit.trained_on.empty() ? "" : "; ") +
                      std::string("chosen by leave-one-collection-out: ") +
                      chosen.setting.describe() + ", collections weighted equally" +
                      (fit.balance_classes ? ", classes weighted equally within each" : "");
  }
  Result<CombinerFit> fitted = fit_evidence_combiner(used, fit);
  if (!fitted.ok()) {
    std::cerr << "verity: " << fitted.status().to_string() << "\n";
    return 1;
  }
  if (const Status saved = fitted.value().combiner.save(flags.output); !saved.ok()) {
    std::cerr << "verity: " << saved.to_string() << "\n";
    return 1;
  }
  std::printf("fitted on %zu labelled articles (%zu with evidence), l2 %g, %s%s\n", samples.size(),
              with_evidence, fit.l2,
              fit.balance_collections ? "each collection weighted equally"
                                      : "every article weighted equally",
              fit.balance_classes ? ", fake and real equally within each" : "");
  std::printf("mean log loss: content model %.4f, with evidence %.4f\n",
              fitted.value().content_log_loss, fitted.value().combined_log_loss);
  if (fit.fit_content_weight) {
    std::printf(
        "content weight %.4f, intercept %+.4f (the file's weights are the fitted ones divided by "
        "the content weight)\n",
        fitted.value().content_weight, fitted.value().intercept);
  }
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
  command->add_flag("--balance-classes", flags->balance_classes,
                    "Weight the fake and the real articles of each collection the same");
  command->add_flag("--fit-content-weight", flags->fit_content_weight,
                    "Fit the content logit's weight and an intercept too; the file states the "
                    "evidence weights relative to the content weight (with --loco: both tried)");
  command->add_option("--threads", flags->threads, "Threads")->capture_default_str();
  command->add_option("--samples-out", flags->samples_out,
                      "Also write the looked-up samples (TSV) for --from-samples");
  command->add_flag("--from-samples", flags->from_samples,
                    "The inputs are samples written by --samples-out, not articles");
  command->add_flag(
      "--loco", flags->loco,
      "Choose the ridge penalty and the kinds of evidence by leave-one-collection-out "
      "(collections weighted equally), then fit on all");
  command->add_option("--loco-report", flags->loco_report, "Write the LOCO table here (markdown)");
  command->add_option("--loco-grid", flags->loco_grid,
                      "Write every setting's held-out ROC-AUC here (TSV)");
  command->callback([flags, &action] { action = [flags] { return run_fit(*flags); }; });
}

}  // namespace verity::cli
