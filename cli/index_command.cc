// verity index add FILE...: store articles (any input kind) in the evidence
// store's full-text index, as the reference corpus `related` searches.
#include <chrono>
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "input_options.h"
#include "progress.h"
#include "store_option.h"
#include "verity/extract.h"

namespace verity::cli {
namespace {

struct IndexFlags {
  std::vector<std::string> inputs;
  std::string store;
  InputFlags input;
  std::string label;
  std::size_t batch = 1000;
  bool authors_only = false;  // `index authors`: count bylines, store no text
};

int run_index(const IndexFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  std::unique_ptr<EvidenceStore> store = open_store_or_report(flags.store, true);
  if (!store) return 1;
  ExtractOptions extract_options;
  extract_options.keep_removed = false;
  const auto start = std::chrono::steady_clock::now();
  IndexReport total;
  std::size_t unreadable = 0, filtered = 0;
  std::vector<Article> batch;
  std::vector<std::string> origins;
  AuthorImportReport bylines;
  const auto flush = [&]() -> bool {
    // Every article's bylines are counted at its outlet, stored or not.
    Result<AuthorImportReport> authors = store->authors().add(batch);
    if (!authors.ok()) {
      std::cerr << "verity: " << authors.status().to_string() << "\n";
      return false;
    }
    bylines.articles += authors.value().articles;
    bylines.repeated += authors.value().repeated;
    bylines.bylines += authors.value().bylines;
    if (flags.authors_only) {
      batch.clear();
      origins.clear();
      return true;
    }
    Result<IndexReport> report = store->articles().add(batch, origins);
    batch.clear();
    origins.clear();
    if (!report.ok()) {
      std::cerr << "verity: " << report.status().to_string() << "\n";
      return false;
    }
    total.added += report.value().added;
    total.already_stored += report.value().already_stored;
    return true;
  };
  int exit_code = 0;
  for (const std::string& path : flags.inputs) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, *reader_flags);
    if (!reader.ok()) {
      std::cerr << "verity: " << reader.status().to_string() << "\n";
      exit_code = 1;
      continue;
    }
    Progress progress("index " + path);
    DocumentRecord record;
    while (reader.value()->next(record)) {
      progress.advance(record.document.content.size(), !record.status.ok());
      if (!record.status.ok()) {
        std::cerr << "verity: " << record.status.to_string() << "\n";
        ++unreadable;
        continue;
      }
      if (!flags.label.empty() && record.document.label != flags.label) {
        ++filtered;
        continue;
      }
      Result<Article> article = extract_article(record.document, extract_options);
      if (!article.ok()) {
        std::cerr << "verity: " << record.document.origin << ": " << article.status().to_string()
                  << "\n";
        ++unreadable;
        continue;
      }
      batch.push_back(std::move(article).value());
      origins.push_back(record.document.origin);
      if (batch.size() >= flags.batch && !flush()) return 1;
    }
  }
  if (!batch.empty() && !flush()) return 1;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::size_t seen = total.added + total.already_stored;
  char rate[64];
  std::snprintf(rate, sizeof rate, "%.1f s, %.0f articles/s", seconds,
                seconds > 0 ? static_cast<double>(seen) / seconds : 0.0);
  std::cerr << "verity: counted the bylines of " << bylines.articles << " articles ("
            << bylines.bylines << " author-outlet counts; " << bylines.repeated
            << " counted before)\n";
  if (flags.authors_only) return exit_code;
  std::cerr << "verity: indexed " << total.added << " new articles (" << total.already_stored
            << " already stored, " << unreadable << " unreadable";
  if (!flags.label.empty()) std::cerr << ", " << filtered << " not labelled " << flags.label;
  const Result<std::size_t> stored = store->articles().size();
  std::cerr << ") in " << rate << "; store " << store->path() << " holds "
            << (stored.ok() ? stored.value() : 0) << "\n";
  return exit_code;
}

}  // namespace

void add_index_command(CLI::App& app, CommandAction& action) {
  CLI::App* command = app.add_subcommand(
      "index", "The reference articles `related` searches, in the evidence store");
  command->require_subcommand(1);
  auto flags = std::make_shared<IndexFlags>();
  CLI::App* add = command->add_subcommand(
      "add", "Index articles (any input kind) by title and body; already stored ones are skipped");
  add->add_option("inputs", flags->inputs, "Files to index (- for standard input)")->required();
  add_store_option(*add, flags->store);
  add_input_flags(*add, flags->input);
  add->add_option("--label", flags->label, "Only records with this label (e.g. real)");
  add->add_option("--batch", flags->batch, "Articles per transaction")->capture_default_str();
  add->callback([flags, &action] { action = [flags] { return run_index(*flags); }; });
  auto author_flags = std::make_shared<IndexFlags>();
  author_flags->authors_only = true;
  CLI::App* authors = command->add_subcommand(
      "authors",
      "Count the bylines of labelled articles at their outlets (URL or publisher), storing no "
      "text: "
      "an author's standing comes from the ratings of the outlets that publish them");
  authors->add_option("inputs", author_flags->inputs, "Files to read (- for standard input)")
      ->required();
  add_store_option(*authors, author_flags->store);
  add_input_flags(*authors, author_flags->input);
  authors->add_option("--label", author_flags->label, "Only records with this label");
  authors->add_option("--batch", author_flags->batch, "Articles per transaction")
      ->capture_default_str();
  authors->callback(
      [author_flags, &action] { action = [author_flags] { return run_index(*author_flags); }; });
}

}  // namespace verity::cli
