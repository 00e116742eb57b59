#include "evidence/import_batches.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace verity::evidence {

ImportBatches::ImportBatches(const Connection& connection, std::size_t batch_rows,
                             std::function<Status()> flush)
    : connection_(connection),
      batch_rows_(std::max<std::size_t>(batch_rows, 1)),
      flush_(std::move(flush)) {}

Status ImportBatches::open() {
  if (transaction_) return Status();
  transaction_.emplace(connection_);
  return transaction_->begun();
}

Status ImportBatches::row_done(std::size_t rows) {
  return rows % batch_rows_ == 0 ? commit() : Status();
}

Status ImportBatches::commit() {
  if (flush_) {
    if (Status status = flush_(); !status.ok()) return status;
  }
  Status status = transaction_->commit();
  transaction_.reset();
  return status;
}

Status ImportBatches::finish(std::string_view list, std::string_view path, std::string_view format,
                             std::size_t rows, std::size_t imported, std::size_t bad) {
  if (Status status = open(); !status.ok()) return status;
  Result<Statement> log = Statement::prepare(
      connection_,
      "INSERT INTO imports (list, file, format, rows, imported, bad) VALUES (?, ?, ?, ?, ?, ?)");
  if (!log.ok()) return log.status();
  log.value().bind(1, list).bind(2, path).bind(3, format);
  log.value().bind(4, static_cast<std::int64_t>(rows));
  log.value().bind(5, static_cast<std::int64_t>(imported));
  log.value().bind(6, static_cast<std::int64_t>(bad));
  if (Status status = log.value().run(); !status.ok()) return status;
  return commit();
}

}  // namespace verity::evidence
