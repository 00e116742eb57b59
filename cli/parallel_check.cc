#include "parallel_check.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace verity::cli {
namespace {

constexpr std::size_t kChunk = 1024;  // records read before the threads start on them

}  // namespace

unsigned default_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

void check_all(DocumentReader& reader, const Model& model, const CheckOptions& options,
               unsigned threads, const std::function<void(CheckedRecord&)>& emit,
               const std::function<void(CheckedRecord&)>& render) {
  threads = std::max(1u, threads);
  std::vector<std::unique_ptr<PredictScratch>> scratches;
  for (unsigned t = 0; t < threads; ++t) scratches.push_back(std::make_unique<PredictScratch>());
  // Two chunks: the threads check one while this thread reads the next.
  std::vector<DocumentRecord> records[2] = {std::vector<DocumentRecord>(kChunk),
                                            std::vector<DocumentRecord>(kChunk)};
  std::vector<CheckedRecord> checked(kChunk);
  const auto read_chunk = [&](std::vector<DocumentRecord>& chunk, bool& more) {
    std::size_t count = 0;
    while (count < kChunk && (more = reader.next(chunk[count]))) ++count;
    return count;
  };
  bool more = true;
  std::size_t current = 0;
  std::size_t count = read_chunk(records[current], more);
  while (count > 0) {
    const std::vector<DocumentRecord>& chunk = records[current];
    // Records differ in length, so each thread takes the next unclaimed one
    // rather than a fixed share: neither waits long for the other at the end.
    std::atomic<std::size_t> next_record{0};
    const auto work = [&, count](unsigned t) {
      for (std::size_t i; (i = next_record.fetch_add(1, std::memory_order_relaxed)) < count;) {
        const DocumentRecord& record = chunk[i];
        CheckedRecord& out = checked[i];
        out.number = record.number;
        out.id = record.document.id.empty() ? std::to_string(record.number) : record.document.id;
        out.bytes = record.document.content.size();
        out.thread = t;
        out.result = record.status.ok()
                         ? check_document(record.document, model, options, scratches[t].get())
                         : Result<CheckResult>(record.status);
        if (render) render(out);
      }
    };
    std::size_t next_count = 0;
    if (threads == 1 || count < 2) {
      work(0);
      if (more) next_count = read_chunk(records[1 - current], more);
    } else {
      std::vector<std::thread> workers;
      for (unsigned t = 0; t < threads; ++t) workers.emplace_back(work, t);
      if (more) next_count = read_chunk(records[1 - current], more);
      for (std::thread& worker : workers) worker.join();
    }
    for (std::size_t i = 0; i < count; ++i) emit(checked[i]);
    current = 1 - current;
    count = next_count;
  }
}

}  // namespace verity::cli
