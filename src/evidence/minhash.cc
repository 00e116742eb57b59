// MinHash signatures over 5-token shingles of the index-term stream. Each
// token is hashed once; a shingle's hash is XXH3 over its tokens' hashes, so
// no shingle string is ever built, and the 128 values of a shingle come from
// that one hash by multiply-shift.
#include "evidence/minhash.h"

#include <algorithm>
#include <string>
#include <vector>

#include "evidence/shingles.h"
#include "evidence/terms.h"

namespace verity {
namespace evidence {
namespace {

// The 128 hash functions: value i of a shingle hash h is the high 32 bits of
// a_i * h + b_i (multiply-shift universal hashing), with a_i (odd) and b_i
// drawn by XXH3 seeded with i. One XXH3 per shingle and a multiply-add per
// value instead of 128 XXH3 calls: MinHash stays cheap next to indexing.
struct HashFamily {
  std::array<std::uint64_t, kMinHashValues> a, b;
  HashFamily() {
    for (std::size_t i = 0; i < kMinHashValues; ++i) {
      const std::uint64_t seed = i;
      a[i] = XXH3_64bits_withSeed(&seed, sizeof seed, 0x9e3779b97f4a7c15ULL) | 1;
      b[i] = XXH3_64bits_withSeed(&seed, sizeof seed, 0xc2b2ae3d27d4eb4fULL);
    }
  }
};

}  // namespace

MinHashSignature signature_of_tokens(const std::vector<std::uint64_t>& token_hashes,
                                     std::vector<std::uint64_t>& shingles) {
  static const HashFamily kFamily;
  MinHashSignature signature;
  if (token_hashes.empty()) return signature;
  const std::size_t width = std::min(kShingleWords, token_hashes.size());
  shingles.clear();
  for (std::size_t i = 0; i + width <= token_hashes.size(); ++i) {
    shingles.push_back(XXH3_64bits(&token_hashes[i], width * sizeof(std::uint64_t)));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  // Minima kept in 64 bits (the high half is the value). Four functions at a
  // time over all shingles: their minima stay in registers, the shingles
  // stream from L1, and the four compare chains overlap.
  std::array<std::uint64_t, kMinHashValues> minima;
  for (std::size_t i = 0; i < kMinHashValues; i += 4) {
    std::uint64_t m0 = ~0ULL, m1 = ~0ULL, m2 = ~0ULL, m3 = ~0ULL;
    const std::uint64_t a0 = kFamily.a[i], a1 = kFamily.a[i + 1], a2 = kFamily.a[i + 2],
                        a3 = kFamily.a[i + 3];
    const std::uint64_t b0 = kFamily.b[i], b1 = kFamily.b[i + 1], b2 = kFamily.b[i + 2],
                        b3 = kFamily.b[i + 3];
    for (const std::uint64_t shingle : shingles) {
      m0 = std::min(m0, a0 * shingle + b0);
      m1 = std::min(m1, a1 * shingle + b1);
      m2 = std::min(m2, a2 * shingle + b2);
      m3 = std::min(m3, a3 * shingle + b3);
    }
    minima[i] = m0, minima[i + 1] = m1, minima[i + 2] = m2, minima[i + 3] = m3;
  }
  for (std::size_t i = 0; i < kMinHashValues; ++i)
    signature.values[i] = static_cast<std::uint32_t>(minima[i] >> 32);
  signature.shingles = static_cast<std::uint32_t>(shingles.size());
  return signature;
}

}  // namespace evidence

namespace {

void append_token_hashes(std::string_view text, std::string& buffer,
                         std::vector<std::uint64_t>& out) {
  evidence::for_each_index_term(
      text, buffer, [&](std::string_view term) { out.push_back(evidence::token_hash(term)); });
}

}  // namespace

MinHashSignature minhash_signature(std::string_view text) {
  std::string buffer;
  std::vector<std::uint64_t> hashes, shingles;
  append_token_hashes(text, buffer, hashes);
  return evidence::signature_of_tokens(hashes, shingles);
}

MinHashSignature minhash_signature(const Article& article) {
  std::string buffer;
  std::vector<std::uint64_t> hashes, shingles;
  for (const std::string& paragraph : article.paragraphs)
    append_token_hashes(paragraph, buffer, hashes);
  if (hashes.empty()) append_token_hashes(article.title, buffer, hashes);
  return evidence::signature_of_tokens(hashes, shingles);
}

double estimate_jaccard(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t agree = 0;
  for (std::size_t i = 0; i < kMinHashValues; ++i) agree += a.values[i] == b.values[i] ? 1 : 0;
  return static_cast<double>(agree) / static_cast<double>(kMinHashValues);
}

std::array<std::uint64_t, kBands> minhash_bands(const MinHashSignature& signature) {
  std::array<std::uint64_t, kBands> bands{};
  for (std::size_t band = 0; band < kBands; ++band) {
    bands[band] = XXH3_64bits_withSeed(&signature.values[band * kRowsPerBand],
                                       kRowsPerBand * sizeof(std::uint32_t), band);
  }
  return bands;
}

std::string encode_signature(const MinHashSignature& signature) {
  std::string bytes;
  bytes.reserve(kMinHashValues * 4);
  for (const std::uint32_t value : signature.values) {
    for (int shift = 0; shift < 32; shift += 8)
      bytes.push_back(static_cast<char>((value >> shift) & 0xff));
  }
  return bytes;
}

MinHashSignature decode_signature(std::string_view bytes, std::uint32_t shingles) {
  MinHashSignature signature;
  if (bytes.size() != kMinHashValues * 4) return signature;
  for (std::size_t i = 0; i < kMinHashValues; ++i) {
    std::uint32_t value = 0;
    for (std::size_t b = 0; b < 4; ++b)
      value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i * 4 + b])) << (8 * b);
    signature.values[i] = value;
  }
  signature.shingles = shingles;
  return signature;
}

}  // namespace verity
