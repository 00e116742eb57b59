// The check workers and the ordered batch loop over them.
#include "verity/check_pool.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace verity {

// One submit(): its job and how many of its items are still to finish.
struct CheckPool::Pending::Request {
  const std::function<void(std::size_t)>* job;
  std::size_t remaining;
  std::mutex mutex;
  std::condition_variable done;
};

struct CheckPool::State {
  struct Item {
    Pending::Request* request;  // outlives its items: Pending waits for them
    std::size_t index;
  };

  explicit State(std::size_t max) : max_queued(max) {}
  void work();

  const std::size_t max_queued;
  mutable std::mutex mutex;
  std::condition_variable wake;
  std::deque<Item> queue;
  bool stopping = false;
  std::vector<std::thread> threads;
};

unsigned default_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

CheckPool::CheckPool(unsigned threads, std::size_t max_queued)
    : state_(std::make_unique<State>(max_queued)) {
  threads = threads == 0 ? default_threads() : threads;
  for (unsigned i = 0; i < threads; ++i) state_->threads.emplace_back([this] { state_->work(); });
}

CheckPool::~CheckPool() {
  {
    const std::lock_guard<std::mutex> lock(state_->mutex);
    state_->stopping = true;
  }
  state_->wake.notify_all();
  for (std::thread& thread : state_->threads) thread.join();
}

CheckPool::Pending::Pending() : request_(std::make_unique<Request>()) {}

CheckPool::Pending::~Pending() { wait(); }

void CheckPool::Pending::wait() {
  std::unique_lock<std::mutex> lock(request_->mutex);
  request_->done.wait(lock, [&] { return request_->remaining == 0; });
}

bool CheckPool::enqueue(std::size_t count, const std::function<void(std::size_t)>& job,
                        Pending& pending) {
  Pending::Request& request = *pending.request_;
  request.job = &job;
  request.remaining = 0;
  if (count == 0) return true;
  {
    const std::lock_guard<std::mutex> lock(state_->mutex);
    if (state_->stopping || state_->queue.size() + count > state_->max_queued) return false;
    request.remaining = count;
    for (std::size_t i = 0; i < count; ++i) state_->queue.push_back({&request, i});
  }
  if (count == 1) {
    state_->wake.notify_one();
  } else {
    state_->wake.notify_all();
  }
  return true;
}

std::unique_ptr<CheckPool::Pending> CheckPool::submit(std::size_t count,
                                                      const std::function<void(std::size_t)>& job) {
  std::unique_ptr<Pending> pending(new Pending());
  if (!enqueue(count, job, *pending)) return nullptr;
  return pending;
}

bool CheckPool::run(std::size_t count, const std::function<void(std::size_t)>& job) {
  Pending pending;
  if (!enqueue(count, job, pending)) return false;
  pending.wait();
  return true;
}

std::size_t CheckPool::queued() const {
  const std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->queue.size();
}

unsigned CheckPool::workers() const { return static_cast<unsigned>(state_->threads.size()); }

void CheckPool::State::work() {
  for (;;) {
    Item item{};
    {
      std::unique_lock<std::mutex> lock(mutex);
      wake.wait(lock, [&] { return stopping || !queue.empty(); });
      if (queue.empty()) return;  // stopping, and nothing left to do
      item = queue.front();
      queue.pop_front();
    }
    (*item.request->job)(item.index);
    const std::lock_guard<std::mutex> lock(item.request->mutex);
    if (--item.request->remaining == 0) item.request->done.notify_all();
  }
}

namespace {

constexpr std::size_t kChunk = 1024;  // records read before the threads start on them

// Reads up to kChunk records into `chunk`; `more` turns false at the end.
std::size_t read_chunk(DocumentReader& reader, std::vector<DocumentRecord>& chunk, bool& more) {
  std::size_t count = 0;
  while (count < kChunk && (more = reader.next(chunk[count]))) ++count;
  return count;
}

}  // namespace

void check_all(const Checker& checker, DocumentReader& reader, unsigned threads,
               const std::function<void(CheckedRecord&)>& emit,
               const std::function<void(CheckedRecord&)>& render) {
  threads = threads == 0 ? default_threads() : threads;
  // Two chunks: the workers check one while this thread reads the next.
  std::vector<DocumentRecord> records[2] = {std::vector<DocumentRecord>(kChunk),
                                            std::vector<DocumentRecord>(kChunk)};
  std::vector<CheckedRecord> checked(kChunk);
  std::size_t current = 0;
  const std::function<void(std::size_t)> check_one = [&](std::size_t i) {
    const DocumentRecord& record = records[current][i];
    CheckedRecord& out = checked[i];
    out.number = record.number;
    out.id = record.document.id.empty() ? std::to_string(record.number) : record.document.id;
    out.bytes = record.document.content.size();
    out.rendered.clear();
    out.result =
        record.status.ok() ? checker.check(record.document) : Result<CheckResult>(record.status);
    if (render) render(out);
  };
  // One thread checks on the caller's thread; more share a pool, whose
  // workers take the next unclaimed record, so records of different lengths
  // keep both busy to the end of a chunk.
  std::unique_ptr<CheckPool> pool = threads > 1 ? std::make_unique<CheckPool>(threads) : nullptr;
  bool more = true;
  std::size_t count = read_chunk(reader, records[current], more);
  while (count > 0) {
    std::size_t next_count = 0;
    if (pool == nullptr || count < 2) {
      for (std::size_t i = 0; i < count; ++i) check_one(i);
      if (more) next_count = read_chunk(reader, records[1 - current], more);
    } else {
      const std::unique_ptr<CheckPool::Pending> pending = pool->submit(count, check_one);
      if (more) next_count = read_chunk(reader, records[1 - current], more);
      pending->wait();
    }
    for (std::size_t i = 0; i < count; ++i) emit(checked[i]);
    current = 1 - current;
    count = next_count;
  }
}

}  // namespace verity
