// Opening an evidence store (verity::EvidenceStore::open) on a file that is
// not one, or a damaged one: a clear kCorrupt/kIoError naming the file, never
// a crash. A file that opens is queried the way a check queries it; a query
// may fail with a status, but must not crash or return nonsense.
#include <unistd.h>

#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "verity/evidence/store.h"

namespace {

void remove_store(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((path + suffix).c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = verity::fuzz::scratch_path(".db");
  remove_store(path);
  verity::fuzz::write_file(path, std::string(reinterpret_cast<const char*>(data), size));
  verity::StoreOptions options;
  options.create_if_missing = false;
  auto store = verity::EvidenceStore::open(path, options);
  if (!store.ok()) {
    const verity::StatusCode code = store.status().code();
    FUZZ_REQUIRE(code == verity::StatusCode::kCorrupt || code == verity::StatusCode::kIoError,
                 "undocumented failure: " + store.status().to_string());
    FUZZ_REQUIRE(store.status().message().find(path) != std::string::npos,
                 "the message does not name the file: " + store.status().message());
    remove_store(path);
    return 0;
  }
  verity::EvidenceStore& opened = *store.value();
  (void)opened.reputation().lookup("news.example.co.uk");
  (void)opened.articles().size();
  auto related = opened.articles().search({"bridge", "ferry", "minister"}, 5);
  if (related.ok()) FUZZ_REQUIRE(related.value().size() <= 5, "search ignored its limit");
  verity::Article article;
  article.title = "Ferry capsizes off the coast, minister says";
  article.paragraphs = {"The minister said 326 passengers were rescued on Tuesday."};
  (void)opened.fact_checks().match_article(article);
  (void)opened.reputation().rate_article(article);
  store.value().reset();
  remove_store(path);
  return 0;
}
