// A fixed set of check workers with a bounded queue. Each worker owns one
// PredictScratch, so the shared Model is scored without locks or per-call
// allocation, and its own CheckRecorder (with its own store connection). Request threads hand work over and wait; when the queue has no
// room the work is refused at once (the caller answers 503).
//
// Thread-safe.
#ifndef VERITY_SERVER_CHECK_POOL_H_
#define VERITY_SERVER_CHECK_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "verity/model.h"
#include "verity/server.h"

namespace verity::server {

// What one worker owns.
struct CheckWorker {
  PredictScratch scratch;
  CheckRecorder record;  // empty without an evidence store
};

class CheckPool {
 public:
  // The work for item `index` of a request, run on a worker with its state.
  using Job = std::function<void(std::size_t index, CheckWorker& worker)>;

  // `recorder` (optional) is called once on each worker's thread to make its
  // CheckWorker::record.
  CheckPool(unsigned workers, std::size_t max_queued, CheckRecorderFactory recorder = nullptr);
  ~CheckPool();  // finishes the queued work, then joins the workers
  CheckPool(const CheckPool&) = delete;
  CheckPool& operator=(const CheckPool&) = delete;

  // Runs job(i, worker) for every i in [0, count) on the workers and returns
  // when all are done; returns false at once, running nothing, when the
  // queue has no room for `count` more items.
  bool run(std::size_t count, const Job& job);

  std::size_t queued() const;  // items waiting for a worker
  unsigned workers() const { return static_cast<unsigned>(threads_.size()); }

 private:
  struct Request;
  struct Item {
    Request* request;
    std::size_t index;
  };
  void work();

  const std::size_t max_queued_;
  const CheckRecorderFactory recorder_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Item> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace verity::server

#endif  // VERITY_SERVER_CHECK_POOL_H_
