#include "model/term_table.h"

#include <algorithm>
#include <bit>

namespace verity::model {

void TermTable::reset(std::size_t expected) {
  // The slot array never shrinks and only the slots in use are cleared, but
  // each text probes only the first `wanted` slots: after one enormous
  // article, probing the whole array would miss the cache on every add.
  clear_used();
  const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(64, expected * 2));
  if (slots_.size() < wanted) slots_.resize(wanted, 0);
  mask_ = wanted - 1;
  terms_.clear();
  occurrences_.clear();
}

std::uint32_t TermTable::add(std::uint64_t hash, TermKind kind, std::uint32_t owner,
                             std::uint32_t count) {
  const std::uint32_t index = find_or_insert(hash, kind);
  const auto occurrence = static_cast<std::uint32_t>(occurrences_.size());
  occurrences_.push_back({owner, count, kNone});
  Term& term = terms_[index];
  if (term.first_occurrence == kNone) {
    term.first_occurrence = occurrence;
  } else {
    occurrences_[term.last_occurrence].next = occurrence;
  }
  term.last_occurrence = occurrence;
  term.count += count;
  return index;
}

void TermTable::clear_used() {
  for (const std::uint32_t slot : used_) slots_[slot] = 0;
  used_.clear();
}

void TermTable::grow() {
  clear_used();
  const std::size_t wanted = (mask_ + 1) * 2;
  if (slots_.size() < wanted) slots_.resize(wanted, 0);
  mask_ = wanted - 1;
  for (std::size_t i = 0; i < terms_.size(); ++i) {
    const std::uint64_t key = terms_[i].hash ^ (static_cast<std::uint64_t>(terms_[i].kind) << 62);
    std::uint64_t slot = key & mask_;
    while (slots_[slot] != 0) slot = (slot + 1) & mask_;
    slots_[slot] = static_cast<std::uint32_t>(i) + 1;
    used_.push_back(static_cast<std::uint32_t>(slot));
  }
}

}  // namespace verity::model
