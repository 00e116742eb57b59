// One pass over each article of an indexing batch gives what the store writes
// besides the text: the document frequencies of its content terms and its
// MinHash signature, so indexing tokenizes a body once.
#ifndef VERITY_SRC_EVIDENCE_BATCH_TERMS_H_
#define VERITY_SRC_EVIDENCE_BATCH_TERMS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "evidence/minhash.h"
#include "verity/article.h"

namespace verity::evidence {

// Not thread-safe: one per indexing thread.
class BatchTerms {
 public:
  // Counts each content term of `article` (title and paragraphs) once and
  // returns its MinHash signature, the same as minhash_signature(article).
  MinHashSignature add(const Article& article);

  // Each content term seen since clear() with the number of articles
  // holding it, in term order (so upserts walk a B-tree once). The views
  // live until the next add() or clear().
  std::vector<std::pair<std::string_view, std::int64_t>> document_frequencies() const;

  void clear();

 private:
  // An open-addressing table keyed by the term's XXH3-64 (which MinHash needs
  // anyway), the term's bytes in terms_: a repeat costs one probe, where a
  // node-based map cost two or three cache misses per word.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0, size = 0;  // the term in terms_; size 0: empty slot
    std::uint32_t df = 0;                // articles holding it
    std::uint32_t last = 0;              // 1 + the last article that counted it
  };

  void count(std::string_view term, std::uint64_t hash);
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(1 << 14);
  std::size_t used_ = 0;
  std::string terms_;
  std::uint32_t articles_ = 0;
  std::string buffer_;
  std::vector<std::uint64_t> tokens_, title_tokens_, shingles_;
};

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_BATCH_TERMS_H_
