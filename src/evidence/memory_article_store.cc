// ArticleStore in memory: an inverted index with the same BM25 as SQLite's
// FTS5 (k1 = 1.2, b = 0.75, per-column weights on term frequency, length
// over all columns), so tests of "more like this" run without a database and
// both backends can be held to one specification.
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "evidence/copy_estimate.h"
#include "evidence/terms.h"
#include "verity/evidence/article_store.h"

namespace verity {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kTitleWeight = 2.0;  // as bm25(articles_fts, 2.0, 1.0)

class MemoryArticleStore final : public ArticleStore {
 public:
  Result<bool> is_stored(const std::string& hash) override { return hashes_.contains(hash); }

  Result<IndexReport> add(const std::vector<Article>& articles,
                          const std::vector<std::string>& origins) override {
    IndexReport report;
    for (std::size_t i = 0; i < articles.size(); ++i) {
      const Article& article = articles[i];
      StoredArticle stored{
          content_hash(article), article.id,    article.title,
          article.domain,        article.url,   article.date.value_or(""),
          article.dataset,       article.label, i < origins.size() ? origins[i] : std::string()};
      if (!hashes_.insert(stored.hash).second) {
        ++report.already_stored;
        continue;
      }
      const std::size_t doc = documents_.size();
      evidence::TermMap<std::pair<double, double>> counts;  // in title, in body
      std::size_t length = 0;
      std::string buffer;
      const auto count = [&](std::string_view text, bool title) {
        evidence::for_each_index_term(text, buffer, [&](std::string_view term) {
          auto found = counts.find(term);
          if (found == counts.end())
            found = counts.emplace(std::string(term), std::pair(0.0, 0.0)).first;
          (title ? found->second.first : found->second.second) += 1;
          ++length;
        });
      };
      count(article.title, true);
      count(article.body(), false);
      for (const auto& [term, tf] : counts) postings_[term].push_back({doc, tf.first, tf.second});
      const MinHashSignature signature = minhash_signature(article);
      if (!signature.empty()) {
        for (const std::uint64_t band : minhash_bands(signature)) bands_[band].push_back(doc);
      }
      documents_.push_back({std::move(stored), static_cast<double>(length), signature});
      total_length_ += static_cast<double>(length);
      ++report.added;
    }
    return report;
  }

  Result<std::size_t> size() override { return documents_.size(); }

  Result<std::size_t> document_frequency(std::string_view term) override {
    const auto found = postings_.find(std::string(term));
    return found == postings_.end() ? std::size_t{0} : found->second.size();
  }

  Result<std::vector<RelatedArticle>> search(const std::vector<std::string>& terms,
                                             std::size_t limit) override {
    const double n = static_cast<double>(documents_.size());
    const double average = n > 0 ? total_length_ / n : 1;
    std::unordered_map<std::size_t, double> scores;
    std::unordered_map<std::size_t, std::vector<std::string>> matched;  // doc -> query terms held
    std::unordered_set<std::string> seen;
    for (const std::string& term : terms) {
      if (!seen.insert(term).second) continue;
      const auto found = postings_.find(term);
      if (found == postings_.end()) continue;
      const double hits = static_cast<double>(found->second.size());
      const double idf = std::max(std::log((n - hits + 0.5) / (hits + 0.5)), 1e-6);
      for (const Posting& p : found->second) {
        const double tf = kTitleWeight * p.title + p.body;
        const double length = documents_[p.doc].length;
        scores[p.doc] += idf * tf * (kK1 + 1) / (tf + kK1 * (1 - kB + kB * length / average));
        matched[p.doc].push_back(term);
      }
    }
    std::vector<std::pair<double, std::size_t>> ranked;
    for (const auto& [doc, score] : scores) ranked.emplace_back(score, doc);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<RelatedArticle> found;
    for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) {
      const std::size_t doc = ranked[i].second;
      found.push_back({documents_[doc].stored, ranked[i].first, std::move(matched[doc])});
    }
    return found;
  }

  Result<std::vector<CopyCandidate>> copy_candidates(const MinHashSignature& signature,
                                                     std::size_t limit) override {
    std::unordered_map<std::size_t, std::size_t> shared;  // doc -> bands in common
    if (!signature.empty()) {
      for (const std::uint64_t band : minhash_bands(signature)) {
        const auto found = bands_.find(band);
        if (found == bands_.end()) continue;
        for (const std::size_t doc : found->second) ++shared[doc];
      }
    }
    std::vector<std::pair<std::size_t, std::size_t>> ranked(shared.begin(), shared.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::vector<CopyCandidate> found;
    for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) {
      const Document& document = documents_[ranked[i].first];
      found.push_back({document.stored, document.signature, ranked[i].second});
    }
    return found;
  }

 private:
  struct Posting {
    std::size_t doc;
    double title, body;  // term frequency in each column
  };
  struct Document {
    StoredArticle stored;
    double length;  // index terms in title and body
    MinHashSignature signature;
  };
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> bands_;  // band key -> docs
  std::vector<Document> documents_;
  std::unordered_map<std::string, std::vector<Posting>> postings_;
  std::unordered_set<std::string> hashes_;
  double total_length_ = 0;
};

}  // namespace

std::unique_ptr<ArticleStore> make_memory_article_store() {
  return std::make_unique<MemoryArticleStore>();
}

}  // namespace verity
