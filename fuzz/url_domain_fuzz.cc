// URL and domain normalization: verity::text::domain_of_url and
// looks_like_domain (articles' urls, cited sources) and verity::parse_domain
// (reputation lookups, libidn2 and the Public Suffix List behind it). A
// parsed domain is lower-case with no scheme, path, port or "www.", its
// registrable domain is a suffix of it, and parsing its host again gives the
// same host.
#include <cstdint>
#include <string>
#include <string_view>

#include "evidence/domain.h"
#include "fuzz_support.h"
#include "text/url.h"

namespace {

bool has_ascii_upper(std::string_view text) {
  for (char c : text)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// "www." is dropped only when a domain remains: "www.lt" stays as it is.
bool keeps_www(std::string_view host) {
  return host.rfind("www.", 0) == 0 && host.find('.', 4) != std::string_view::npos;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  const std::string host = verity::text::domain_of_url(input);
  FUZZ_REQUIRE(!has_ascii_upper(host), "domain_of_url kept upper case: " + host);
  FUZZ_REQUIRE(host.find('/') == std::string::npos, "domain_of_url kept a path: " + host);
  FUZZ_REQUIRE(!keeps_www(host), "domain_of_url kept www.: " + host);
  (void)verity::text::looks_like_domain(input);

  auto parsed = verity::parse_domain(input);
  if (!parsed.ok()) {
    FUZZ_REQUIRE(parsed.status().code() == verity::StatusCode::kInvalidArgument,
                 "undocumented failure: " + parsed.status().to_string());
    return 0;
  }
  const verity::DomainName& domain = parsed.value();
  FUZZ_REQUIRE(!domain.host.empty(), "a parsed domain with an empty host");
  FUZZ_REQUIRE(!has_ascii_upper(domain.host), "host kept upper case: " + domain.host);
  for (char c : domain.host)
    FUZZ_REQUIRE(static_cast<unsigned char>(c) < 0x80 && c != '/' && c != ' ',
                 "host is not a bare ASCII name: " + domain.host);
  FUZZ_REQUIRE(!keeps_www(domain.host), "host kept www.: " + domain.host);
  FUZZ_REQUIRE(verity::fuzz::valid_utf8(domain.unicode), "unicode form is not UTF-8");
  if (domain.is_ip) {
    FUZZ_REQUIRE(domain.registrable == domain.host, "an IP's registrable domain is itself");
  } else if (!domain.registrable.empty()) {
    FUZZ_REQUIRE(
        domain.registrable == domain.host || ends_with(domain.host, "." + domain.registrable),
        "registrable " + domain.registrable + " is not a suffix of " + domain.host);
  }
  auto again = verity::parse_domain(domain.host);
  FUZZ_REQUIRE(again.ok() && again.value().host == domain.host,
               "re-parsing host " + domain.host + " changed it");
  return 0;
}
