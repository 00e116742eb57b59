#include "server/check_pool.h"

#include <algorithm>

namespace verity::server {

// One call to run(): its job and how many of its items are still to finish.
struct CheckPool::Request {
  const Job* job;
  std::size_t remaining;
  std::mutex mutex;
  std::condition_variable done;
};

CheckPool::CheckPool(unsigned workers, std::size_t max_queued, CheckRecorderFactory recorder)
    : max_queued_(max_queued), recorder_(std::move(recorder)) {
  workers = std::max(1u, workers);
  for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
}

CheckPool::~CheckPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

bool CheckPool::run(std::size_t count, const Job& job) {
  if (count == 0) return true;
  Request request{&job, count, {}, {}};
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_ || queue_.size() + count > max_queued_) return false;
    for (std::size_t i = 0; i < count; ++i) queue_.push_back({&request, i});
  }
  if (count == 1) {
    wake_.notify_one();
  } else {
    wake_.notify_all();
  }
  std::unique_lock<std::mutex> lock(request.mutex);
  request.done.wait(lock, [&] { return request.remaining == 0; });
  return true;
}

std::size_t CheckPool::queued() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return queue_.size();
}

void CheckPool::work() {
  CheckWorker worker;
  if (recorder_) worker.record = recorder_();
  for (;;) {
    Item item{};
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to do
      item = queue_.front();
      queue_.pop_front();
    }
    (*item.request->job)(item.index, worker);
    std::lock_guard<std::mutex> lock(item.request->mutex);
    if (--item.request->remaining == 0) item.request->done.notify_one();
  }
}

}  // namespace verity::server
