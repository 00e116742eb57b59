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
  // Where a term occurs: for words and bigrams a token (the first one, for a
  // bigram); for character n-grams the word term they were spelled from,
  // since grams are counted once per distinct word, `count` times over.
  struct Occurrence {
    std::uint32_t owner;
    std::uint32_t count;
    std::uint32_t next;  // next occurrence of the same term, or kNone
  };
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // Empties the table, sized for about `expected` adds.
  void reset(std::size_t expected);
  // Adds `count` occurrences at `owner`; returns the term's index in terms().
  std::uint32_t add(std::uint64_t hash, TermKind kind, std::uint32_t owner,
                    std::uint32_t count = 1);
  // Adds `count` to the term without recording where it occurs (its
  // first_occurrence stays kNone), for terms whose caller keeps track itself;
  // returns the term's index in terms().
  std::uint32_t add_count(std::uint64_t hash, TermKind kind, std::uint32_t count);

  const std::vector<Term>& terms() const { return terms_; }
  const std::vector<Occurrence>& occurrences() const { return occurrences_; }

 private:
  void clear_used();
  void grow();
  // The index of the term (hash, kind), created with count 0 if new.
  std::uint32_t find_or_insert(std::uint64_t hash, TermKind kind);

  std::vector<std::uint32_t> slots_;  // 0 = empty, else index into terms_ + 1
  std::vector<std::uint32_t> used_;   // the slots filled since the last reset
  std::vector<Term> terms_;
  std::vector<Occurrence> occurrences_;
  std::uint64_t mask_ = 0;
};

}  // namespace verity::model

#endif  // VERITY_MODEL_TERM_TABLE_H_
