// MinHash signatures over 5-word shingles of the normalized token stream.
// Each token is hashed once; a shingle's hash is XXH3 over its tokens'
// hashes, so no shingle string is ever built.
#include "verity/minhash.h"

// Inlined: the per-token and per-shingle hashes are the hot loop of indexing.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <limits>
#include <vector>

#include "verity/text.h"

namespace verity {
namespace {

// Appends the hash of each word and number of `text` (lower-cased) to `out`.
void append_token_hashes(std::string_view text, TokenList& tokens,
                         std::vector<std::uint64_t>& out) {
  tokenize(text, tokens);
  for (const Token& token : tokens.tokens) {
    if (token.kind != TokenKind::kWord && token.kind != TokenKind::kNumber) continue;
    const std::string_view norm = tokens.norm(token);
    out.push_back(XXH3_64bits(norm.data(), norm.size()));
  }
}

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

MinHashSignature signature_of(const std::vector<std::uint64_t>& token_hashes) {
  static const HashFamily kFamily;
  MinHashSignature signature;
  if (token_hashes.empty()) return signature;
  const std::size_t width = std::min(kShingleWords, token_hashes.size());
  std::vector<std::uint64_t> shingles;
  shingles.reserve(token_hashes.size() - width + 1);
  for (std::size_t i = 0; i + width <= token_hashes.size(); ++i) {
    shingles.push_back(XXH3_64bits(&token_hashes[i], width * sizeof(std::uint64_t)));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  signature.values.fill(std::numeric_limits<std::uint32_t>::max());
  for (const std::uint64_t shingle : shingles) {
    for (std::size_t i = 0; i < kMinHashValues; ++i) {
      const auto value =
          static_cast<std::uint32_t>(XXH3_64bits_withSeed(&shingle, sizeof shingle, i));
      signature.values[i] = std::min(signature.values[i], value);
    }
  }
  signature.shingles = static_cast<std::uint32_t>(shingles.size());
  return signature;
}

}  // namespace

MinHashSignature minhash_signature(std::string_view text) {
  TokenList tokens;
  std::vector<std::uint64_t> hashes;
  append_token_hashes(text, tokens, hashes);
  return signature_of(hashes);
}

MinHashSignature minhash_signature(const Article& article) {
  TokenList tokens;
  std::vector<std::uint64_t> hashes;
  for (const std::string& paragraph : article.paragraphs)
    append_token_hashes(paragraph, tokens, hashes);
  if (hashes.empty()) append_token_hashes(article.title, tokens, hashes);
  return signature_of(hashes);
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
