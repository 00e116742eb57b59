#include "io/format_detect.h"

#include <gtest/gtest.h>

#include <string>

#include "io/reader_test_support.h"
#include "verity/reader.h"

namespace verity {
namespace {

using io::detect_input_format;
using io::format_from_name;
using io::looks_like_liar;

const char kLiarRow[] =
    "1.json\thalf-true\tA claim.\ttaxes\tsomeone\tjob\tstate\tparty\t0\t0\t0\t0\t0\tcontext\n";

TEST(FormatDetectTest, ByExtensionAfterGz) {
  EXPECT_EQ(format_from_name("a/b/news.jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(format_from_name("news.NDJSON"), InputFormat::kJsonl);
  EXPECT_EQ(format_from_name("news.json.gz"), InputFormat::kJsonl);
  EXPECT_EQ(format_from_name("news.csv.gz"), InputFormat::kCsv);
  EXPECT_EQ(format_from_name("news.tsv"), InputFormat::kTsv);
  EXPECT_EQ(format_from_name("page.HTM"), InputFormat::kHtml);
  EXPECT_EQ(format_from_name("page.html.gz"), InputFormat::kHtml);
  EXPECT_EQ(format_from_name("story.txt"), InputFormat::kText);
  EXPECT_EQ(format_from_name("story"), InputFormat::kAuto);
  EXPECT_EQ(format_from_name("dir.v2/story"), InputFormat::kAuto);
  EXPECT_EQ(format_from_name("<stdin>"), InputFormat::kAuto);
  EXPECT_EQ(format_from_name("archive.gz"), InputFormat::kAuto);
}

TEST(FormatDetectTest, LiarRowsAreRecognised) {
  EXPECT_TRUE(looks_like_liar(kLiarRow));
  EXPECT_FALSE(looks_like_liar("id\tlabel\tstatement\n"));
  std::string wrong_label = kLiarRow;
  wrong_label.replace(wrong_label.find("half-true"), 9, "maybe");
  EXPECT_FALSE(looks_like_liar(wrong_label));
  EXPECT_EQ(detect_input_format("valid.tsv", kLiarRow), InputFormat::kLiar);
  EXPECT_EQ(detect_input_format("plain.tsv", "id\ttext\n1\thello\n"), InputFormat::kTsv);
}

TEST(FormatDetectTest, ByContentWhenTheNameSaysNothing) {
  EXPECT_EQ(detect_input_format("<stdin>", "  \n{\"text\": \"x\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(detect_input_format("<stdin>", kLiarRow), InputFormat::kLiar);
  EXPECT_EQ(detect_input_format("page", "<!DOCTYPE html><html><body>x</body></html>"),
            InputFormat::kHtml);
  EXPECT_EQ(detect_input_format("story", "Officials said on Tuesday that..."), InputFormat::kText);
  // The extension wins over the content.
  EXPECT_EQ(detect_input_format("story.txt", "<html><body>x</body></html>"), InputFormat::kText);
}

TEST(FormatDetectTest, NamesRoundTrip) {
  for (InputFormat format :
       {InputFormat::kAuto, InputFormat::kText, InputFormat::kHtml, InputFormat::kJsonl,
        InputFormat::kCsv, InputFormat::kTsv, InputFormat::kLiar}) {
    const auto parsed = parse_input_format(input_format_name(format));
    ASSERT_TRUE(parsed.has_value()) << input_format_name(format);
    EXPECT_EQ(*parsed, format);
  }
  EXPECT_EQ(input_format_name(InputFormat::kLiar), std::string("liar"));
  EXPECT_FALSE(parse_input_format("xml").has_value());
}

TEST(FormatDetectTest, OpenDetectsByContent) {
  auto jsonl = DocumentReader::from_string("{\"text\": \"hello\"}\n", "<stdin>");
  ASSERT_TRUE(jsonl.ok());
  EXPECT_EQ(jsonl.value()->format(), InputFormat::kJsonl);
  auto html = DocumentReader::from_string("<html><body><p>Hi</p></body></html>", "page");
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html.value()->format(), InputFormat::kHtml);
  auto liar = DocumentReader::from_string(kLiarRow, "claims");
  ASSERT_TRUE(liar.ok());
  EXPECT_EQ(liar.value()->format(), InputFormat::kLiar);
}

}  // namespace
}  // namespace verity
