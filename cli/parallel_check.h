// Checks the records of a reader on several threads, in chunks, handing the
// results back in input order: batch, eval and check share it.
#ifndef VERITY_CLI_PARALLEL_CHECK_H_
#define VERITY_CLI_PARALLEL_CHECK_H_

#include <functional>
#include <memory>
#include <vector>

#include "verity/check.h"
#include "verity/reader.h"

namespace verity::cli {

// One input record and what checking it gave.
struct CheckedRecord {
  std::size_t number = 0;
  std::string id;         // the record's id, or its number when it has none
  std::size_t bytes = 0;  // size of its content, for progress
  unsigned thread = 0;    // the checking thread (0 .. threads-1), for per-thread state in `render`
  Result<CheckResult> result{Status(StatusCode::kUnreadable, "not checked")};
  std::string rendered;  // what `render` made of it, if given
};

// Reads every record of `reader`, checks it against `model` on `threads`
// threads, and calls `emit` once per record, in input order, from the
// calling thread. `render` (optional) runs on the checking thread right
// after each check, so work such as JSON output is spread over the cores too;
// the next chunk is read while the threads work on the current one.
void check_all(DocumentReader& reader, const Model& model, const CheckOptions& options,
               unsigned threads, const std::function<void(CheckedRecord&)>& emit,
               const std::function<void(CheckedRecord&)>& render = nullptr);

unsigned default_threads();  // every core

}  // namespace verity::cli

#endif  // VERITY_CLI_PARALLEL_CHECK_H_
