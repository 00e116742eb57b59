// Library: verity_evidence.
//
// Copies: whether an article mostly copies one the store holds, by MinHash
// signatures (minhash.h) with LSH banding. `verity index add` stores each
// article's signature and band keys; `verity related --json` reports the copy
// as `copy_of`.
#ifndef VERITY_EVIDENCE_COPIES_H_
#define VERITY_EVIDENCE_COPIES_H_

#include <cstdint>
#include <optional>

#include "verity/article.h"
#include "verity/evidence.h"
#include "verity/evidence/article_store.h"
#include "verity/status.h"

namespace verity {

struct CopyOptions {
  // A copy when the estimated Jaccard similarity reaches min_jaccard (a few
  // words changed), or when min_overlap of the smaller text's shingles appear
  // in the other (a republication with a new intro, or an excerpt) and the
  // smaller text has at least min_overlap_shingles shingles (so a quoted
  // sentence is not a copy).
  double min_jaccard = 0.5;
  double min_overlap = 0.8;
  std::uint32_t min_overlap_shingles = 40;
};

// The stored article that `article` mostly copies — the candidate sharing a
// band with the highest Jaccard estimate among those passing CopyOptions —
// or nullopt. The article itself (same content hash) is left out.
Result<std::optional<CopyMatch>> find_copy_of(ArticleStore& store, const Article& article,
                                              const CopyOptions& options = {});

}  // namespace verity

#endif  // VERITY_EVIDENCE_COPIES_H_
