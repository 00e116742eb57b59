#include "store_option.h"

#include <filesystem>
#include <iostream>
#include <system_error>

#include "checker_flags.h"

namespace verity::cli {

void add_store_option(CLI::App& command, std::string& path) {
  command.add_option("--store", path,
                     "Evidence store file (default: $VERITY_STORE, else "
                     "~/.local/share/verity/verity.db)");
}

std::unique_ptr<EvidenceStore> open_store_or_report(const std::string& flag, bool create) {
  const std::string path = flag.empty() ? default_store_path() : flag;
  if (create && path != ":memory:") {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code error;
    if (!parent.empty()) std::filesystem::create_directories(parent, error);
    if (error) {
      std::cerr << "verity: cannot create " << parent.string() << ": " << error.message() << "\n";
      return nullptr;
    }
  }
  StoreOptions options;
  options.create_if_missing = create;
  Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(path, options);
  if (!store.ok()) {
    report_store_failure(store.status());
    return nullptr;
  }
  return std::move(store).value();
}

void report_store_failure(const Status& status) {
  std::cerr << "verity: " << status.to_string() << "\n";
  if (status.code() == StatusCode::kNotFound) {
    std::cerr << "verity: build it with `verity source import FILE...` and `verity index add "
                 "FILE...`, or all of it from ../shared/data with scripts/build-evidence.sh\n";
  }
}

}  // namespace verity::cli
