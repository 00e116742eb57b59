// Near-duplicate detection: MinHash signatures over word shingles, with LSH
// banding so the store finds candidate copies without comparing against every
// article.
//
// An article's text (its paragraphs; the title when it has none) is cut into
// index terms (index_terms() in article_store.h: runs of letters and digits,
// lower-cased, as the full-text index cuts them), and every run of
// kShingleWords of them is a shingle. Each shingle is hashed once (XXH3-64 of
// its tokens' XXH3-64 hashes), and signature value i is the minimum over
// shingles of hash function i of that hash: the high 32 bits of a_i * h +
// b_i, with a_i and b_i drawn by XXH3 seeded with i (multiply-shift hashing:
// 128 multiply-adds per shingle rather than 128 XXH3 calls). Two signatures
// agree at position i with probability equal to the Jaccard similarity of the
// shingle sets, so the share of agreeing positions estimates it (standard
// error about 0.045 at 0.5 with 128 values).
//
// Banding: the signature is split into kBands bands of kRowsPerBand values;
// two articles become candidates when any band is identical. With 64 bands of
// 2 rows the chance of becoming a candidate is 1 - (1 - J^2)^64: 93% at
// Jaccard 0.2, ~100% at 0.5, 15% at 0.05.
//
// All functions are thread-safe.
#ifndef VERITY_MINHASH_H_
#define VERITY_MINHASH_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "verity/article.h"

namespace verity {

constexpr std::size_t kShingleWords = 5;
constexpr std::size_t kMinHashValues = 128;
constexpr std::size_t kBands = 64;
constexpr std::size_t kRowsPerBand = kMinHashValues / kBands;

struct MinHashSignature {
  std::array<std::uint32_t, kMinHashValues> values{};
  std::uint32_t shingles = 0;  // distinct shingles hashed; 0: no text, no signature

  bool empty() const { return shingles == 0; }
};

// The signature of `text`. A text shorter than kShingleWords tokens (but not
// empty) is one shingle.
MinHashSignature minhash_signature(std::string_view text);
// Of an article: its paragraphs (the title only when it has no body), so a
// republication under a new headline still matches.
MinHashSignature minhash_signature(const Article& article);

// The share of positions where the signatures agree: the estimated Jaccard
// similarity of the shingle sets. 0 when either is empty.
double estimate_jaccard(const MinHashSignature& a, const MinHashSignature& b);

// The kBands band keys of a signature: XXH3-64 of each band's values, seeded
// with the band number so equal values in different bands never collide.
std::array<std::uint64_t, kBands> minhash_bands(const MinHashSignature& signature);

// The signature as stored: the values as little-endian 32-bit words.
std::string encode_signature(const MinHashSignature& signature);
// REQUIRES: `bytes` came from encode_signature (else the result is empty).
MinHashSignature decode_signature(std::string_view bytes, std::uint32_t shingles);

}  // namespace verity

#endif  // VERITY_MINHASH_H_
