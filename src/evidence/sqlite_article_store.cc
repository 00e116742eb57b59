// ArticleStore over SQLite FTS5. Articles live in `articles` (keyed by a
// content hash, so re-adding is a no-op), FTS5 indexes their title and body
// without a second copy, and `term_stats` keeps each content term's document
// frequency, which FTS5 can only give by walking a whole posting list.
// MinHash signatures live in `article_minhash`, their LSH band keys as the
// tokens of a contentless FTS5 table (`minhash_band_index`).
#include "evidence/sqlite_article_store.h"

#include <algorithm>
#include <future>
#include <optional>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "evidence/batch_terms.h"
#include "evidence/copy_estimate.h"
#include "evidence/terms.h"

namespace verity::evidence {
namespace {

// Stored articles a single band key may bring in: a band that thousands of
// articles share is boilerplate, not evidence of copying.
constexpr int kMaxArticlesPerBand = 1000;

// New articles in a batch from which tokenizing moves to a second thread.
constexpr std::size_t kArticlesWorthAThread = 16;

// A band key as an FTS5 token: the low 48 bits in hex (12 characters). Among
// the 6.4 million keys of a 100,000-article store, a lookup meets a key of
// another band by chance about once in 40 million; the full signatures are
// compared afterwards anyway.
constexpr std::size_t kBandTokenChars = 12;
void append_band_token(std::uint64_t band, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (std::size_t i = kBandTokenChars; i-- > 0;) out.push_back(kHex[(band >> (4 * i)) & 0xf]);
}

// Columns 0..8 of a row: hash, id, title, domain, url, date, dataset, label,
// origin.
void read_stored_article(const Statement& row, StoredArticle& a) {
  std::string* fields[] = {&a.hash, &a.id,      &a.title, &a.domain, &a.url,
                           &a.date, &a.dataset, &a.label, &a.origin};
  for (int c = 0; c < 9; ++c) *fields[c] = row.text(c);
}

class SqliteArticleStore final : public ArticleStore {
 public:
  explicit SqliteArticleStore(const Connection& connection) : connection_(connection) {}

  Result<IndexReport> add(const std::vector<Article>& articles,
                          const std::vector<std::string>& origins) override;
  Result<std::size_t> size() override;
  Result<bool> is_stored(const std::string& hash) override;
  Result<std::size_t> document_frequency(std::string_view term) override;
  Result<std::vector<RelatedArticle>> search(const std::vector<std::string>& terms,
                                             std::size_t limit) override;
  Result<std::vector<CopyCandidate>> copy_candidates(const MinHashSignature& signature,
                                                     std::size_t limit) override;

 private:
  // Writes a new article's row and its full-text entry; `key` gets its key.
  Status write_article(const Article& article, const std::string& hash, std::string_view origin,
                       std::int64_t& key);
  // Stores the article's signature and band keys unless it has them.
  Status store_signature(std::int64_t key, const MinHashSignature& signature);
  // An article stored before schema version 4 has no signature: give it one.
  Status backfill_signature(const Article& article, const std::string& hash);

  // Prepared once and reused: preparing costs more than running them.
  Result<Statement*> statement(std::optional<Statement>& slot, std::string_view sql) {
    if (!slot) {
      Result<Statement> prepared = Statement::prepare(connection_, sql);
      if (!prepared.ok()) return prepared.status();
      slot = std::move(prepared).value();
    }
    return &*slot;
  }

  const Connection& connection_;
  std::optional<Statement> insert_article_, insert_text_, add_df_, get_df_, is_stored_;
  std::optional<Statement> insert_minhash_, insert_bands_, unsigned_key_, band_articles_;
  std::optional<Statement> candidate_;
  std::optional<std::size_t> size_;  // cached: articles are only ever added
  std::string band_tokens_;
  BatchTerms batch_terms_;  // kept between batches for its allocations
};

Result<IndexReport> SqliteArticleStore::add(const std::vector<Article>& articles,
                                            const std::vector<std::string>& origins) {
  Result<Statement*> add_df = statement(add_df_,
                                        "INSERT INTO term_stats (term, df) VALUES (?, ?) "
                                        "ON CONFLICT (term) DO UPDATE SET df = df + excluded.df");
  if (!add_df.ok()) return add_df.status();
  const Result<std::size_t> before = size();
  if (!before.ok()) return before.status();

  Transaction transaction(connection_);
  if (!transaction.begun().ok()) return transaction.begun();
  // New articles: not stored, and not repeating an earlier one of the batch.
  std::vector<std::string> hashes(articles.size());
  std::vector<char> fresh(articles.size(), 0);
  std::size_t fresh_count = 0;
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    hashes[i] = content_hash(articles[i]);
    if (!seen.insert(hashes[i]).second) continue;
    Result<bool> stored = is_stored(hashes[i]);
    if (!stored.ok()) return stored.status();
    fresh[i] = stored.value() ? 0 : 1;
    fresh_count += fresh[i];
  }
  // Tokenizing for term statistics and MinHash runs on a second thread while
  // this one has SQLite write the rows and the full-text index.
  batch_terms_.clear();
  std::vector<MinHashSignature> signatures(articles.size());
  const auto count_terms = [&] {
    for (std::size_t i = 0; i < articles.size(); ++i) {
      if (fresh[i]) signatures[i] = batch_terms_.add(articles[i]);
    }
  };
  std::future<void> counting;
  if (fresh_count >= kArticlesWorthAThread) {
    try {
      counting = std::async(std::launch::async, count_terms);
    } catch (const std::system_error&) {  // no thread to be had: do it here
    }
  }
  if (!counting.valid()) count_terms();
  IndexReport report;
  std::vector<std::int64_t> keys(articles.size(), -1);
  Status written;
  for (std::size_t i = 0; i < articles.size() && written.ok(); ++i) {
    written = fresh[i]
                  ? write_article(articles[i], hashes[i],
                                  i < origins.size() ? origins[i] : std::string_view(), keys[i])
                  : backfill_signature(articles[i], hashes[i]);
    ++(fresh[i] ? report.added : report.already_stored);
  }
  if (counting.valid()) counting.get();  // joined before anything is returned
  if (!written.ok()) return written;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (!fresh[i]) continue;
    if (Status status = store_signature(keys[i], signatures[i]); !status.ok()) return status;
  }
  for (const auto& [term, df] : batch_terms_.document_frequencies()) {
    if (Status status = add_df.value()->bind(1, term).bind(2, df).run(); !status.ok())
      return status;
  }
  if (Status status = transaction.commit(); !status.ok()) return status;
  size_ = before.value() + report.added;
  return report;
}

Result<bool> SqliteArticleStore::is_stored(const std::string& hash) {
  Result<Statement*> prepared = statement(is_stored_, "SELECT 1 FROM articles WHERE hash = ?");
  if (!prepared.ok()) return prepared.status();
  Statement& query = *prepared.value();
  query.bind(1, hash);
  Result<bool> row = query.step();
  query.reset();
  return row;
}

Status SqliteArticleStore::write_article(const Article& article, const std::string& hash,
                                         std::string_view origin, std::int64_t& key) {
  Result<Statement*> insert_article = statement(
      insert_article_,
      "INSERT INTO articles (hash, id, title, domain, url, date, dataset, label, origin, body) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert_article.ok()) return insert_article.status();
  Result<Statement*> insert_text =
      statement(insert_text_, "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)");
  if (!insert_text.ok()) return insert_text.status();
  const std::string body = article.body();
  Statement& row = *insert_article.value();
  row.bind(1, hash).bind(2, article.id).bind(3, article.title);
  row.bind(4, article.domain).bind(5, article.url).bind(6, article.date.value_or(""));
  row.bind(7, article.dataset).bind(8, article.label).bind(9, origin).bind(10, body);
  if (Status status = row.run(); !status.ok()) return status;
  key = static_cast<std::int64_t>(sqlite3_last_insert_rowid(connection_.handle()));
  return insert_text.value()->bind(1, key).bind(2, article.title).bind(3, body).run();
}

Status SqliteArticleStore::store_signature(std::int64_t key, const MinHashSignature& signature) {
  if (signature.empty()) return Status();
  Result<Statement*> insert_minhash =
      statement(insert_minhash_,
                "INSERT INTO article_minhash (article, shingles, signature) VALUES (?, ?, ?) "
                "ON CONFLICT (article) DO NOTHING");
  if (!insert_minhash.ok()) return insert_minhash.status();
  Statement& minhash = *insert_minhash.value();
  minhash.bind(1, key).bind(2, static_cast<std::int64_t>(signature.shingles));
  minhash.bind_blob(3, encode_signature(signature));
  if (Status status = minhash.run(); !status.ok()) return status;
  if (sqlite3_changes(connection_.handle()) == 0) return Status();
  Result<Statement*> insert_bands =
      statement(insert_bands_, "INSERT INTO minhash_band_index (rowid, bands) VALUES (?, ?)");
  if (!insert_bands.ok()) return insert_bands.status();
  band_tokens_.clear();
  for (const std::uint64_t band : minhash_bands(signature)) {
    if (!band_tokens_.empty()) band_tokens_.push_back(' ');
    append_band_token(band, band_tokens_);
  }
  return insert_bands.value()->bind(1, key).bind(2, band_tokens_).run();
}

Status SqliteArticleStore::backfill_signature(const Article& article, const std::string& hash) {
  Result<Statement*> unsigned_key =
      statement(unsigned_key_,
                "SELECT a.key FROM articles a WHERE a.hash = ? AND NOT EXISTS "
                "(SELECT 1 FROM article_minhash m WHERE m.article = a.key)");
  if (!unsigned_key.ok()) return unsigned_key.status();
  Statement& query = *unsigned_key.value();
  query.bind(1, hash);
  Result<bool> row = query.step();
  const std::int64_t key = row.ok() && row.value() ? query.integer(0) : -1;
  query.reset();
  if (!row.ok()) return row.status();
  return key < 0 ? Status() : store_signature(key, minhash_signature(article));
}

Result<std::vector<CopyCandidate>> SqliteArticleStore::copy_candidates(
    const MinHashSignature& signature, std::size_t limit) {
  std::vector<CopyCandidate> found;
  if (signature.empty() || limit == 0) return found;
  // One lookup per band (FTS5 cannot count which of an OR's terms matched
  // when it stores no positions), counted here.
  Result<Statement*> lookup =
      statement(band_articles_,
                "SELECT rowid FROM minhash_band_index WHERE minhash_band_index MATCH ? LIMIT " +
                    std::to_string(kMaxArticlesPerBand));
  if (!lookup.ok()) return lookup.status();
  std::unordered_map<std::int64_t, std::size_t> shared;
  std::string token;
  for (const std::uint64_t band : minhash_bands(signature)) {
    token.assign(1, '"');
    append_band_token(band, token);
    token.push_back('"');
    Statement& select = *lookup.value();
    select.bind(1, token);
    for (;;) {
      Result<bool> row = select.step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      ++shared[select.integer(0)];
    }
    select.reset();
  }
  // Most shared bands first, then the earliest stored.
  std::vector<std::pair<std::size_t, std::int64_t>> ranked;
  ranked.reserve(shared.size());
  for (const auto& [key, bands] : shared) ranked.emplace_back(bands, key);
  const auto by_bands = [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  const std::size_t kept = std::min(limit, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(kept),
                    ranked.end(), by_bands);
  ranked.resize(kept);

  Result<Statement*> prepared = statement(
      candidate_,
      "SELECT a.hash, a.id, a.title, a.domain, a.url, a.date, a.dataset, a.label, a.origin, "
      "m.shingles, m.signature FROM articles a JOIN article_minhash m ON m.article = a.key "
      "WHERE a.key = ?");
  if (!prepared.ok()) return prepared.status();
  Statement& select = *prepared.value();
  for (const auto& [bands, key] : ranked) {
    select.bind(1, key);
    Result<bool> row = select.step();
    if (row.ok() && row.value()) {
      CopyCandidate& candidate = found.emplace_back();
      read_stored_article(select, candidate.article);
      candidate.signature =
          decode_signature(select.blob(10), static_cast<std::uint32_t>(select.integer(9)));
      candidate.shared_bands = bands;
    }
    select.reset();
    if (!row.ok()) return row.status();
  }
  return found;
}

Result<std::size_t> SqliteArticleStore::size() {
  if (size_) return *size_;
  Result<Statement> count = Statement::prepare(connection_, "SELECT count(*) FROM articles");
  if (!count.ok()) return count.status();
  Result<bool> row = count.value().step();
  if (!row.ok()) return row.status();
  size_ = static_cast<std::size_t>(count.value().integer(0));
  return *size_;
}

Result<std::size_t> SqliteArticleStore::document_frequency(std::string_view term) {
  Result<Statement*> get = statement(get_df_, "SELECT df FROM term_stats WHERE term = ?");
  if (!get.ok()) return get.status();
  Statement& query = *get.value();
  query.bind(1, term);
  Result<bool> row = query.step();
  const std::size_t df = row.ok() && row.value() ? static_cast<std::size_t>(query.integer(0)) : 0;
  query.reset();
  if (!row.ok()) return row.status();
  return df;
}

Result<std::vector<RelatedArticle>> SqliteArticleStore::search(
    const std::vector<std::string>& terms, std::size_t limit) {
  std::vector<RelatedArticle> found;
  if (terms.empty() || limit == 0) return found;
  // Index terms hold only letters and digits, so quoting each is enough to
  // keep FTS5 from reading one as an operator (AND, NEAR) or a column name.
  std::string match;
  for (const std::string& term : terms) {
    match += (match.empty() ? "\"" : " OR \"") + term + "\"";
  }
  Result<Statement> query = Statement::prepare(
      connection_,
      "SELECT a.hash, a.id, a.title, a.domain, a.url, a.date, a.dataset, a.label, a.origin, "
      "-top.rank, a.body FROM (SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS rank FROM "
      "articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?) AS top JOIN articles a ON "
      "a.key = top.rowid ORDER BY top.rank");
  if (!query.ok()) return query.status();
  Statement& select = query.value();
  select.bind(1, match).bind(2, static_cast<std::int64_t>(limit));
  // Which query terms each result holds, read off its stored text with the
  // indexing term generator: a third of the cost of asking FTS5 term by term.
  TermMap<std::size_t> query_order;
  for (const std::string& term : terms) query_order.emplace(term, query_order.size());
  std::string buffer;
  for (;;) {
    Result<bool> row = select.step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    RelatedArticle related;
    read_stored_article(select, related.article);
    related.score = select.real(9).value_or(0);
    std::vector<bool> held(query_order.size());
    const auto mark = [&](std::string_view term) {
      if (const auto hit = query_order.find(term); hit != query_order.end())
        held[hit->second] = true;
    };
    for_each_index_term(related.article.title, buffer, mark);
    for_each_index_term(select.text(10), buffer, mark);
    for (const std::string& term : terms) {  // in query order, each once
      const std::size_t index = query_order.find(term)->second;
      if (held[index]) related.shared_terms.push_back(term);
      held[index] = false;
    }
    found.push_back(std::move(related));
  }
  return found;
}

}  // namespace

std::unique_ptr<ArticleStore> make_sqlite_article_store(const Connection& connection) {
  return std::make_unique<SqliteArticleStore>(connection);
}

}  // namespace verity::evidence
