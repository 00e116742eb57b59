// Domain names as reputation lists and articles spell them, brought to one
// form so "https://user@WWW.BBC.co.uk:443/news", "bbc.co.uk." and
// "news.bbc.co.uk" can be matched against the same rating.
#ifndef VERITY_DOMAIN_H_
#define VERITY_DOMAIN_H_

#include <string>
#include <string_view>

#include "verity/status.h"

namespace verity {

struct DomainName {
  // The host, lower-case ASCII (punycode for internationalized names), without
  // scheme, user info, port, path, trailing dot or a leading "www.":
  // "news.bbc.co.uk", "xn--mller-kva.de", "192.0.2.7", "2001:db8::1".
  std::string host;
  // The same host in Unicode, for people: "müller.de".
  std::string unicode;
  // The registrable domain by the Public Suffix List: "bbc.co.uk" for
  // "news.bbc.co.uk", "foo.blogspot.com" for itself (blogspot.com is a
  // suffix). Equal to `host` for an IP address; empty when the host is itself
  // a public suffix ("co.uk").
  std::string registrable;
  bool is_ip = false;
};

// Normalizes a domain, a host or a URL (web.archive.org copies give the
// archived page's host). Fails with kInvalidArgument, naming the input, for
// anything that is not a plausible public host name or IP address: empty
// text, single labels ("localhost"), bad punycode, labels with spaces or
// leading hyphens, numeric top-level domains ("999.1.1.1").
//
// Thread-safe: the Public Suffix List is loaded once (the publicsuffix
// package's file when present, else the list built into libpsl) and only read.
Result<DomainName> parse_domain(std::string_view text);

}  // namespace verity

#endif  // VERITY_DOMAIN_H_
