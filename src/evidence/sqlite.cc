#include "evidence/sqlite.h"

#include <utility>

namespace verity::evidence {

Result<std::unique_ptr<Connection>> Connection::open(const std::string& path, bool create) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    const StatusCode code = rc == SQLITE_CANTOPEN ? StatusCode::kNotFound : StatusCode::kIoError;
    return Status(code, "store " + path + ": cannot open (" + message + ")");
  }
  std::unique_ptr<Connection> connection(new Connection(db, path));
  sqlite3_busy_timeout(db, 10000);
  const bool in_memory = path == ":memory:" || path.empty();
  if (!in_memory) {
    if (Status status = connection->exec("PRAGMA journal_mode = WAL"); !status.ok()) return status;
  }
  // A 64 MiB page cache: indexing rewrites the same FTS5 and term pages often.
  if (Status status = connection->exec("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536");
      !status.ok())
    return status;
  return connection;
}

Connection::~Connection() { sqlite3_close_v2(db_); }

Status Connection::error(std::string_view what) const {
  const int code = sqlite3_errcode(db_);
  const StatusCode status_code =
      code == SQLITE_CORRUPT || code == SQLITE_NOTADB ? StatusCode::kCorrupt : StatusCode::kIoError;
  return Status(status_code,
                "store " + path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

Status Connection::exec(std::string_view sql) const {
  char* message = nullptr;
  const std::string statement(sql);
  if (sqlite3_exec(db_, statement.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
    return Status();
  Status status = error(statement.substr(0, statement.find_first_of("(\n")));
  sqlite3_free(message);
  return status;
}

Result<Statement> Statement::prepare(const Connection& connection, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(connection.handle(), sql.data(), static_cast<int>(sql.size()), &stmt,
                         nullptr) != SQLITE_OK) {
    return connection.error("preparing '" + std::string(sql.substr(0, 60)) + "'");
  }
  return Statement(stmt, &connection);
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), connection_(other.connection_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    connection_ = other.connection_;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
  // SQLite reads a null pointer as NULL, not as the empty string.
  sqlite3_bind_text(stmt_, index, text.data() != nullptr ? text.data() : "",
                    static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, std::optional<double> value) {
  if (value) return bind(index, *value);
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data() != nullptr ? bytes.data() : "",
                    static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}

Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status status = connection_->error(std::string("running '") +
                                     std::string(sqlite3_sql(stmt_)).substr(0, 60) + "'");
  sqlite3_reset(stmt_);
  return status;
}

Status Statement::run() {
  Result<bool> stepped = step();
  reset();
  return stepped.status();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string_view Statement::text(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (data == nullptr) return {};
  return std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::blob(int column) const {
  const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  if (data == nullptr) return {};
  return std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

std::optional<double> Statement::real(int column) const {
  if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_double(stmt_, column);
}

Transaction::Transaction(const Connection& connection) : connection_(connection) {
  begun_ = connection_.exec("BEGIN IMMEDIATE");
  open_ = begun_.ok();
}

Transaction::~Transaction() {
  if (open_) (void)connection_.exec("ROLLBACK");
}

Status Transaction::commit() {
  if (!open_) return begun_.ok() ? connection_.error("commit without a transaction") : begun_;
  Status status = connection_.exec("COMMIT");
  if (status.ok()) open_ = false;
  return status;
}

}  // namespace verity::evidence
