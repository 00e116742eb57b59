#include "model/term_table.h"

#include <algorithm>
#include <bit>

namespace verity::model {

void TermTable::reset(std::size_t expected) {
  const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(64, expected * 2));
  if (slots_.size() < wanted) {
    slots_.assign(wanted, 0);
  } else {
    // A table never shrinks, and only the slots in use are cleared: most
    // tables are far from full, and clearing (or reallocating) them whole for
    // each article cost more than filling them.
    for (const std::uint32_t slot : used_) slots_[slot] = 0;
  }
  used_.clear();
  mask_ = slots_.size() - 1;
  terms_.clear();
  occurrences_.clear();
}

std::uint32_t TermTable::add(std::uint64_t hash, TermKind kind, std::uint32_t owner,
                            std::uint32_t count) {
  if ((terms_.size() + 1) * 2 > slots_.size()) grow();
  const auto occurrence = static_cast<std::uint32_t>(occurrences_.size());
  occurrences_.push_back({owner, count, kNone});
  // The kind is folded into the probe key so a unigram and a char-gram that
  // hash alike stay separate terms.
  const std::uint64_t key = hash ^ (static_cast<std::uint64_t>(kind) << 62);
  for (std::uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
    const std::uint32_t entry = slots_[slot];
    if (entry == 0) {
      const auto index = static_cast<std::uint32_t>(terms_.size());
      slots_[slot] = index + 1;
      used_.push_back(static_cast<std::uint32_t>(slot));
      terms_.push_back({hash, count, occurrence, occurrence, kind});
      return index;
    }
    Term& term = terms_[entry - 1];
    if (term.hash == hash && term.kind == kind) {
      term.count += count;
      occurrences_[term.last_occurrence].next = occurrence;
      term.last_occurrence = occurrence;
      return entry - 1;
    }
  }
}

void TermTable::grow() {
  slots_.assign(slots_.size() * 2, 0);
  mask_ = slots_.size() - 1;
  used_.clear();
  for (std::size_t i = 0; i < terms_.size(); ++i) {
    const std::uint64_t key = terms_[i].hash ^ (static_cast<std::uint64_t>(terms_[i].kind) << 62);
    std::uint64_t slot = key & mask_;
    while (slots_[slot] != 0) slot = (slot + 1) & mask_;
    slots_[slot] = static_cast<std::uint32_t>(i) + 1;
    used_.push_back(static_cast<std::uint32_t>(slot));
  }
}

}  // namespace verity::model
