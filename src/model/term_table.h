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

// Inline: the featurizer adds thousands of character n-grams per article,
// and a call per add cost as much as the probe.
inline std::uint32_t TermTable::find_or_insert(std::uint64_t hash, TermKind kind) {
  if ((terms_.size() + 1) * 2 > mask_ + 1) grow();
  // The kind is folded into the probe key so a unigram and a char-gram that
  // hash alike stay separate terms.
  const std::uint64_t key = hash ^ (static_cast<std::uint64_t>(kind) << 62);
  for (std::uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
    const std::uint32_t entry = slots_[slot];
    if (entry == 0) {
      const auto index = static_cast<std::uint32_t>(terms_.size());
      slots_[slot] = index + 1;
      used_.push_back(static_cast<std::uint32_t>(slot));
      terms_.push_back({hash, 0, kNone, kNone, kind});
      return index;
    }
    const Term& term = terms_[entry - 1];
    if (term.hash == hash && term.kind == kind) return entry - 1;
  }
}

inline std::uint32_t TermTable::add_count(std::uint64_t hash, TermKind kind, std::uint32_t count) {
  const std::uint32_t index = find_or_insert(hash, kind);
  terms_[index].count += count;
  return index;
}

}  // namespace verity::model

#endif  // VERITY_MODEL_TERM_TABLE_H_
