// How find_copy_of finds and judges candidates: what the article store's
// backends hand back for a signature, the estimates read off two MinHash
// signatures, and the rule that makes a copy.
#ifndef VERITY_EVIDENCE_COPY_ESTIMATE_H_
#define VERITY_EVIDENCE_COPY_ESTIMATE_H_

#include <cstddef>
#include <cstdint>

#include "evidence/minhash.h"
#include "verity/evidence/copies.h"

namespace verity {

// A stored article whose MinHash signature shares a band with a query's
// (ArticleStore::copy_candidates).
struct CopyCandidate {
  StoredArticle article;
  MinHashSignature signature;
  std::size_t shared_bands = 0;
};

// What find_copy_of judges a candidate by, from two signatures.
struct CopyEstimate {
  double jaccard = 0;  // estimate_jaccard()
  double overlap = 0;  // as CopyMatch::overlap
  std::uint32_t smaller_shingles = 0;
};
CopyEstimate estimate_copy(const MinHashSignature& article, const MinHashSignature& candidate);
// Whether the estimate passes `options` (see CopyOptions).
bool is_copy(const CopyEstimate& estimate, const CopyOptions& options);

}  // namespace verity

#endif  // VERITY_EVIDENCE_COPY_ESTIMATE_H_
