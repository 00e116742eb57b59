#include "extract/topic_overlap.h"

#include "text/line_text.h"

namespace verity::extract {
namespace {

std::string_view strip_punctuation(std::string_view word) {
  while (!word.empty() &&
         std::string_view(".,;:!?\"'()").find(word.back()) != std::string_view::npos)
    word.remove_suffix(1);
  while (!word.empty() && std::string_view("\"'(").find(word.front()) != std::string_view::npos)
    word.remove_prefix(1);
  return word;
}

// Function words long enough to pass the length filter; they would make any
// two English paragraphs look related.
bool is_function_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "about", "after", "also",  "been", "before", "being", "could", "does",  "each",  "from",
      "have",  "here",  "into",  "just", "like",   "many",  "more",  "most",  "much",  "only",
      "other", "over",  "said",  "says", "some",   "such",  "than",  "that",  "their", "them",
      "then",  "there", "these", "they", "this",   "those", "very",  "were",  "what",  "when",
      "where", "which", "while", "will", "with",   "would", "your",  "under", "since", "because"};
  return kWords.count(word) > 0;
}

}  // namespace

// Lower-cased content words (4+ letters), the vocabulary that tells whether a
// trailing paragraph is about the story.
void add_content_words(std::string_view text, std::unordered_set<std::string>& words) {
  std::string word;
  const auto flush = [&] {
    if (word.size() >= 4 && !is_function_word(word)) words.insert(word);
    word.clear();
  };
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || byte >= 0x80) {
      word.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      flush();
    }
  }
  flush();
}

// Words of advertising copy appended to scraped pages.
std::size_t count_promo_words(std::string_view text) {
  static const std::unordered_set<std::string_view> kWords = {
      "win",         "free",      "offer",    "offers",    "deal",     "deals", "discount",
      "discounts",   "exclusive", "buy",      "shop",      "order",    "sale",  "save",
      "coupon",      "casino",    "bonus",    "cheap",     "enter",    "claim", "prize",
      "sweepstakes", "click",     "download", "subscribe", "shipping", "promo"};
  std::size_t count = 0;
  for (std::string_view word : text::split_words(text)) {
    count += kWords.count(text::lower_ascii(strip_punctuation(word))) > 0 ? 1 : 0;
  }
  return count;
}

double overlap_with(std::string_view paragraph, const std::unordered_set<std::string>& story,
                    std::size_t* judged_words) {
  std::unordered_set<std::string> words;
  add_content_words(paragraph, words);
  *judged_words = words.size();
  if (words.empty()) return 1.0;
  std::size_t shared = 0;
  for (const std::string& word : words) shared += story.count(word);
  return static_cast<double>(shared) / static_cast<double>(words.size());
}

}  // namespace verity::extract
