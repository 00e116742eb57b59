// Library: verity_evidence.
//
// The article store: reference articles indexed for "more like this" search,
// in Xapian's shape — a term generator turns an article into its most
// distinctive terms (top tf-idf words of title and body), those make an OR
// query, and the store ranks what it holds by BM25 (title words count double).
//
// ArticleStore is an interface with two backends that pass the same tests:
// SQLite FTS5 inside the evidence store (EvidenceStore::articles()) and an
// in-memory index (make_memory_article_store()) for tests and small tools.
// Neither is thread-safe: one store object per thread.
#ifndef VERITY_EVIDENCE_ARTICLE_STORE_H_
#define VERITY_EVIDENCE_ARTICLE_STORE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "verity/article.h"
#include "verity/evidence.h"
#include "verity/status.h"

namespace verity {

// Used by find_copy_of (copies.h) through the backends; defined in
// src/evidence/minhash.h.
struct MinHashSignature;
struct CopyCandidate;

struct IndexReport {
  std::size_t added = 0;
  std::size_t already_stored = 0;  // same content hash: skipped
};

class ArticleStore {
 public:
  virtual ~ArticleStore() = default;

  // Adds `articles` (with `origins[i]` saying where each came from; may be
  // shorter) all at once: in one transaction for SQLite, so a kill leaves
  // the batch wholly in or wholly out. Articles already stored are skipped
  // (an article stored before it had a MinHash signature gets one). Each
  // article's MinHash signature and band keys are stored with it.
  virtual Result<IndexReport> add(const std::vector<Article>& articles,
                                  const std::vector<std::string>& origins = {}) = 0;

  virtual Result<std::size_t> size() = 0;

  // Whether an article with this content hash (see content_hash()) is stored.
  virtual Result<bool> is_stored(const std::string& hash) = 0;

  // How many stored articles contain `term` (an index term: see
  // index_terms()) in their title or body.
  virtual Result<std::size_t> document_frequency(std::string_view term) = 0;

  // Ranks stored articles against an OR of `terms` by BM25; at most `limit`.
  virtual Result<std::vector<RelatedArticle>> search(const std::vector<std::string>& terms,
                                                     std::size_t limit) = 0;

  // Stored articles sharing at least one LSH band with `signature`, most
  // shared bands first; at most `limit`. For find_copy_of (copies.h).
  virtual Result<std::vector<CopyCandidate>> copy_candidates(const MinHashSignature& signature,
                                                             std::size_t limit) = 0;
};

std::unique_ptr<ArticleStore> make_memory_article_store();

// The identity of an article's text: a hex XXH3-128 of its title and body.
std::string content_hash(const Article& article);

// The index terms of a text, in order: runs of letters and digits (any
// non-ASCII character counts as a letter, as in SQLite's unicode61 tokenizer),
// lower-cased. "Don't" gives "don", "t".
std::vector<std::string> index_terms(std::string_view text);

struct RelatedOptions {
  std::size_t limit = 10;        // articles to return
  std::size_t query_terms = 12;  // distinctive terms in the query
  // An article is related only when it holds at least this many of the
  // query terms (all of them when the query is shorter) and this share of
  // the query's tf-idf weight: one shared rare word is a coincidence.
  std::size_t min_shared_terms = 3;
  double min_coverage = 0.3;
  // Same story, not only same topic: the candidate's headline must name at
  // least this many of the people, places and organisations the article
  // names (or one of them and a shared number), and when both are dated
  // they must be at most `max_days_apart` apart. 0 turns the rule off. At 2,
  // FNC-1's test pairs called related are related 94% of the time, at a
  // recall of 23% (bench/related_precision.sh).
  std::size_t min_shared_names = 2;
  int max_days_apart = 7;
};

// The query terms for an article: its words (three letters or more, not
// stop words or numbers) that the store holds, ranked by tf-idf with title
// words counting double, best first.
Result<std::vector<std::string>> related_query_terms(ArticleStore& store, const Article& article,
                                                     std::size_t count);

// The stored articles closest to `article`, leaving out the article itself
// (same content hash), with the terms that found them.
Result<RelatedResult> find_related(ArticleStore& store, const Article& article,
                                   const RelatedOptions& options = {});

}  // namespace verity

#endif  // VERITY_EVIDENCE_ARTICLE_STORE_H_
