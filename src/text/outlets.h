// Names of news outlets as articles write them ("The New York Times", "AP",
// "Press TV") and their domains: the table cited-source detection, the
// featurizer's outlet mask and the style signals all read.
#ifndef VERITY_TEXT_OUTLETS_H_
#define VERITY_TEXT_OUTLETS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace verity::text {

// The domain of a news outlet's name, or empty when the name is not in the
// built-in list.
std::string_view outlet_domain(std::string_view name);

// The number of words of the longest outlet name starting at words[i] (0 when
// none), setting *domain to its domain.
std::size_t match_outlet(const std::vector<std::string_view>& words, std::size_t i,
                         std::string_view* domain);

// A word without its trailing punctuation and possessive: "CNN's," -> "CNN".
std::string_view strip_word_tail(std::string_view word);

}  // namespace verity::text

#endif  // VERITY_TEXT_OUTLETS_H_
