// verity related FILE...: the stored articles closest to each input article,
// with their outlet's reputation, and the stored article it copies (MinHash).
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "article_inputs.h"
#include "commands.h"
#include "input_options.h"
#include "joined.h"
#include "store_option.h"
#include "verity/evidence/copies.h"
#include "verity/json.h"

namespace verity::cli {
namespace {

struct RelatedFlags {
  std::vector<std::string> inputs;
  std::string store;
  InputFlags input;
  std::size_t top = 5;
  std::size_t terms = 12;
  double min_coverage = RelatedOptions{}.min_coverage;
  std::size_t min_shared = RelatedOptions{}.min_shared_terms;
  bool json = false;
  bool timing = false;
};

void print_related(const Article& article, const RelatedResult& result,
                   const std::vector<SourceReputation>& reputations,
                   const std::optional<CopyMatch>& copy_of, std::ostream& out) {
  const std::vector<RelatedArticle>& related = result.articles;
  out << (article.title.empty() ? article.id : article.title) << "\n";
  const std::string query = joined(result.query_terms);
  out << "  query: " << (query.empty() ? "(no term the store holds)" : query) << "\n";
  if (copy_of) {
    char estimate[96];
    std::snprintf(estimate, sizeof estimate, " (Jaccard %.2f, overlap %.2f)", copy_of->jaccard,
                  copy_of->overlap);
    const StoredArticle& a = copy_of->article;
    out << "  copy of: " << (a.title.empty() ? a.id : a.title) << estimate << "\n          "
        << (a.domain.empty() ? "(no domain)" : a.domain) << " " << a.origin << "\n";
  }
  if (related.empty()) out << "  no related articles in the store\n";
  for (std::size_t i = 0; i < related.size(); ++i) {
    const StoredArticle& a = related[i].article;
    char score[32];
    std::snprintf(score, sizeof score, "%6.2f", related[i].score);
    out << "  " << score << "  " << (a.title.empty() ? a.id : a.title) << "\n          "
        << (a.domain.empty() ? "(no domain)" : a.domain) << " - "
        << describe_reputation(reputations[i]) << "\n          shares "
        << static_cast<int>(std::lround(related[i].coverage * 100))
        << "% of the query: " << joined(related[i].shared_terms) << "\n";
  }
}

int run_related(const RelatedFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  std::unique_ptr<EvidenceStore> store = open_store_or_report(flags.store, false);
  if (!store) return 1;
  RelatedOptions options;
  options.limit = flags.top;
  options.query_terms = flags.terms;
  options.min_coverage = flags.min_coverage;
  options.min_shared_terms = flags.min_shared;
  bool first = true;
  return for_each_article(
      flags.inputs, *reader_flags, [&](const DocumentRecord& record, const Article& article) {
        const auto start = std::chrono::steady_clock::now();
        Result<RelatedResult> related = find_related(store->articles(), article, options);
        if (!related.ok()) return related.status();
        Result<std::optional<CopyMatch>> copy_of = find_copy_of(store->articles(), article);
        if (!copy_of.ok()) return copy_of.status();
        std::vector<SourceReputation> reputations;
        for (const RelatedArticle& r : related.value().articles) {
          Result<SourceReputation> reputation = store->reputation().lookup(r.article.domain);
          reputations.push_back(reputation.ok() ? reputation.value() : SourceReputation{});
        }
        if (flags.timing) {
          const std::chrono::duration<double, std::milli> took =
              std::chrono::steady_clock::now() - start;
          std::fprintf(stderr, "verity: %s: %.2f ms\n", record.document.origin.c_str(),
                       took.count());
        }
        if (flags.json) {
          std::cout << related_to_json(article, related.value(), reputations, copy_of.value())
                    << "\n";
        } else {
          if (!first) std::cout << "\n";
          print_related(article, related.value(), reputations, copy_of.value(), std::cout);
        }
        first = false;
        return Status();
      });
}

}  // namespace

void add_related_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<RelatedFlags>();
  CLI::App* command = app.add_subcommand(
      "related", "Stored articles closest to each input article, with their outlets' reputation");
  command->add_option("inputs", flags->inputs, "Articles (any input kind; - for standard input)")
      ->required();
  add_store_option(*command, flags->store);
  add_input_flags(*command, flags->input);
  command->add_option("--top", flags->top, "Related articles to show")->capture_default_str();
  command->add_option("--terms", flags->terms, "Distinctive terms in the query")
      ->capture_default_str();
  command
      ->add_option("--min-coverage", flags->min_coverage,
                   "Share of the query's tf-idf weight a related article must hold")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  command
      ->add_option("--min-shared", flags->min_shared,
                   "Query terms a related article must hold (all of a shorter query)")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  command->add_flag("--json", flags->json,
                    "One JSON object per input article: {id, title, query, related, copy_of}");
  command->add_flag("--timing", flags->timing, "Print each search's time on stderr");
  command->callback([flags, &action] { action = [flags] { return run_related(*flags); }; });
}

}  // namespace verity::cli
