// ArticleStore over SQLite FTS5. Articles live in `articles` (keyed by a
// content hash, so re-adding is a no-op), FTS5 indexes their title and body
// without a second copy, and `term_stats` keeps each content term's document
// frequency, which FTS5 can only give by walking a whole posting list.
#include "evidence/sqlite_article_store.h"

#include <optional>
#include <unordered_map>

#include "evidence/terms.h"

namespace verity::evidence {
namespace {

class SqliteArticleStore final : public ArticleStore {
 public:
  explicit SqliteArticleStore(const Connection& connection) : connection_(connection) {}

  Result<IndexReport> add(const std::vector<Article>& articles,
                          const std::vector<std::string>& origins) override;
  Result<std::size_t> size() override;
  Result<std::size_t> document_frequency(std::string_view term) override;
  Result<std::vector<RelatedArticle>> search(const std::vector<std::string>& terms,
                                             std::size_t limit) override;

 private:
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
  std::optional<std::size_t> size_;  // cached: articles are only ever added
};

Result<IndexReport> SqliteArticleStore::add(const std::vector<Article>& articles,
                                            const std::vector<std::string>& origins) {
  Result<Statement*> insert_article = statement(
      insert_article_,
      "INSERT INTO articles (hash, id, title, body, domain, url, date, dataset, label, origin) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING");
  Result<Statement*> insert_text =
      statement(insert_text_, "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)");
  Result<Statement*> add_df = statement(
      add_df_,
      "INSERT INTO term_stats (term, df) VALUES (?, ?) "
      "ON CONFLICT (term) DO UPDATE SET df = df + excluded.df");
  for (const auto* prepared : {&insert_article, &insert_text, &add_df}) {
    if (!prepared->ok()) return prepared->status();
  }
  const Result<std::size_t> before = size();
  if (!before.ok()) return before.status();

  Transaction transaction(connection_);
  if (!transaction.begun().ok()) return transaction.begun();
  IndexReport report;
  std::unordered_map<std::string, std::int64_t> batch_df;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& article = articles[i];
    const std::string body = article.body();
    Statement& row = *insert_article.value();
    row.bind(1, content_hash(article)).bind(2, article.id).bind(3, article.title).bind(4, body);
    row.bind(5, article.domain).bind(6, article.url).bind(7, article.date.value_or(""));
    row.bind(8, article.dataset).bind(9, article.label);
    row.bind(10, i < origins.size() ? std::string_view(origins[i]) : std::string_view());
    if (Status status = row.run(); !status.ok()) return status;
    if (sqlite3_changes(connection_.handle()) == 0) {
      ++report.already_stored;
      continue;
    }
    Statement& text = *insert_text.value();
    text.bind(1, static_cast<std::int64_t>(sqlite3_last_insert_rowid(connection_.handle())));
    text.bind(2, article.title).bind(3, body);
    if (Status status = text.run(); !status.ok()) return status;
    for (auto& [term, count] : content_term_counts(article, 1.0)) {
      (void)count;
      ++batch_df[term];
    }
    ++report.added;
  }
  for (const auto& [term, df] : batch_df) {
    if (Status status = add_df.value()->bind(1, term).bind(2, df).run(); !status.ok())
      return status;
  }
  if (Status status = transaction.commit(); !status.ok()) return status;
  size_ = before.value() + report.added;
  return report;
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
      "-bm25(articles_fts, 2.0, 1.0) FROM articles_fts JOIN articles a ON a.key = "
      "articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 2.0, 1.0) "
      "LIMIT ?");
  if (!query.ok()) return query.status();
  Statement& select = query.value();
  select.bind(1, match).bind(2, static_cast<std::int64_t>(limit));
  for (;;) {
    Result<bool> row = select.step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    RelatedArticle related;
    StoredArticle& a = related.article;
    std::string* fields[] = {&a.hash,  &a.id,      &a.title, &a.domain, &a.url,
                             &a.date, &a.dataset, &a.label, &a.origin};
    for (int c = 0; c < 9; ++c) *fields[c] = select.text(c);
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
