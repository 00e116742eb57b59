// FactCheckDb's prepared statements and caches, shared by its import and
// matching halves (fact_check_db.cc, claim_match.cc).
#ifndef VERITY_SRC_EVIDENCE_CLAIM_STATEMENTS_H_
#define VERITY_SRC_EVIDENCE_CLAIM_STATEMENTS_H_

#include <optional>
#include <string_view>

#include "evidence/sqlite.h"
#include "evidence/terms.h"

namespace verity::evidence {

class ClaimStatements {
 public:
  explicit ClaimStatements(const Connection& connection) : connection_(connection) {}

  // Prepares `sql` into `slot` the first time; preparing costs more than running.
  Result<Statement*> get(std::optional<Statement>& slot, std::string_view sql) {
    if (!slot) {
      Result<Statement> prepared = Statement::prepare(connection_, sql);
      if (!prepared.ok()) return prepared.status();
      slot = std::move(prepared).value();
    }
    return &*slot;
  }

  std::optional<Statement> insert, insert_text, add_df, get_df, search;
  // Cached until the next import: claims only change there.
  std::optional<std::size_t> size;
  TermMap<std::size_t> df;

 private:
  const Connection& connection_;
};

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_CLAIM_STATEMENTS_H_
