// Counts the hashed terms of one text and remembers where each occurs, in
// buffers reused from one article to the next (no allocation once warm).
#ifndef VERITY_MODEL_TERM_TABLE_H_
#define VERITY_MODEL_TERM_TABLE_H_

#include <cstdint>
#include <vector>

namespace verity::model {

enum class TermKind : std::uint8_t { kUnigram, kBigram, kCharGram };

class TermTable {
 public:
  struct Term {
    std::uint64_t hash;
    std::uint32_t count;
    std::uint32_t first_occurrence;  // index into occurrences()
    std::uint32_t last_occurrence;
    TermKind kind;
  };
  struct Occurrence {
    std::uint32_t token;  // index of the token (the first one, for a bigram)
    std::uint32_t next;   // next occurrence of the same term, or kNone
  };
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // Empties the table, sized for about `expected` adds.
  void reset(std::size_t expected);
  void add(std::uint64_t hash, TermKind kind, std::uint32_t token);

  const std::vector<Term>& terms() const { return terms_; }
  const std::vector<Occurrence>& occurrences() const { return occurrences_; }

 private:
  void grow();

  std::vector<std::uint32_t> slots_;  // 0 = empty, else index into terms_ + 1
  std::vector<Term> terms_;
  std::vector<Occurrence> occurrences_;
  std::uint64_t mask_ = 0;
};

}  // namespace verity::model

#endif  // VERITY_MODEL_TERM_TABLE_H_
