// The MinHash token stream, shared by minhash_signature() and the article
// store's indexer: the store hashes each term once while it counts document
// frequencies and hands the hashes over, so indexing tokenizes a body once.
#ifndef VERITY_SRC_EVIDENCE_SHINGLES_H_
#define VERITY_SRC_EVIDENCE_SHINGLES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "evidence/minhash.h"

// Inlined: the per-token and per-shingle hashes are the hot loop of indexing.
#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

namespace verity::evidence {

// The hash of one token of the stream (an index term, lower-cased): XXH3-64.
inline std::uint64_t token_hash(std::string_view term) {
  return XXH3_64bits(term.data(), term.size());
}

// The signature of a stream of token hashes (see minhash.h). `shingles` is
// scratch space the caller may reuse.
MinHashSignature signature_of_tokens(const std::vector<std::uint64_t>& token_hashes,
                                     std::vector<std::uint64_t>& shingles);

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_SHINGLES_H_
