// verity extract FILE...: print each input as a cleaned article.
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "input_options.h"
#include "joined.h"
#include "progress.h"
#include "verity/extract.h"
#include "verity/json.h"
#include "verity/reader.h"

namespace verity::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> inputs;
  InputFlags input;
  bool json = false;
  bool show_removed = false;
  bool strict = false;
};

void print_text(const Article& article, bool show_removed, std::ostream& out) {
  out << "# " << (article.title.empty() ? "(no title)" : article.title) << "\n";
  std::string meta;
  const auto add = [&](const std::string& name, const std::string& value) {
    if (value.empty()) return;
    if (!meta.empty()) meta += " | ";
    meta += name + ": " + value;
  };
  add("by", joined(article.authors));
  add("date", article.date.value_or(""));
  add("domain", article.domain);
  add("cites", joined(article.cited_sources));
  if (!meta.empty()) out << meta << "\n";
  for (const std::string& paragraph : article.paragraphs) out << "\n" << paragraph << "\n";
  if (article.removed.empty()) return;
  if (show_removed) {
    out << "\n[removed " << article.removed.size() << " lines]\n";
    for (const RemovedLine& line : article.removed)
      out << "  - (" << line.reason << ") " << line.text << "\n";
    return;
  }
  std::map<std::string, int> reasons;
  for (const RemovedLine& line : article.removed) ++reasons[line.reason];
  out << "\n[removed " << article.removed.size() << " lines:";
  bool first = true;
  for (const auto& [reason, count] : reasons) {
    out << (first ? " " : ", ") << count << " " << reason;
    first = false;
  }
  out << "; --show-removed lists them]\n";
}

// Extracts every record of one input; returns the number of articles written.
std::size_t extract_input(const std::string& path, const ReaderOptions& options,
                          const ExtractFlags& flags, std::size_t* failures) {
  Result<std::unique_ptr<DocumentReader>> opened = DocumentReader::open(path, options);
  if (!opened.ok()) {
    std::cerr << "verity: " << opened.status().to_string() << "\n";
    ++*failures;
    return 0;
  }
  DocumentReader& reader = *opened.value();
  ExtractOptions extract_options;
  extract_options.max_document_bytes = options.max_document_bytes;
  extract_options.keep_typography = true;  // the page's text as it wrote it
  Progress progress("extract " + path);
  std::size_t written = 0;
  bool first = true;
  DocumentRecord record;
  while (reader.next(record)) {
    Status status = record.status;
    if (status.ok()) {
      Result<Article> article = extract_article(record.document, extract_options);
      if (article.ok()) {
        if (flags.json) {
          std::cout << article_to_json(article.value()) << "\n";
        } else {
          if (!first) std::cout << "\n----\n\n";
          print_text(article.value(), flags.show_removed, std::cout);
        }
        first = false;
        ++written;
      } else {
        status = article.status();
      }
    }
    if (!status.ok()) {
      std::cerr << "verity: " << status.to_string() << "\n";
      ++*failures;
    }
    progress.advance(record.document.content.size(), !status.ok());
  }
  if (written == 0) std::cerr << "verity: " << path << ": no article could be read\n";
  return written;
}

int run_extract(const ExtractFlags& flags) {
  const std::optional<ReaderOptions> options = reader_options_or_report(flags.input);
  if (!options) return 2;
  std::size_t failures = 0;
  bool an_input_gave_nothing = false;
  for (const std::string& path : flags.inputs) {
    if (extract_input(path, *options, flags, &failures) == 0) an_input_gave_nothing = true;
  }
  std::cout.flush();
  if (an_input_gave_nothing) return 1;
  return flags.strict && failures > 0 ? 1 : 0;
}

}  // namespace

void add_extract_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* command = app.add_subcommand("extract",
                                         "Clean inputs into articles: title, authors, date, "
                                         "domain, body, cited sources and the page chrome removed");
  command
      ->add_option("inputs", flags->inputs,
                   "Files to read (- for standard input); text, HTML, JSONL, CSV, TSV, "
                   "LIAR TSV, optionally gzip-compressed")
      ->required();
  add_input_flags(*command, flags->input);
  command->add_flag("--json", flags->json, "Print one JSON object per article (JSON Lines)");
  command->add_flag("--show-removed", flags->show_removed,
                    "List every removed line with its reason");
  command->add_flag("--strict", flags->strict, "Exit with 1 when any record could not be read");
  command->footer(
      "Exit status: 0 when every input gave articles (unreadable records are reported on stderr "
      "and skipped), "
      "1 when an input gave none (or, with --strict, when any record failed), 2 on bad usage.");
  command->callback([flags, &action] { action = [flags] { return run_extract(*flags); }; });
}

}  // namespace verity::cli
