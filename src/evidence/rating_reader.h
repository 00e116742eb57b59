// Reads rating lists — the Lin et al. domain ratings CSV, the OpenSources
// CSV, and user lists in CSV or JSONL — one rating at a time, each with its
// provenance, reporting bad rows as "FILE:LINE: what was wrong".
#ifndef VERITY_SRC_EVIDENCE_RATING_READER_H_
#define VERITY_SRC_EVIDENCE_RATING_READER_H_

#include <memory>
#include <string>

#include "verity/evidence/reputation.h"
#include "verity/status.h"

namespace verity::evidence {

class RatingReader {
 public:
  // Opens `path`, reads its header and settles the format. Fails when the
  // file cannot be read or its format cannot be told.
  static Result<std::unique_ptr<RatingReader>> open(const std::string& path,
                                                    const ImportOptions& options);
  virtual ~RatingReader() = default;

  // The next row: true with `rating` filled and `error` OK, or true with
  // `error` saying why the row was skipped; false at the end of input.
  virtual bool next(SourceRating& rating, Status& error) = 0;

  // "domain_ratings", "opensources", "csv" or "jsonl".
  virtual const char* format_name() const = 0;
  // The list name rows get unless they carry their own provenance.
  virtual const std::string& list() const = 0;
};

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_RATING_READER_H_
