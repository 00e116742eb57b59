#include "extract/cited_sources.h"

#include <gtest/gtest.h>

namespace verity::extract {
namespace {

using Sources = std::vector<std::string>;

TEST(CitedSourcesTest, DomainNamedAsSource) {
  EXPECT_EQ(find_cited_sources({"Presstv.ir reports:", "\"We regret it,\" the official said."}, ""),
            Sources{"presstv.ir"});
}

TEST(CitedSourcesTest, OutletsByNameMapToDomains) {
  EXPECT_EQ(find_cited_sources({"The minister resigned on Friday, according to Reuters.",
                                "She told The New York Times that she had no regrets.",
                                "WASHINGTON (AP) - Lawmakers met again."},
                               ""),
            (Sources{"reuters.com", "nytimes.com", "apnews.com"}));
}

TEST(CitedSourcesTest, LinksAreCitationsButNotSelfLinks) {
  EXPECT_EQ(
      find_cited_sources({"Read the report at https://www.example-institute.org/report.pdf today.",
                          "Earlier coverage: https://www.ourpaper.com/earlier"},
                         "ourpaper.com"),
      Sources{"example-institute.org"});
}

TEST(CitedSourcesTest, MentionsWithoutAttributionAreNotSources) {
  EXPECT_TRUE(find_cited_sources({"He worked at CNN for ten years before running for office.",
                                  "Visit our shop for more offers.", "The U.S. and Russia met."},
                                 "")
                  .empty());
}

TEST(CitedSourcesTest, RepeatsAreListedOnce) {
  EXPECT_EQ(find_cited_sources(
                {"According to Reuters, talks stalled.", "Reuters reported a second round."}, ""),
            Sources{"reuters.com"});
}

}  // namespace
}  // namespace verity::extract
