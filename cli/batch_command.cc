// verity batch IN [-o OUT]: score a dataset on every core, one JSON line per
// record, in input order.
#include <fstream>
#include <iostream>

#include "checker_flags.h"
#include "commands.h"
#include "input_options.h"
#include "progress.h"
#include "verity/check_pool.h"
#include "verity/json.h"

namespace verity::cli {
namespace {

struct BatchFlags {
  std::string input_path;
  std::string output_path;
  CheckerFlags checker;
  InputFlags input;
  unsigned threads = default_threads();
  bool no_explain = false;
  bool with_body = false;
};

int run_batch(const BatchFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  // Batch looks evidence up only when asked: a lookup per record costs more
  // than scoring it.
  CheckerOptions options;
  options.predict.explain = !flags.no_explain;
  options.extract.keep_removed = false;
  const std::shared_ptr<const Checker> checker =
      make_checker_or_report(flags.checker, EvidenceUse::kWhenGiven, options);
  if (!checker) return 1;
  Result<std::unique_ptr<DocumentReader>> reader =
      DocumentReader::open(flags.input_path, *reader_flags);
  if (!reader.ok()) {
    std::cerr << "verity: " << reader.status().to_string() << "\n";
    return 1;
  }
  std::ofstream file;
  if (!flags.output_path.empty() && flags.output_path != "-") {
    file.open(flags.output_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "verity: " << flags.output_path << ": cannot open for writing\n";
      return 1;
    }
  }
  std::ostream& out = file.is_open() ? file : std::cout;
  std::size_t good = 0;
  std::size_t bad = 0;
  Progress progress("batch " + flags.input_path);
  CheckJsonOptions json;
  json.include_body = flags.with_body;
  const auto render = [&](CheckedRecord& record) {
    if (record.result.ok()) record.rendered = check_to_json(record.result.value(), json);
  };
  const auto emit = [&](CheckedRecord& record) {
    progress.advance(record.bytes, !record.result.ok());
    if (record.result.ok()) {
      report_evidence_failure(record.result.value());
      out << record.rendered << "\n";
      ++good;
    } else {
      out << error_to_json(record.id, record.result.status()) << "\n";
      std::cerr << "verity: " << record.result.status().to_string() << "\n";
      ++bad;
    }
  };
  check_all(*checker, *reader.value(), flags.threads, emit, render);
  out.flush();
  if (!out) {
    std::cerr << "verity: writing the results failed\n";
    return 1;
  }
  if (bad > 0)
    std::cerr << "verity: " << good << " records scored, " << bad << " could not be read\n";
  return good == 0 ? 1 : 0;
}

}  // namespace

void add_batch_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<BatchFlags>();
  CLI::App* command = app.add_subcommand("batch",
                                         "Score a dataset (JSONL, CSV/TSV, LIAR, gzip) on every "
                                         "core: one JSON line per record, in order");
  command->add_option("input", flags->input_path, "Dataset to score (- for standard input)")
      ->required();
  command->add_option("-o,--output", flags->output_path,
                      "Where to write the JSON lines (default: standard output)");
  add_model_option(*command, flags->checker.model);
  add_input_flags(*command, flags->input);
  add_evidence_options(*command, flags->checker,
                       "Evidence store: weigh the sources' ratings, fact-check matches and copies "
                       "into the verdict and add source, claims, related and copy_of (off unless "
                       "given)");
  command->add_option("--threads", flags->threads, "Threads")->capture_default_str();
  command->add_flag("--no-explain", flags->no_explain, "Skip explanations (faster)");
  command->add_flag("--with-body", flags->with_body,
                    "Include the cleaned paragraphs in each record");
  command->footer(
      "A record that cannot be read gives {\"id\": ..., \"error\": ...} and the rest go on.");
  command->callback([flags, &action] { action = [flags] { return run_batch(*flags); }; });
}

}  // namespace verity::cli
