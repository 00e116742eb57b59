// Library: verity (core).
//
// Checking many documents at once: a fixed set of worker threads with a
// bounded queue (CheckPool), and the ordered batch loop every face uses
// (check_all): `verity batch`, `eval` and `check`, the HTTP service's
// /v1/check and /v1/batch, and Python's check_many.
#ifndef VERITY_CHECK_POOL_H_
#define VERITY_CHECK_POOL_H_

#include <cstddef>
#include <functional>
#include <limits>
#include <memory>
#include <string>

#include "verity/check.h"
#include "verity/reader.h"

namespace verity {

// Worker threads that run jobs handed over by other threads. A caller's jobs
// go on a bounded queue; when it has no room the caller is refused at once
// (the HTTP service then answers 503) rather than left to pile up.
//
// Thread-safe.
class CheckPool {
 public:
  // `threads` workers (0: one per core), at most `max_queued` jobs waiting.
  explicit CheckPool(unsigned threads = 0,
                     std::size_t max_queued = std::numeric_limits<std::size_t>::max());
  ~CheckPool();  // finishes the queued jobs, then joins the workers
  CheckPool(const CheckPool&) = delete;
  CheckPool& operator=(const CheckPool&) = delete;

  // Runs job(i) for every i in [0, count) on the workers and returns when all
  // are done; returns false at once, running nothing, when the queue has no
  // room for `count` more jobs.
  [[nodiscard]] bool run(std::size_t count, const std::function<void(std::size_t)>& job);

  // The same without waiting: the jobs are queued and the returned handle's
  // wait() returns when they are done. Null when the queue has no room.
  // REQUIRES: `job` outlives the wait.
  class Pending;
  [[nodiscard]] std::unique_ptr<Pending> submit(std::size_t count,
                                                const std::function<void(std::size_t)>& job);

  std::size_t queued() const;  // jobs waiting for a worker
  unsigned workers() const;

 private:
  struct State;
  // Queues `count` jobs of `pending`; false, queuing none, when there is no room.
  bool enqueue(std::size_t count, const std::function<void(std::size_t)>& job, Pending& pending);
  std::unique_ptr<State> state_;
};

// Jobs handed to the pool by submit(); the destructor waits for them.
class CheckPool::Pending {
 public:
  ~Pending();
  Pending(const Pending&) = delete;
  Pending& operator=(const Pending&) = delete;
  void wait();

 private:
  friend class CheckPool;
  struct Request;
  Pending();
  std::unique_ptr<Request> request_;
};

// One input record and what checking it gave.
struct CheckedRecord {
  std::size_t number = 0;  // 1-based position in the input
  std::string id;          // the record's id, or its number when it has none
  std::size_t bytes = 0;   // size of its content, for progress
  Result<CheckResult> result{Status(StatusCode::kUnreadable, "not checked")};
  std::string rendered;  // what `render` made of it, if given
};

// Every core.
unsigned default_threads();

// Reads every record of `reader`, checks each with `checker` on `threads`
// threads (0: every core), and calls `emit` once per record, in input order,
// on the calling thread. `render` (optional) runs on the checking thread
// right after each check, so work such as writing JSON is spread over the
// cores too; the next records are read while the threads check these.
void check_all(const Checker& checker, DocumentReader& reader, unsigned threads,
               const std::function<void(CheckedRecord&)>& emit,
               const std::function<void(CheckedRecord&)>& render = nullptr);

}  // namespace verity

#endif  // VERITY_CHECK_POOL_H_
