#include "text/url.h"

#include <gtest/gtest.h>

namespace verity::text {
namespace {

TEST(UrlTest, DomainOfUrl) {
  EXPECT_EQ(domain_of_url("https://www.voanews.com/a/obama-putin/3270000.html"), "voanews.com");
  EXPECT_EQ(domain_of_url("www.newidea.com.au/woman-claims"), "newidea.com.au");
  // "www." goes only when a domain remains, so a result reads back as itself.
  EXPECT_EQ(domain_of_url("https://www.lt/"), "www.lt");
  EXPECT_EQ(domain_of_url("www.www.lt"), "www.lt");
  EXPECT_EQ(domain_of_url(domain_of_url("www.www.lt")), "www.lt");
  EXPECT_EQ(domain_of_url("www1.www1.news.example.com"), "news.example.com");
  EXPECT_EQ(domain_of_url("http://user:pw@News.Example.co.uk:8080/path?q=1#x"),
            "news.example.co.uk");
  EXPECT_EQ(
      domain_of_url("https://web.archive.org/web/20171107225820/https://www.forbes.com/sites/x"),
      "forbes.com");
  EXPECT_EQ(domain_of_url("//cdn.example.org/a.js"), "cdn.example.org");
  EXPECT_EQ(domain_of_url(""), "");
  EXPECT_EQ(domain_of_url("not a url"), "");
  EXPECT_EQ(domain_of_url("localhost"), "");
}

TEST(UrlTest, DomainShapedWords) {
  EXPECT_TRUE(looks_like_domain("presstv.ir"));
  EXPECT_TRUE(looks_like_domain("Presstv.ir"));
  EXPECT_TRUE(looks_like_domain("example.co.uk"));
  EXPECT_TRUE(looks_like_domain("truthbeacon.net"));
  EXPECT_FALSE(looks_like_domain("U.S."));
  EXPECT_FALSE(looks_like_domain("e.g"));
  EXPECT_FALSE(looks_like_domain("said.He"));
  EXPECT_FALSE(looks_like_domain("3.5"));
  EXPECT_FALSE(looks_like_domain("Mr.Smith"));
}

}  // namespace
}  // namespace verity::text
