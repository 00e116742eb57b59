#include <gtest/gtest.h>

#include <string>

#include "text/text.h"

namespace verity {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

std::string repaired(std::string_view in, std::size_t* replaced = nullptr) {
  std::string out = "stale content that must be cleared";
  const std::size_t count = repair_utf8(in, out);
  if (replaced != nullptr) *replaced = count;
  return out;
}

TEST(RepairUtf8Test, KeepsValidTextUnchanged) {
  const std::string text = "Kyiv — Zürich — 東京 — 😀 and plain ASCII.";
  std::size_t replaced = 99;
  EXPECT_EQ(repaired(text, &replaced), text);
  EXPECT_EQ(replaced, 0u);
}

TEST(RepairUtf8Test, KeepsFourByteEmoji) {
  std::size_t replaced = 99;
  EXPECT_EQ(repaired("Breaking \xF0\x9F\x94\xA5 news", &replaced), "Breaking 🔥 news");
  EXPECT_EQ(replaced, 0u);
}

TEST(RepairUtf8Test, EmptyInput) {
  std::size_t replaced = 99;
  EXPECT_EQ(repaired("", &replaced), "");
  EXPECT_EQ(replaced, 0u);
}

TEST(RepairUtf8Test, ReplacesLatin1BytesOneEach) {
  // "café" saved as Latin-1, a common mojibake source in scraped pages.
  std::size_t replaced = 0;
  EXPECT_EQ(repaired("caf\xE9 au lait", &replaced), "caf" + kReplacement + " au lait");
  EXPECT_EQ(replaced, 1u);
}

TEST(RepairUtf8Test, RejectsOverlongEncodings) {
  std::size_t replaced = 0;
  // "/" as two bytes, and NUL as three: both are classic filter bypasses.
  EXPECT_EQ(repaired("a\xC0\xAF"
                     "b",
                     &replaced),
            "a" + kReplacement + kReplacement + "b");
  EXPECT_EQ(replaced, 2u);
  EXPECT_EQ(repaired("\xE0\x80\x80", &replaced), kReplacement + kReplacement + kReplacement);
  EXPECT_EQ(replaced, 3u);
  EXPECT_EQ(repaired("\xF0\x8F\xBF\xBF", &replaced),
            kReplacement + kReplacement + kReplacement + kReplacement);
  EXPECT_EQ(replaced, 4u);
}

TEST(RepairUtf8Test, RejectsSurrogatesAndCodePointsAboveUnicode) {
  std::size_t replaced = 0;
  EXPECT_EQ(repaired("\xED\xA0\x80", &replaced), kReplacement + kReplacement + kReplacement);
  EXPECT_EQ(replaced, 3u);
  EXPECT_EQ(repaired("\xF4\x90\x80\x80", &replaced),
            kReplacement + kReplacement + kReplacement + kReplacement);
  EXPECT_EQ(replaced, 4u);
  // The highest code point, U+10FFFF, is fine.
  EXPECT_EQ(repaired("\xF4\x8F\xBF\xBF", &replaced), "\xF4\x8F\xBF\xBF");
  EXPECT_EQ(replaced, 0u);
}

TEST(RepairUtf8Test, ReplacesTruncatedSequenceAtEnd) {
  std::size_t replaced = 0;
  // An emoji cut after three of its four bytes, as when a page is truncated.
  EXPECT_EQ(repaired("end \xF0\x9F\x94", &replaced),
            "end " + kReplacement + kReplacement + kReplacement);
  EXPECT_EQ(replaced, 3u);
  EXPECT_EQ(repaired("\xC3", &replaced), kReplacement);
  EXPECT_EQ(replaced, 1u);
}

TEST(RepairUtf8Test, ReplacesStrayContinuationBytes) {
  std::size_t replaced = 0;
  EXPECT_EQ(repaired("x\x80\xBFy", &replaced), "x" + kReplacement + kReplacement + "y");
  EXPECT_EQ(replaced, 2u);
}

TEST(RepairUtf8Test, DropsNulBytesAndCountsThem) {
  std::size_t replaced = 0;
  EXPECT_EQ(repaired(std::string("Reu\0ters\0", 9), &replaced), "Reuters");
  EXPECT_EQ(replaced, 2u);
}

TEST(LooksBinaryTest, TextIsNotBinary) {
  EXPECT_FALSE(looks_binary(""));
  EXPECT_FALSE(looks_binary("WASHINGTON (Reuters) - Lawmakers met on Tuesday.\r\n\tMore text."));
  EXPECT_FALSE(looks_binary("Résumé of the talks in 東京."));
}

TEST(LooksBinaryTest, NulOrManyControlBytesAreBinary) {
  EXPECT_TRUE(looks_binary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_TRUE(looks_binary("\x01\x02\x03\x04\x05\x06\x07\x08 abc"));
}

}  // namespace
}  // namespace verity
