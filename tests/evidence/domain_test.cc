// Domain normalization: every spelling of a site comes to one host, and
// anything that is not a public host name is refused with the reason.
#include "evidence/domain.h"

#include <gtest/gtest.h>

namespace verity {
namespace {

DomainName parsed(std::string_view text) {
  Result<DomainName> name = parse_domain(text);
  EXPECT_TRUE(name.ok()) << text << ": " << name.status().message();
  return name.ok() ? name.value() : DomainName{};
}

TEST(DomainTest, StripsSchemeUserInfoPortPathAndWww) {
  const DomainName name = parsed("https://user:secret@WWW.Example.COM:8080/path/a.html?q=1#top");
  EXPECT_EQ(name.host, "example.com");
  EXPECT_EQ(name.registrable, "example.com");
  EXPECT_FALSE(name.is_ip);
  EXPECT_EQ(parsed("www.cnn.com").host, "cnn.com");
  EXPECT_EQ(parsed("  reuters.com  ").host, "reuters.com");
}

TEST(DomainTest, DropsTrailingDot) { EXPECT_EQ(parsed("news.bbc.co.uk.").host, "news.bbc.co.uk"); }

TEST(DomainTest, FindsRegistrableDomainUnderMultiLabelSuffixes) {
  EXPECT_EQ(parsed("news.bbc.co.uk").registrable, "bbc.co.uk");
  EXPECT_EQ(parsed("a.b.example.com.au").registrable, "example.com.au");
  // blogspot.com is a public suffix: each blog is its own site.
  EXPECT_EQ(parsed("someone.blogspot.com").registrable, "someone.blogspot.com");
}

TEST(DomainTest, PublicSuffixAloneHasNoRegistrableDomain) {
  const DomainName name = parsed("co.uk");
  EXPECT_EQ(name.host, "co.uk");
  EXPECT_EQ(name.registrable, "");
}

TEST(DomainTest, InternationalNamesComeToPunycodeWithUnicodeForDisplay) {
  const DomainName name = parsed("https://Bücher.co.uk/");
  EXPECT_EQ(name.host, "xn--bcher-kva.co.uk");
  EXPECT_EQ(name.unicode, "bücher.co.uk");
  EXPECT_EQ(name.registrable, "xn--bcher-kva.co.uk");
  const DomainName back = parsed("XN--MLLER-KVA.de");
  EXPECT_EQ(back.host, "xn--mller-kva.de");
  EXPECT_EQ(back.unicode, "müller.de");
  EXPECT_EQ(parsed("MÜLLER.de").host, "xn--mller-kva.de");
}

TEST(DomainTest, IpAddressesAreTheirOwnRegistrableDomain) {
  const DomainName v4 = parsed("http://192.0.2.7:8080/x");
  EXPECT_TRUE(v4.is_ip);
  EXPECT_EQ(v4.host, "192.0.2.7");
  EXPECT_EQ(v4.registrable, "192.0.2.7");  // not "2.7", as a suffix list would say
  const DomainName v6 = parsed("http://[2001:DB8:0::1]:443/page");
  EXPECT_TRUE(v6.is_ip);
  EXPECT_EQ(v6.host, "2001:db8::1");
  // The host it gives back parses again to itself (found by fuzz/url_domain).
  const DomainName again = parsed(v6.host);
  EXPECT_TRUE(again.is_ip);
  EXPECT_EQ(again.host, "2001:db8::1");
  EXPECT_EQ(parsed("2001:DB8:0::1").host, "2001:db8::1");
}

TEST(DomainTest, ArchivedCopiesGiveTheArchivedHost) {
  EXPECT_EQ(parsed("https://web.archive.org/web/20171107225820/https://www.forbes.com/a").host,
            "forbes.com");
}

TEST(DomainTest, RefusesGarbageWithTheReason) {
  for (const char* garbage :
       {"", "   ", "localhost", "not a domain", "exa mple.com", "999.1.1.1", "-foo.com", "foo-.com",
        "a..b.com", "xn--zz.com", "http://", "@@@", "foo.c_m"}) {
    Result<DomainName> name = parse_domain(garbage);
    EXPECT_FALSE(name.ok()) << "'" << garbage << "' gave " << (name.ok() ? name.value().host : "");
    if (!name.ok()) {
      EXPECT_EQ(name.status().code(), StatusCode::kInvalidArgument);
      EXPECT_NE(name.status().message().find("is not a domain name"), std::string::npos)
          << name.status().message();
    }
  }
  const std::string long_label(64, 'a');
  EXPECT_FALSE(parse_domain(long_label + ".com").ok());
}

}  // namespace
}  // namespace verity
