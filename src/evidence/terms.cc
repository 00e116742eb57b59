#include "evidence/terms.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <unordered_set>

#include "text/unicode.h"
#include "verity/article_store.h"

namespace verity::evidence {
namespace {

// Function words that say nothing about a story's topic.
const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> kWords = {
      "the",   "and",   "for",   "that",  "with",  "this",  "from",  "was",   "were",  "are",
      "has",   "have",  "had",   "not",   "but",   "his",   "her",   "its",   "they",  "them",
      "their", "there", "then",  "than",  "what",  "when",  "where", "which", "who",   "whom",
      "will",  "would", "could", "should", "can",  "may",   "might", "must",  "been", "being",
      "into",  "onto",  "about", "after", "before", "over", "under", "again", "also", "just",
      "more",  "most",  "some",  "such",  "only",  "other", "our",   "out",   "own",   "same",
      "she",   "him",   "you",   "your",  "yours", "all",   "any",   "both",  "each",  "few",
      "how",   "why",   "now",   "very",  "too",   "off",   "did",   "does",  "doing", "done",
      "said",  "says",  "say",   "one",   "two",   "new",   "these", "those", "because", "while",
      "during", "through", "between", "against", "without", "within", "upon", "like", "get",
      "got",   "many",  "much",  "even",  "still", "well",  "back",  "way",   "year",  "years",
      "told",  "since", "here",  "yet",   "per",   "via",   "don",   "didn",  "doesn", "isn",
      "wasn",  "aren",  "won",   "can't", "let",   "made",  "make",  "take",  "took",  "come",
      "came",  "going", "know",  "see",   "use",   "used",  "first", "last",  "time",  "people",
  };
  return kWords;
}

bool is_term_char(internal::CharClass c) {
  return c == internal::CharClass::kLetter || c == internal::CharClass::kDigit ||
         c == internal::CharClass::kMark;
}

}  // namespace

void for_each_index_term(std::string_view text,
                         const std::function<void(std::string_view)>& term) {
  std::string buffer;
  std::size_t start = std::string_view::npos;
  bool ascii = true;
  const auto flush = [&](std::size_t end) {
    if (start == std::string_view::npos) return;
    const std::string_view raw = text.substr(start, end - start);
    buffer.clear();
    if (ascii) {
      for (char c : raw) buffer.push_back(internal::ascii_lower(c));
    } else {
      internal::append_lowercase(raw, buffer);
    }
    term(buffer);
    start = std::string_view::npos;
    ascii = true;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (internal::is_ascii_alnum(c)) {
        if (start == std::string_view::npos) start = i;
      } else {
        flush(i);
      }
      ++i;
      continue;
    }
    const internal::CodePoint cp = internal::decode_at(text, i);
    if (is_term_char(internal::classify(cp.value))) {
      if (start == std::string_view::npos) start = i;
      ascii = false;
    } else {
      flush(i);
    }
    i += cp.length;
  }
  flush(text.size());
}

bool is_content_term(std::string_view term) {
  if (term.size() < 3 || term.size() > 40) return false;
  if (std::all_of(term.begin(), term.end(), [](char c) { return internal::is_ascii_digit(c); }))
    return false;
  return !stop_words().contains(term);
}

std::unordered_map<std::string, double> content_term_counts(const Article& article,
                                                            double title_weight) {
  std::unordered_map<std::string, double> counts;
  const auto count = [&](std::string_view text, double weight) {
    for_each_index_term(text, [&](std::string_view term) {
      if (is_content_term(term)) counts[std::string(term)] += weight;
    });
  };
  count(article.title, title_weight);
  for (const std::string& paragraph : article.paragraphs) count(paragraph, 1.0);
  return counts;
}

}  // namespace verity::evidence

namespace verity {

std::vector<std::string> index_terms(std::string_view text) {
  std::vector<std::string> terms;
  evidence::for_each_index_term(text, [&](std::string_view term) { terms.emplace_back(term); });
  return terms;
}

std::string content_hash(const Article& article) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  XXH3_128bits_update(state, article.title.data(), article.title.size());
  for (const std::string& paragraph : article.paragraphs) {
    // A separator that text cannot hold keeps paragraph boundaries distinct.
    XXH3_128bits_update(state, "\0", 1);
    XXH3_128bits_update(state, paragraph.data(), paragraph.size());
  }
  const XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

}  // namespace verity
