#include "plots.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace verity::cli {
namespace {

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

TEST(RocSvgTest, IsAStandaloneDocumentWithOnePolylinePerSeries) {
  const std::vector<double> scores = {0.9, 0.8, 0.3, 0.6, 0.1};
  const std::vector<int> labels = {1, 0, 1, 1, 0};
  std::vector<RocSeries> series;
  series.push_back({"style <only>", roc_curve(scores, labels), 0.9123});
  series.push_back({"words & style", roc_curve(scores, labels), 0.5});
  const std::string svg = roc_svg("Fake vs \"real\" <2024>", series);
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_NE(svg.find("xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
  EXPECT_NE(svg.find("Fake vs &quot;real&quot; &lt;2024&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<2024>"), std::string::npos);
  EXPECT_NE(svg.find("style &lt;only&gt; (AUC 0.912)"), std::string::npos);
  EXPECT_NE(svg.find("words &amp; style (AUC 0.500)"), std::string::npos);
  EXPECT_EQ(count_of(svg, "<polyline"), 2u);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);
  EXPECT_NE(svg.find(">0.6</text>"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
}

TEST(RocSvgTest, ThinsHugeCurves) {
  std::vector<RocSeries> series(1);
  series[0].name = "big";
  series[0].auc = 0.5;
  for (int i = 0; i <= 100'000; ++i) {
    const double rate = i / 100'000.0;
    series[0].points.push_back({rate, rate, 1 - rate});
  }
  const std::string svg = roc_svg("big", series);
  EXPECT_LT(svg.size(), 40'000u);
  // Both ends survive the thinning.
  EXPECT_NE(svg.find("points=\"64.0,344.0 "), std::string::npos);
  EXPECT_NE(svg.find(" 456.0,44.0\""), std::string::npos);
}

TEST(ReliabilitySvgTest, DrawsBinsWithCountsAndTheDiagonal) {
  const std::vector<ReliabilityBin> bins = {{0.1, 0.2, 17}, {0.5, 0.4, 230}, {0.9, 0.95, 42}};
  const std::string svg = reliability_svg("Calibration & <you>", bins);
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_NE(svg.find("Calibration &amp; &lt;you&gt;"), std::string::npos);
  EXPECT_EQ(count_of(svg, "<circle"), 3u);
  EXPECT_NE(svg.find(">230</text>"), std::string::npos);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);
  EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
}

TEST(ReliabilitySvgTest, DropsControlCharactersFromTitles) {
  const std::string svg = reliability_svg(std::string("bad\x01title\x1b"), {});
  EXPECT_NE(svg.find("badtitle"), std::string::npos);
  EXPECT_EQ(svg.find('\x01'), std::string::npos);
}

}  // namespace
}  // namespace verity::cli
