// Host names from URLs and domain-shaped words.
#ifndef VERITY_TEXT_URL_H_
#define VERITY_TEXT_URL_H_

#include <string>
#include <string_view>

namespace verity::text {

// The host of a URL, lower-case, without "www.", port or user info; for a
// web.archive.org copy, the archived page's host. Accepts URLs without a
// scheme ("www.example.com/a"). Empty when there is no plausible host.
std::string domain_of_url(std::string_view url);

// "presstv.ir", "Example.co.uk", "www.cnn.com": labels of letters, digits and
// hyphens, ending in a country code or a common generic top-level domain.
bool looks_like_domain(std::string_view word);

}  // namespace verity::text

#endif  // VERITY_TEXT_URL_H_
