// "More like this": an article's most distinctive terms make the query.
// Searching with the whole text would be slow and would rank by whatever
// common words the article repeats; tf-idf picks the words that set this
// story apart from the rest of the store.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "evidence/same_story.h"
#include "evidence/terms.h"
#include "verity/evidence/article_store.h"

namespace verity {
namespace {

// Title words say what the story is about more surely than body words.
constexpr double kTitleWeight = 2.0;

// Candidates fetched by BM25 for each article returned.
constexpr std::size_t kPoolPerResult = 3;

// The article's content terms that the store holds, with their tf-idf
// weights, best first; `hash` is the article's content_hash().
Result<std::vector<std::pair<double, std::string>>> weighted_query_terms(ArticleStore& store,
                                                                         const Article& article,
                                                                         const std::string& hash,
                                                                         std::size_t count) {
  const Result<std::size_t> stored = store.size();
  if (!stored.ok()) return stored.status();
  // When the article itself is stored, its own words would count as held by
  // the store: weigh terms as if it were not, so a word only it holds is not
  // the query's best term and the query is the same either way.
  const Result<bool> self = store.is_stored(hash);
  if (!self.ok()) return self.status();
  const std::size_t own = self.value() ? 1 : 0;
  const double documents = static_cast<double>(stored.value() - own);
  std::vector<std::pair<double, std::string>> ranked;
  for (auto& [term, frequency] : evidence::content_term_counts(article, kTitleWeight)) {
    const Result<std::size_t> df = store.document_frequency(term);
    if (!df.ok()) return df.status();
    // A term no other stored article holds cannot find anything.
    if (df.value() <= own) continue;
    const double idf = std::log((documents + 1) / static_cast<double>(df.value() - own));
    ranked.emplace_back((1 + std::log(frequency)) * idf, term);
  }
  // Ties break on the term so the query does not depend on hash order.
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (ranked.size() > count) ranked.resize(count);
  return ranked;
}

}  // namespace

Result<std::vector<std::string>> related_query_terms(ArticleStore& store, const Article& article,
                                                     std::size_t count) {
  Result<std::vector<std::pair<double, std::string>>> weighted =
      weighted_query_terms(store, article, content_hash(article), count);
  if (!weighted.ok()) return weighted.status();
  std::vector<std::string> terms;
  for (auto& entry : weighted.value()) terms.push_back(std::move(entry.second));
  return terms;
}

Result<RelatedResult> find_related(ArticleStore& store, const Article& article,
                                   const RelatedOptions& options) {
  const std::string self = content_hash(article);
  Result<std::vector<std::pair<double, std::string>>> weighted =
      weighted_query_terms(store, article, self, options.query_terms);
  if (!weighted.ok()) return weighted.status();
  RelatedResult result;
  double total_weight = 0;
  std::unordered_map<std::string_view, double> weight_of;
  for (const auto& [weight, term] : weighted.value()) {
    result.query_terms.push_back(term);
    weight_of[term] = weight;  // views into `weighted`, which outlives the map
    total_weight += weight;
  }
  if (result.query_terms.empty() || options.limit == 0) return result;
  // What the article names, for the same-story rule: its title and body.
  evidence::StoryFacts facts;
  if (options.min_shared_names > 0) {
    std::string text = article.title + ".\n" + article.body();
    facts = evidence::story_facts(text, false);
    for (const std::string& name : evidence::story_facts(article.title, true).names)
      facts.names.insert(name);
    if (article.date) facts.day = evidence::day_number(*article.date);
  }
  // BM25 over an OR query rewards a short text that repeats one rare term;
  // taking a wider pool and keeping only articles that share enough of the
  // query leaves out those that match the story on a single word.
  Result<std::vector<RelatedArticle>> found =
      store.search(result.query_terms, options.limit * kPoolPerResult + 1);
  if (!found.ok()) return found.status();
  for (RelatedArticle& candidate : found.value()) {
    if (candidate.article.hash == self) continue;
    double shared = 0;
    for (const std::string& term : candidate.shared_terms) {
      if (const auto found_term = weight_of.find(term); found_term != weight_of.end())
        shared += found_term->second;
    }
    candidate.coverage = total_weight > 0 ? shared / total_weight : 0;
    if (candidate.shared_terms.size() < std::min(options.min_shared_terms, weight_of.size()) ||
        candidate.coverage < options.min_coverage)
      continue;
    if (options.min_shared_names > 0) {
      evidence::StoryFacts headline = evidence::story_facts(candidate.article.title, true);
      headline.day = evidence::day_number(candidate.article.date);
      evidence::SameStoryOptions same;
      same.min_shared_names = options.min_shared_names;
      same.max_days_apart = options.max_days_apart;
      if (!evidence::compare_stories(headline, facts, same).same) continue;
    }
    result.articles.push_back(std::move(candidate));
  }
  if (result.articles.size() > options.limit) result.articles.resize(options.limit);
  return result;
}

}  // namespace verity
