// find_copy_of: LSH candidates from the store, judged by their full
// signatures.
#include "verity/copies.h"

#include <algorithm>

namespace verity {
namespace {

// Candidates to compare in full: plenty for any real store, and a bound on
// the work when boilerplate makes many articles share a band.
constexpr std::size_t kMaxCandidates = 50;

}  // namespace

Result<std::optional<CopyMatch>> find_copy_of(ArticleStore& store, const Article& article,
                                              const CopyOptions& options) {
  const MinHashSignature signature = minhash_signature(article);
  std::optional<CopyMatch> best;
  if (signature.empty()) return best;
  Result<std::vector<CopyCandidate>> candidates = store.copy_candidates(signature, kMaxCandidates);
  if (!candidates.ok()) return candidates.status();
  const std::string self = content_hash(article);
  for (CopyCandidate& candidate : candidates.value()) {
    if (candidate.article.hash == self) continue;
    const double jaccard = estimate_jaccard(signature, candidate.signature);
    const double mine = signature.shingles, theirs = candidate.signature.shingles;
    const double shared = jaccard * (mine + theirs) / (1 + jaccard);
    const double smaller = std::min(mine, theirs);
    const double overlap = std::min(1.0, shared / smaller);
    const bool copy = jaccard >= options.min_jaccard ||
                      (overlap >= options.min_overlap && smaller >= options.min_overlap_shingles);
    if (!copy || (best && best->jaccard >= jaccard)) continue;
    best = CopyMatch{std::move(candidate.article), jaccard, overlap};
  }
  return best;
}

}  // namespace verity
