#include "evidence/terms.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <unordered_set>

#include "text/unicode.h"
#include "verity/evidence/article_store.h"

namespace verity::evidence {
namespace {

// Function words that say nothing about a story's topic.
const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> kWords = {
      "the",    "and",     "for",     "that",    "with",    "this",   "from",   "was",     "were",
      "are",    "has",     "have",    "had",     "not",     "but",    "his",    "her",     "its",
      "they",   "them",    "their",   "there",   "then",    "than",   "what",   "when",    "where",
      "which",  "who",     "whom",    "will",    "would",   "could",  "should", "can",     "may",
      "might",  "must",    "been",    "being",   "into",    "onto",   "about",  "after",   "before",
      "over",   "under",   "again",   "also",    "just",    "more",   "most",   "some",    "such",
      "only",   "other",   "our",     "out",     "own",     "same",   "she",    "him",     "you",
      "your",   "yours",   "all",     "any",     "both",    "each",   "few",    "how",     "why",
      "now",    "very",    "too",     "off",     "did",     "does",   "doing",  "done",    "said",
      "says",   "say",     "one",     "two",     "new",     "these",  "those",  "because", "while",
      "during", "through", "between", "against", "without", "within", "upon",   "like",    "get",
      "got",    "many",    "much",    "even",    "still",   "well",   "back",   "way",     "year",
      "years",  "told",    "since",   "here",    "yet",     "per",    "via",    "don",     "didn",
      "doesn",  "isn",     "wasn",    "aren",    "won",     "can't",  "let",    "made",    "make",
      "take",   "took",    "come",    "came",    "going",   "know",   "see",    "use",     "used",
      "first",  "last",    "time",    "people",
  };
  return kWords;
}

}  // namespace

bool is_term_code_point(char32_t cp) {
  const internal::CharClass c = internal::classify(cp);
  return c == internal::CharClass::kLetter || c == internal::CharClass::kDigit ||
         c == internal::CharClass::kMark;
}

bool is_content_term(std::string_view term) {
  if (term.size() < 3 || term.size() > 40) return false;
  if (std::all_of(term.begin(), term.end(), [](char c) { return internal::is_ascii_digit(c); }))
    return false;
  return !stop_words().contains(term);
}

TermMap<double> content_term_counts(const Article& article, double title_weight) {
  TermMap<double> counts;
  std::string buffer;
  for_each_content_term(article, buffer, [&](std::string_view term, bool in_title) {
    auto found = counts.find(term);
    if (found == counts.end()) found = counts.emplace(std::string(term), 0.0).first;
    found->second += in_title ? title_weight : 1.0;
  });
  return counts;
}

std::string hex_hash128(const std::vector<std::string_view>& parts) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    // A separator that text cannot hold keeps the parts' boundaries distinct.
    if (i > 0) XXH3_128bits_update(state, "\0", 1);
    XXH3_128bits_update(state, parts[i].data(), parts[i].size());
  }
  const XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

}  // namespace verity::evidence

namespace verity {

std::vector<std::string> index_terms(std::string_view text) {
  std::vector<std::string> terms;
  std::string buffer;
  evidence::for_each_index_term(text, buffer,
                                [&](std::string_view term) { terms.emplace_back(term); });
  return terms;
}

std::string content_hash(const Article& article) {
  std::vector<std::string_view> parts = {article.title};
  for (const std::string& paragraph : article.paragraphs) parts.emplace_back(paragraph);
  return evidence::hex_hash128(parts);
}

}  // namespace verity
