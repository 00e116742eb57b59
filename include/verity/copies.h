// Copies: whether an article mostly copies one the store holds, by MinHash
// signatures (minhash.h) with LSH banding. `verity index add` stores each
// article's signature and band keys; `verity related --json` reports the copy
// as `copy_of`.
#ifndef VERITY_COPIES_H_
#define VERITY_COPIES_H_

#include <cstdint>
#include <optional>

#include "verity/article.h"
#include "verity/article_store.h"
#include "verity/minhash.h"
#include "verity/status.h"

namespace verity {

// A stored article `find_copy_of` judged the input to copy.
struct CopyMatch {
  StoredArticle article;
  double jaccard = 0;  // estimated Jaccard similarity of the shingle sets
  // Estimated share of the smaller text's shingles found in the other
  // (|A ∩ B| / min(|A|, |B|), with |A ∩ B| = J (|A| + |B|) / (1 + J)):
  // near 1 when one text is the other plus or minus some paragraphs.
  double overlap = 0;
};

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

// What find_copy_of judges a candidate by, from two signatures.
struct CopyEstimate {
  double jaccard = 0;  // estimate_jaccard()
  double overlap = 0;  // as CopyMatch::overlap
  std::uint32_t smaller_shingles = 0;
};
CopyEstimate estimate_copy(const MinHashSignature& article, const MinHashSignature& candidate);
// Whether the estimate passes `options` (see CopyOptions).
bool is_copy(const CopyEstimate& estimate, const CopyOptions& options);

// The stored article that `article` mostly copies — the candidate sharing a
// band with the highest Jaccard estimate among those passing CopyOptions —
// or nullopt. The article itself (same content hash) is left out.
Result<std::optional<CopyMatch>> find_copy_of(ArticleStore& store, const Article& article,
                                              const CopyOptions& options = {});

}  // namespace verity

#endif  // VERITY_COPIES_H_
