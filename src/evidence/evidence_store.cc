#include <cstdlib>
#include <filesystem>

#include "evidence/schema.h"
#include "evidence/sqlite.h"
#include "evidence/sqlite_article_store.h"
#include "verity/evidence/store.h"

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
      fact_checks_(std::make_unique<FactCheckDb>(*connection_)),
      authors_(std::make_unique<AuthorIndex>(*connection_)) {}

EvidenceStore::~EvidenceStore() = default;

const std::string& EvidenceStore::path() const { return connection_->path(); }

}  // namespace verity
