// Domain normalization: the URL parts come off with the extractor's
// domain_of_url (so an article's domain and a list's entry are cut the same
// way), IDNA2008 with TR46 mapping (libidn2) lower-cases and punycodes the
// rest, and libpsl finds the registrable domain.
#include "evidence/domain.h"

#include <arpa/inet.h>
#include <idn2.h>
#include <libpsl.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "text/line_text.h"
#include "text/url.h"

namespace verity {
namespace {

// Loaded once and never changed; psl_latest prefers the publicsuffix
// package's list when it is newer than the one built into libpsl.
const psl_ctx_t* public_suffixes() {
  static const psl_ctx_t* const kList = [] {
    const psl_ctx_t* latest = psl_latest(nullptr);
    return latest != nullptr ? latest : psl_builtin();
  }();
  return kList;
}

struct FreeDeleter {
  void operator()(char* p) const { std::free(p); }
};
using CString = std::unique_ptr<char, FreeDeleter>;

Status not_a_domain(std::string_view text, std::string_view why) {
  // Appended piece by piece: GCC 12 warns (-Wrestrict) on "'" + std::string(...).
  std::string message(1, '\'');
  message.append(text).append("' is not a domain name (").append(why).append(")");
  return Status(StatusCode::kInvalidArgument, std::move(message));
}

bool is_ascii_label_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// RFC 1035 shape after IDNA: labels of 1..63 letters, digits, hyphens (and
// the underscores real subdomains carry), no hyphen at either end, and a top
// label that is not all digits.
const char* label_problem(std::string_view host) {
  if (host.size() > 253) return "longer than 253 characters";
  std::size_t start = 0;
  std::string_view last;
  while (start <= host.size()) {
    std::size_t dot = host.find('.', start);
    if (dot == std::string_view::npos) dot = host.size();
    const std::string_view label = host.substr(start, dot - start);
    if (label.empty()) return "empty label";
    if (label.size() > 63) return "label longer than 63 characters";
    if (!std::all_of(label.begin(), label.end(), is_ascii_label_char))
      return "a label holds characters other than letters, digits and hyphens";
    if (label.front() == '-' || label.back() == '-') return "a label starts or ends with a hyphen";
    last = label;
    start = dot + 1;
  }
  if (std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return "numeric top-level domain";
  if (last.find('_') != std::string_view::npos) return "underscore in the top-level domain";
  return nullptr;
}

// "[2001:DB8::1]:443", "http://[::1]/x" or a bare "2001:DB8::1" (the form
// parse_domain gives back, so its own output parses again) -> "2001:db8::1";
// empty when the text holds no IPv6 address.
std::string ipv6_address(std::string_view text) {
  const std::size_t open = text.find('[');
  const std::size_t close = text.find(']', open == std::string_view::npos ? 0 : open);
  const bool bracketed = open != std::string_view::npos && close != std::string_view::npos;
  if (!bracketed && text.find(':') == text.rfind(':')) return {};  // a host:port has one colon
  const std::string address(bracketed ? text.substr(open + 1, close - open - 1) : text);
  unsigned char bytes[16];
  if (inet_pton(AF_INET6, address.c_str(), bytes) != 1) return {};
  char canonical[INET6_ADDRSTRLEN];
  if (inet_ntop(AF_INET6, bytes, canonical, sizeof canonical) == nullptr) return {};
  return canonical;
}

bool is_ipv4(const std::string& host) {
  unsigned char bytes[4];
  return inet_pton(AF_INET, host.c_str(), bytes) == 1;
}

}  // namespace

Result<DomainName> parse_domain(std::string_view text) {
  text = text::trim(text);
  if (text.empty()) return not_a_domain(text, "empty");
  DomainName name;
  if (std::string ipv6 = ipv6_address(text); !ipv6.empty()) {
    name.host = name.unicode = name.registrable = ipv6;
    name.is_ip = true;
    return name;
  }
  const std::string host = text::domain_of_url(text);
  if (host.empty()) return not_a_domain(text, "no host name of two or more labels");
  if (is_ipv4(host)) {
    name.host = name.unicode = name.registrable = host;
    name.is_ip = true;
    return name;
  }
  char* ascii_raw = nullptr;
  const int rc = idn2_to_ascii_8z(host.c_str(), &ascii_raw, IDN2_NONTRANSITIONAL);
  const CString ascii(ascii_raw);
  if (rc != IDN2_OK) return not_a_domain(text, idn2_strerror(rc));
  name.host = ascii.get();
  if (const char* problem = label_problem(name.host)) return not_a_domain(text, problem);

  char* unicode_raw = nullptr;
  const CString unicode(
      idn2_to_unicode_8z8z(name.host.c_str(), &unicode_raw, 0) == IDN2_OK ? unicode_raw : nullptr);
  name.unicode = unicode ? unicode.get() : name.host;
  if (const char* registrable = psl_registrable_domain(public_suffixes(), name.host.c_str()))
    name.registrable = registrable;  // a pointer into name.host: copied before host changes
  return name;
}

}  // namespace verity
