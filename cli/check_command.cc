// verity check FILE...: a verdict a person can read, with its reasons.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "checker_flags.h"
#include "commands.h"
#include "evidence_text.h"
#include "input_options.h"
#include "joined.h"
#include "verity/check_pool.h"
#include "verity/fetch/fetch.h"
#include "verity/json.h"

namespace verity::cli {
namespace {

struct CheckFlags {
  std::vector<std::string> inputs;
  CheckerFlags checker;
  InputFlags input;
  bool json = false;
  std::size_t top = 8;
};

std::string signed_weight(double weight) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%+.2f", weight);
  return buffer;
}

std::string term_list(const std::vector<TermContribution>& terms, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < terms.size() && i < limit; ++i) {
    if (!out.empty()) out += ", ";
    out += terms[i].term + (terms[i].field == TextField::kTitle ? " [title]" : "") + " (" +
           signed_weight(terms[i].weight) + ")";
  }
  return out.empty() ? "-" : out;
}

void print_verdict(const CheckResult& result, const Model& model, std::size_t top,
                   std::ostream& out) {
  const Prediction& p = result.prediction;
  const Article& article = result.article;
  std::string verdict(verdict_name(result.verdict));
  for (char& c : verdict) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  char headline[160];
  std::snprintf(headline, sizeof headline, "%s: %.0f%% likely fake (model threshold %.0f%%)",
                verdict.c_str(), 100 * result.fake_probability(), 100 * model.info().threshold);
  out << (article.title.empty() ? article.id : article.title) << "\n  " << headline;
  if (model.info().has_satire_head) {
    char satire[64];
    std::snprintf(satire, sizeof satire, "; reads as satire: %.0f%%", 100 * p.satire_probability);
    out << satire;
  }
  out << "\n";
  const Explanation& e = p.explanation;
  out << "  toward fake: " << term_list(e.top_fake, top) << "\n";
  out << "  toward real: " << term_list(e.top_real, top) << "\n";
  for (std::size_t i = 0; i < e.sentences.size(); ++i) {
    std::string text = e.sentences[i].text;
    if (text.size() > 160) text = text.substr(0, 157) + "...";
    out << (i == 0 ? "  key sentences:\n" : "") << "    " << signed_weight(e.sentences[i].weight)
        << "  " << text << "\n";
  }
  std::string signals;
  for (std::size_t i = 0; i < e.signals.size() && i < 5; ++i) {
    const SignalContribution& s = e.signals[i];
    char value[64];
    std::snprintf(value, sizeof value, "%s=%.2f (%s)", s.name.c_str(), s.value,
                  signed_weight(s.contribution).c_str());
    signals += (signals.empty() ? "" : ", ") + std::string(value);
  }
  if (!signals.empty()) out << "  style: " << signals << "\n";
  if (!article.cited_sources.empty()) {
    out << "  cites: " << joined(article.cited_sources) << "\n";
  }
  std::string groups;
  for (const GroupContribution& group : p.groups) {
    if (group.name == "bias") continue;
    groups += (groups.empty() ? "" : ", ") + group.name + " " + signed_weight(group.contribution);
  }
  out << "  evidence by group (logits): " << groups << "\n";
}

int run_check(const CheckFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  CheckerOptions options;
  options.predict.top_terms = std::max<std::size_t>(flags.top, 10);
  const std::shared_ptr<const Checker> checker =
      make_checker_or_report(flags.checker, EvidenceUse::kDefaultStore, options);
  if (!checker) return 1;
  bool an_input_gave_nothing = false;
  bool first = true;
  std::size_t checked = 0;
  const auto emit = [&](CheckedRecord& record) {
    if (!record.result.ok()) {
      std::cerr << "verity: " << record.result.status().to_string() << "\n";
      if (flags.json) std::cout << error_to_json(record.id, record.result.status()) << "\n";
      return;
    }
    ++checked;
    const CheckResult& result = record.result.value();
    report_evidence_failure(result);
    if (flags.json) {
      std::cout << check_to_json(result) << "\n";
    } else {
      if (!first) std::cout << "\n";
      print_verdict(result, checker->model(), flags.top, std::cout);
      print_evidence(result, std::cout);
    }
    first = false;
  };
  for (const std::string& path : flags.inputs) {
    checked = 0;
    if (is_web_url(path)) {  // a page on the web: fetch it, then check it like a file
      CheckedRecord record;
      record.id = path;
      Result<Document> page = fetch_document(path);
      record.result = page.ok() ? checker->check(page.value()) : Result<CheckResult>(page.status());
      emit(record);
      if (checked == 0) an_input_gave_nothing = true;
      continue;
    }
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, *reader_flags);
    if (!reader.ok()) {
      std::cerr << "verity: " << reader.status().to_string() << "\n";
      an_input_gave_nothing = true;
      continue;
    }
    check_all(*checker, *reader.value(), default_threads(), emit);
    if (checked == 0) an_input_gave_nothing = true;
  }
  return an_input_gave_nothing ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* command = app.add_subcommand(
      "check",
      "Judge articles: probability of fake, a verdict, and the words, sentences and "
      "signals that moved it");
  command
      ->add_option(
          "inputs", flags->inputs,
          "Files to check (- for standard input; http(s):// URLs are fetched); any input kind")
      ->required();
  add_model_option(*command, flags->checker.model);
  add_input_flags(*command, flags->input);
  add_evidence_options(*command, flags->checker);
  command->add_flag("--json", flags->json, "Print one JSON record per article (the batch record)");
  command->add_option("--top", flags->top, "Words to show each way")->capture_default_str();
  command->footer(
      "Verdicts: fake at or above the model's threshold, uncertain from 0.6 x threshold up to it, "
      "real below; "
      "an article over the threshold is satire instead of fake when the satire head says so.");
  command->callback([flags, &action] { action = [flags] { return run_check(*flags); }; });
}

}  // namespace verity::cli
