// Whether a paragraph is about the story: content words shared with it, and
// the vocabulary of advertising copy appended to scraped pages.
#ifndef VERITY_EXTRACT_TOPIC_OVERLAP_H_
#define VERITY_EXTRACT_TOPIC_OVERLAP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace verity::extract {

// Adds the lower-cased content words (4+ letters, not function words) of
// `text` to `words`.
void add_content_words(std::string_view text, std::unordered_set<std::string>& words);

// Words of advertising copy ("win", "discount", "sweepstakes") in `text`.
std::size_t count_promo_words(std::string_view text);

// The share of the paragraph's content words found in `story`;
// *judged_words is how many content words it has (1.0 when none).
double overlap_with(std::string_view paragraph, const std::unordered_set<std::string>& story,
                    std::size_t* judged_words);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_TOPIC_OVERLAP_H_
