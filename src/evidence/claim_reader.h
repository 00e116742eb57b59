// Reads rated claims from LIAR's TSV or a ClaimReview-like JSONL, one row at
// a time, with each bad row's "FILE:LINE: what was wrong".
#ifndef VERITY_SRC_EVIDENCE_CLAIM_READER_H_
#define VERITY_SRC_EVIDENCE_CLAIM_READER_H_

#include <memory>
#include <string>

#include "verity/evidence/fact_checks.h"
#include "verity/status.h"

namespace verity::evidence {

class ClaimReader {
 public:
  // Fails when the file cannot be opened.
  static Result<std::unique_ptr<ClaimReader>> open(const std::string& path, ClaimFormat format);
  virtual ~ClaimReader() = default;

  // Fills `claim` (everything but its hash) and returns true with `error`
  // ok, or returns true with `error` saying why the row was skipped; false
  // at the end.
  virtual bool next(RatedClaim& claim, Status& error) = 0;
  virtual const char* format_name() const = 0;
};

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_CLAIM_READER_H_
