// The bookkeeping that every list import into the evidence store shares.
// Rows go in in transactions of a fixed number of rows, and the import's
// entry in the imports log goes in with the last one: a killed import
// leaves whole batches and no log entry, so it reads as unfinished.
#ifndef VERITY_SRC_EVIDENCE_IMPORT_BATCHES_H_
#define VERITY_SRC_EVIDENCE_IMPORT_BATCHES_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "evidence/sqlite.h"
#include "verity/status.h"

namespace verity::evidence {

// A report keeps the errors of its first 1,000 bad rows and counts the rest.
constexpr std::size_t kMaxReportedBadRows = 1000;

template <typename Report>
void count_bad_row(Report& report, Status error) {
  ++report.bad;
  if (report.bad_rows.size() < kMaxReportedBadRows) report.bad_rows.push_back(std::move(error));
}

class ImportBatches {
 public:
  // `flush` (optional) writes what the import gathered over a batch; it runs
  // inside the batch's transaction, just before the commit.
  ImportBatches(const Connection& connection, std::size_t batch_rows,
                std::function<Status()> flush = {});

  // Opens a transaction unless one is open: call before writing a row.
  Status open();
  // Commits the batch once `rows` rows have been read and it is full.
  Status row_done(std::size_t rows);
  // Logs the import in the imports table and commits the last batch.
  Status finish(std::string_view list, std::string_view path, std::string_view format,
                std::size_t rows, std::size_t imported, std::size_t bad);

 private:
  Status commit();

  const Connection& connection_;
  std::size_t batch_rows_;
  std::function<Status()> flush_;
  std::optional<Transaction> transaction_;
};

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_IMPORT_BATCHES_H_
