// find_copy_of: LSH candidates from the store, judged by their full
// signatures.
#include "verity/evidence/copies.h"

#include <algorithm>

#include "evidence/copy_estimate.h"

namespace verity {
namespace {

// Candidates to compare in full: plenty for any real store, and a bound on
// the work when boilerplate makes many articles share a band.
constexpr std::size_t kMaxCandidates = 50;

}  // namespace

CopyEstimate estimate_copy(const MinHashSignature& article, const MinHashSignature& candidate) {
  CopyEstimate estimate;
  estimate.jaccard = estimate_jaccard(article, candidate);
  estimate.smaller_shingles = std::min(article.shingles, candidate.shingles);
  if (estimate.smaller_shingles == 0) return estimate;
  const double mine = article.shingles, theirs = candidate.shingles;
  const double shared = estimate.jaccard * (mine + theirs) / (1 + estimate.jaccard);
  estimate.overlap = std::min(1.0, shared / estimate.smaller_shingles);
  return estimate;
}

bool is_copy(const CopyEstimate& estimate, const CopyOptions& options) {
  return estimate.jaccard >= options.min_jaccard ||
         (estimate.overlap >= options.min_overlap &&
          estimate.smaller_shingles >= options.min_overlap_shingles);
}

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
    const CopyEstimate estimate = estimate_copy(signature, candidate.signature);
    if (!is_copy(estimate, options) || (best && best->jaccard >= estimate.jaccard)) continue;
    best = CopyMatch{std::move(candidate.article), estimate.jaccard, estimate.overlap};
  }
  return best;
}

}  // namespace verity
