#include <cstdlib>
#include <filesystem>

#include "evidence/schema.h"
#include "evidence/sqlite.h"
#include "evidence/sqlite_article_store.h"
#include "verity/evidence.h"

namespace verity {

Result<std::unique_ptr<EvidenceStore>> EvidenceStore::open(const std::string& path,
                                                           const StoreOptions& options) {
  const bool in_memory = path == ":memory:";
  if (!in_memory && !options.create_if_missing && !std::filesystem::exists(path)) {
    return Status(StatusCode::kNotFound, "store " + path + " does not exist");
  }
  Result<std::unique_ptr<evidence::Connection>> connection =
      evidence::Connection::open(path, options.create_if_missing);
  if (!connection.ok()) return connection.status();
  Result<int> found = evidence::migrate_schema(*connection.value());
  if (!found.ok()) return found.status();
  return std::unique_ptr<EvidenceStore>(
      new EvidenceStore(std::move(connection).value(), found.value()));
}

EvidenceStore::EvidenceStore(std::unique_ptr<evidence::Connection> connection, int opened_version)
    : connection_(std::move(connection)),
      opened_version_(opened_version),
      reputation_(std::make_unique<ReputationDb>(*connection_)),
      articles_(evidence::make_sqlite_article_store(*connection_)),
      fact_checks_(std::make_unique<FactCheckDb>(*connection_)) {}

EvidenceStore::~EvidenceStore() = default;

const std::string& EvidenceStore::path() const { return connection_->path(); }

std::string EvidenceStore::default_path() {
  if (const char* store = std::getenv("VERITY_STORE"); store != nullptr && *store != '\0')
    return store;
  if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data != '\0')
    return std::string(data) + "/verity/verity.db";
  const char* home = std::getenv("HOME");
  return std::string(home != nullptr && *home != '\0' ? home : ".") +
         "/.local/share/verity/verity.db";
}

}  // namespace verity
