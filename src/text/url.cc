#include "text/url.h"

#include <algorithm>
#include <array>

#include "text/line_text.h"

namespace verity::text {
namespace {

// Generic top-level domains common in news links; every two-letter country
// code is accepted too.
constexpr std::array<std::string_view, 28> kGenericTlds = {
    "com",  "org",  "net",   "info",  "gov",   "edu",     "mil",  "int",   "biz",    "news",
    "name", "blog", "media", "press", "live",  "world",   "life", "site",  "online", "today",
    "tech", "xyz",  "club",  "space", "store", "website", "top",  "global"};

bool is_label_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

std::string_view strip_archive_prefix(std::string_view url) {
  // https://web.archive.org/web/20171107225820/https://www.forbes.com/...
  const std::size_t marker = url.find("web.archive.org/web/");
  if (marker == std::string_view::npos) return url;
  std::string_view rest = url.substr(marker + 20);
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return url;
  return rest.substr(slash + 1);
}

}  // namespace

std::string domain_of_url(std::string_view url) {
  url = strip_archive_prefix(trim(url));
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos && scheme < 12) {
    url.remove_prefix(scheme + 3);
  } else if (url.starts_with("//")) {
    url.remove_prefix(2);
  }
  std::string_view host = url.substr(0, url.find_first_of("/?#"));
  if (const std::size_t at = host.rfind('@'); at != std::string_view::npos)
    host.remove_prefix(at + 1);
  if (const std::size_t colon = host.rfind(':');
      colon != std::string_view::npos && !host.starts_with("[")) {
    host = host.substr(0, colon);
  }
  std::string domain = lower_ascii(host);
  while (!domain.empty() && domain.back() == '.') domain.pop_back();
  // Every leading one, and only while a domain remains: "www.lt" is itself
  // the host, so a result reads back as itself ("www1.www1.x.com" once gave
  // "www1.x.com", and "www.www.lt" "www.lt" then ""; fuzz/url_domain).
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view prefix : {"www.", "www1.", "www2.", "www3."}) {
      if (domain.starts_with(prefix) && domain.find('.', prefix.size()) != std::string::npos) {
        domain.erase(0, prefix.size());
        stripped = true;
        break;
      }
    }
  }
  const bool plausible =
      domain.find('.') != std::string::npos &&
      std::all_of(domain.begin(), domain.end(), [](char c) {
        return is_label_char(c) || c == '.' || static_cast<unsigned char>(c) >= 0x80;
      });
  return plausible ? domain : std::string();
}

bool looks_like_domain(std::string_view word) {
  if (word.size() < 4 || word.size() > 253 || word.front() == '.' || word.back() == '.')
    return false;
  std::size_t labels = 1;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '.') {
      if (word[i - 1] == '.') return false;
      ++labels;
    } else if (!is_label_char(word[i])) {
      return false;
    }
  }
  if (labels < 2) return false;
  // A lower-case ending: "said.He" is a missing space, not a domain.
  const std::string_view tld = word.substr(word.rfind('.') + 1);
  if (!std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  if (tld.size() == 2) return true;
  return std::find(kGenericTlds.begin(), kGenericTlds.end(), tld) != kGenericTlds.end();
}

}  // namespace verity::text
