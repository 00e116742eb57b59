// ArticleStore over SQLite FTS5. Articles live in `articles` (keyed by a
// content hash, so re-adding is a no-op), FTS5 indexes their title and body
// without a second copy, and `term_stats` keeps each content term's document
// frequency, which FTS5 can only give by walking a whole posting list.
#include "evidence/sqlite_article_store.h"

#include <algorithm>
#include <optional>

#include "evidence/terms.h"

namespace verity::evidence {
namespace {

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
  Result<std::size_t> document_frequency(std::string_view term) override;
  Result<std::vector<RelatedArticle>> search(const std::vector<std::string>& terms,
                                             std::size_t limit) override;
  Result<std::vector<CopyCandidate>> copy_candidates(const MinHashSignature& signature,
                                                     std::size_t limit) override;

 private:
  // Stores the article's signature unless it has one, and queues its band
  // keys in pending_bands_ (written sorted at the end of the batch, so the
  // inserts walk the band index's B-tree in order rather than at random).
  Status store_signature(std::int64_t key, const Article& article);
  Status write_pending_bands();
  // An article stored before schema version 3 has no signature: give it one.
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
  std::optional<Statement> insert_article_, insert_text_, add_df_, get_df_;
  std::optional<Statement> insert_minhash_, insert_band_, unsigned_key_, candidates_;
  std::optional<std::size_t> size_;  // cached: articles are only ever added
  std::vector<std::pair<std::int64_t, std::int64_t>> pending_bands_;  // (band, article)
};

Result<IndexReport> SqliteArticleStore::add(const std::vector<Article>& articles,
                                            const std::vector<std::string>& origins) {
  Result<Statement*> insert_article = statement(
      insert_article_,
      "INSERT INTO articles (hash, id, title, domain, url, date, dataset, label, origin, body) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING");
  Result<Statement*> insert_text =
      statement(insert_text_, "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)");
  Result<Statement*> add_df = statement(add_df_,
                                        "INSERT INTO term_stats (term, df) VALUES (?, ?) "
                                        "ON CONFLICT (term) DO UPDATE SET df = df + excluded.df");
  for (const auto* prepared : {&insert_article, &insert_text, &add_df}) {
    if (!prepared->ok()) return prepared->status();
  }
  const Result<std::size_t> before = size();
  if (!before.ok()) return before.status();

  Transaction transaction(connection_);
  if (!transaction.begun().ok()) return transaction.begun();
  pending_bands_.clear();  // left over from a batch that failed
  IndexReport report;
  // Each content term's count of new articles holding it, and the last
  // article that counted it (so repeats within one article count once).
  struct TermCount {
    std::int64_t df = 0;
    std::size_t last = static_cast<std::size_t>(-1);
  };
  TermMap<TermCount> batch_df;
  std::string buffer;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& article = articles[i];
    const std::string body = article.body();
    Statement& row = *insert_article.value();
    row.bind(1, content_hash(article)).bind(2, article.id).bind(3, article.title);
    row.bind(4, article.domain).bind(5, article.url).bind(6, article.date.value_or(""));
    row.bind(7, article.dataset).bind(8, article.label);
    row.bind(9, i < origins.size() ? std::string_view(origins[i]) : std::string_view());
    row.bind(10, body);
    if (Status status = row.run(); !status.ok()) return status;
    if (sqlite3_changes(connection_.handle()) == 0) {
      ++report.already_stored;
      if (Status status = backfill_signature(article, content_hash(article)); !status.ok())
        return status;
      continue;
    }
    const auto key = static_cast<std::int64_t>(sqlite3_last_insert_rowid(connection_.handle()));
    Statement& text = *insert_text.value();
    text.bind(1, key).bind(2, article.title).bind(3, body);
    if (Status status = text.run(); !status.ok()) return status;
    if (Status status = store_signature(key, article); !status.ok()) return status;
    for_each_content_term(article, buffer, [&](std::string_view term, bool) {
      auto found = batch_df.find(term);
      if (found == batch_df.end()) found = batch_df.emplace(std::string(term), TermCount{}).first;
      if (found->second.last != i) {
        found->second.last = i;
        ++found->second.df;
      }
    });
    ++report.added;
  }
  // In term order, so the upserts walk the term table's B-tree once.
  std::vector<std::pair<std::string_view, std::int64_t>> sorted;
  sorted.reserve(batch_df.size());
  for (const auto& [term, count] : batch_df) sorted.emplace_back(term, count.df);
  std::sort(sorted.begin(), sorted.end());
  for (const auto& [term, df] : sorted) {
    if (Status status = add_df.value()->bind(1, term).bind(2, df).run(); !status.ok())
      return status;
  }
  if (Status status = write_pending_bands(); !status.ok()) return status;
  if (Status status = transaction.commit(); !status.ok()) return status;
  size_ = before.value() + report.added;
  return report;
}

Status SqliteArticleStore::store_signature(std::int64_t key, const Article& article) {
  const MinHashSignature signature = minhash_signature(article);
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
  for (const std::uint64_t band : minhash_bands(signature))
    pending_bands_.emplace_back(static_cast<std::int64_t>(band), key);
  return Status();
}

Status SqliteArticleStore::write_pending_bands() {
  Result<Statement*> insert_band =
      statement(insert_band_,
                "INSERT INTO minhash_bands (band, article) VALUES (?, ?) ON CONFLICT DO NOTHING");
  if (!insert_band.ok()) return insert_band.status();
  std::sort(pending_bands_.begin(), pending_bands_.end());
  for (const auto& [band, key] : pending_bands_) {
    if (Status status = insert_band.value()->bind(1, band).bind(2, key).run(); !status.ok())
      return status;
  }
  pending_bands_.clear();
  return Status();
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
  return key < 0 ? Status() : store_signature(key, article);
}

Result<std::vector<CopyCandidate>> SqliteArticleStore::copy_candidates(
    const MinHashSignature& signature, std::size_t limit) {
  std::vector<CopyCandidate> found;
  if (signature.empty() || limit == 0) return found;
  std::string bands_in;
  for (std::size_t i = 0; i < kBands; ++i) bands_in += i == 0 ? "?" : ", ?";
  Result<Statement*> prepared = statement(
      candidates_,
      "SELECT a.hash, a.id, a.title, a.domain, a.url, a.date, a.dataset, a.label, a.origin, "
      "m.shingles, m.signature, top.shared FROM (SELECT article, count(*) AS shared FROM "
      "minhash_bands WHERE band IN (" +
          bands_in +
          ") GROUP BY article ORDER BY shared DESC, "
          "article LIMIT ?) AS top JOIN articles a ON a.key = top.article JOIN article_minhash m "
          "ON "
          "m.article = top.article ORDER BY top.shared DESC, top.article");
  if (!prepared.ok()) return prepared.status();
  Statement& select = *prepared.value();
  int parameter = 1;
  for (const std::uint64_t band : minhash_bands(signature))
    select.bind(parameter++, static_cast<std::int64_t>(band));
  select.bind(parameter, static_cast<std::int64_t>(limit));
  for (;;) {
    Result<bool> row = select.step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    CopyCandidate candidate;
    read_stored_article(select, candidate.article);
    candidate.signature =
        decode_signature(select.blob(10), static_cast<std::uint32_t>(select.integer(9)));
    candidate.shared_bands = static_cast<std::size_t>(select.integer(11));
    found.push_back(std::move(candidate));
  }
  select.reset();
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
      "-top.rank FROM (SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS rank FROM articles_fts "
      "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?) AS top JOIN articles a ON a.key = "
      "top.rowid ORDER BY top.rank");
  if (!query.ok()) return query.status();
  Statement& select = query.value();
  select.bind(1, match).bind(2, static_cast<std::int64_t>(limit));
  for (;;) {
    Result<bool> row = select.step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    RelatedArticle related;
    read_stored_article(select, related.article);
    related.score = select.real(9).value_or(0);
    found.push_back(std::move(related));
  }
  return found;
}

}  // namespace

std::unique_ptr<ArticleStore> make_sqlite_article_store(const Connection& connection) {
  return std::make_unique<SqliteArticleStore>(connection);
}

}  // namespace verity::evidence
