#include "evidence/batch_terms.h"

#include <algorithm>

#include "evidence/shingles.h"
#include "evidence/terms.h"

namespace verity::evidence {

void BatchTerms::count(std::string_view term, std::uint64_t hash) {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.size == 0) {
      slot.hash = hash;
      slot.offset = static_cast<std::uint32_t>(terms_.size());
      slot.size = static_cast<std::uint32_t>(term.size());
      slot.df = 1;
      slot.last = articles_ + 1;
      terms_.append(term);
      if (++used_ * 2 > slots_.size()) grow();
      return;
    }
    if (slot.hash == hash && std::string_view(terms_).substr(slot.offset, slot.size) == term) {
      if (slot.last != articles_ + 1) {
        slot.last = articles_ + 1;
        ++slot.df;
      }
      return;
    }
  }
}

void BatchTerms::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.size == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].size != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

MinHashSignature BatchTerms::add(const Article& article) {
  tokens_.clear();
  title_tokens_.clear();
  const auto scan = [&](std::string_view text, std::vector<std::uint64_t>& tokens) {
    for_each_index_term(text, buffer_, [&](std::string_view term) {
      const std::uint64_t hash = token_hash(term);
      tokens.push_back(hash);
      if (is_content_term(term)) count(term, hash);
    });
  };
  scan(article.title, title_tokens_);
  for (const std::string& paragraph : article.paragraphs) scan(paragraph, tokens_);
  ++articles_;
  // As minhash_signature(article): the title only when there is no body.
  return signature_of_tokens(tokens_.empty() ? title_tokens_ : tokens_, shingles_);
}

std::vector<std::pair<std::string_view, std::int64_t>> BatchTerms::document_frequencies() const {
  std::vector<std::pair<std::string_view, std::int64_t>> counts;
  counts.reserve(used_);
  for (const Slot& slot : slots_) {
    if (slot.size != 0)
      counts.emplace_back(std::string_view(terms_).substr(slot.offset, slot.size), slot.df);
  }
  std::sort(counts.begin(), counts.end());
  return counts;
}

void BatchTerms::clear() {
  std::fill(slots_.begin(), slots_.end(), Slot{});
  used_ = 0;
  terms_.clear();
  articles_ = 0;
}

}  // namespace verity::evidence
