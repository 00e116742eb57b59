// A thin RAII layer over the SQLite C API: a connection that names its file in
// every error, prepared statements, and a transaction guard that rolls back
// unless committed (so an error or an exception never leaves a half-written
// batch behind).
//
// Not thread-safe: one Connection (and its statements) per thread.
#ifndef VERITY_SRC_EVIDENCE_SQLITE_H_
#define VERITY_SRC_EVIDENCE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "verity/status.h"

namespace verity::evidence {

class Connection {
 public:
  // Opens (or, with `create`, creates) the database at `path`; ":memory:" is a
  // private in-memory database. Files get WAL journaling with synchronous =
  // NORMAL: a killed process loses at most its open transaction, never a
  // committed one, and the file stays consistent.
  static Result<std::unique_ptr<Connection>> open(const std::string& path, bool create);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

  // "store PATH: WHAT: sqlite's message".
  Status error(std::string_view what) const;
  // Runs statements that return no rows.
  Status exec(std::string_view sql) const;

 private:
  Connection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

class Statement {
 public:
  static Result<Statement> prepare(const Connection& connection, std::string_view sql);
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  ~Statement();

  // Parameters are 1-based, as in SQLite. Text is copied.
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::optional<double> value);
  Statement& bind_blob(int index, std::string_view bytes);

  // True when a row is ready, false when done; an error says what failed.
  Result<bool> step();
  // Runs a statement that returns no rows, then resets it for reuse.
  Status run();
  void reset();

  std::string_view text(int column) const;
  std::string_view blob(int column) const;
  std::int64_t integer(int column) const;
  std::optional<double> real(int column) const;  // nullopt for NULL

 private:
  Statement(sqlite3_stmt* stmt, const Connection* connection)
      : stmt_(stmt), connection_(connection) {}
  sqlite3_stmt* stmt_ = nullptr;
  const Connection* connection_ = nullptr;
};

// BEGIN IMMEDIATE on construction (the write lock is taken up front, so a
// second writer waits rather than failing half-way); ROLLBACK on destruction
// unless commit() succeeded.
class Transaction {
 public:
  explicit Transaction(const Connection& connection);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  const Status& begun() const { return begun_; }
  Status commit();

 private:
  const Connection& connection_;
  Status begun_;
  bool open_ = false;
};

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_SQLITE_H_
