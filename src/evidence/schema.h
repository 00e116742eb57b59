// The evidence store's schema and its migrations. The version lives in
// SQLite's user_version and the file is marked as verity's by application_id,
// so a foreign database is never mistaken for an empty store.
#ifndef VERITY_SRC_EVIDENCE_SCHEMA_H_
#define VERITY_SRC_EVIDENCE_SCHEMA_H_

#include "evidence/sqlite.h"
#include "verity/status.h"

namespace verity::evidence {

// 'VRTY': the application_id of every verity store.
constexpr int kApplicationId = 0x56525459;

// Brings the store to EvidenceStore::kSchemaVersion, one transaction per
// step, and returns the version the file had (0 for an empty database).
// Refuses (kCorrupt) a newer version or a database of another application.
Result<int> migrate_schema(const Connection& connection);

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_SCHEMA_H_
