// "More like this": an article's most distinctive terms make the query.
// Searching with the whole text would be slow and would rank by whatever
// common words the article repeats; tf-idf picks the words that set this
// story apart from the rest of the store.
#include <algorithm>
#include <cmath>

#include "evidence/terms.h"
#include "verity/article_store.h"

namespace verity {
namespace {

// Title words say what the story is about more surely than body words.
constexpr double kTitleWeight = 2.0;

}  // namespace

Result<std::vector<std::string>> related_query_terms(ArticleStore& store, const Article& article,
                                                     std::size_t count) {
  const Result<std::size_t> stored = store.size();
  if (!stored.ok()) return stored.status();
  const double documents = static_cast<double>(stored.value());
  std::vector<std::pair<double, std::string>> ranked;
  for (auto& [term, frequency] : evidence::content_term_counts(article, kTitleWeight)) {
    const Result<std::size_t> df = store.document_frequency(term);
    if (!df.ok()) return df.status();
    // A term no stored article holds cannot find anything.
    if (df.value() == 0) continue;
    const double idf = std::log((documents + 1) / static_cast<double>(df.value()));
    ranked.emplace_back((1 + std::log(frequency)) * idf, term);
  }
  // Ties break on the term so the query does not depend on hash order.
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < ranked.size() && i < count; ++i) terms.push_back(ranked[i].second);
  return terms;
}

Result<RelatedResult> find_related(ArticleStore& store, const Article& article,
                                   const RelatedOptions& options) {
  Result<std::vector<std::string>> terms = related_query_terms(store, article, options.query_terms);
  if (!terms.ok()) return terms.status();
  RelatedResult result;
  result.query_terms = std::move(terms).value();
  if (result.query_terms.empty()) return result;
  Result<std::vector<RelatedArticle>> found = store.search(result.query_terms, options.limit + 1);
  if (!found.ok()) return found.status();
  result.articles = std::move(found).value();
  const std::string self = content_hash(article);
  std::erase_if(result.articles, [&](const RelatedArticle& r) { return r.article.hash == self; });
  if (result.articles.size() > options.limit) result.articles.resize(options.limit);
  return result;
}

}  // namespace verity
