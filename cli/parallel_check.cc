#include "parallel_check.h"

#include <algorithm>
#include <thread>

namespace verity::cli {
namespace {

constexpr std::size_t kChunk = 1024;  // records read before the threads start on them

}  // namespace

unsigned default_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

void check_all(DocumentReader& reader, const Model& model, const CheckOptions& options,
               unsigned threads, const std::function<void(CheckedRecord&)>& emit) {
  threads = std::max(1u, threads);
  std::vector<std::unique_ptr<PredictScratch>> scratches;
  for (unsigned t = 0; t < threads; ++t) scratches.push_back(std::make_unique<PredictScratch>());
  std::vector<DocumentRecord> records(kChunk);
  std::vector<CheckedRecord> checked(kChunk);
  bool more = true;
  while (more) {
    std::size_t count = 0;
    while (count < kChunk && (more = reader.next(records[count]))) ++count;
    const auto work = [&](unsigned t) {
      for (std::size_t i = t; i < count; i += threads) {
        const DocumentRecord& record = records[i];
        CheckedRecord& out = checked[i];
        out.number = record.number;
        out.id = record.document.id.empty() ? std::to_string(record.number) : record.document.id;
        out.bytes = record.document.content.size();
        out.result = record.status.ok()
                         ? check_document(record.document, model, options, scratches[t].get())
                         : Result<CheckResult>(record.status);
      }
    };
    if (threads == 1 || count < 2) {
      work(0);
    } else {
      std::vector<std::thread> workers;
      for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work, t);
      work(0);
      for (std::thread& worker : workers) worker.join();
    }
    for (std::size_t i = 0; i < count; ++i) emit(checked[i]);
  }
}

}  // namespace verity::cli
