#include <gtest/gtest.h>

#include <string>

#include "text/text.h"

namespace verity {
namespace {

TEST(NormalizeTextTest, AsciiIsCopiedUnchanged) {
  const std::string text = "WASHINGTON (Reuters) - The Senate voted 52-48.\nA second line.\r\n";
  EXPECT_EQ(normalize_text(text), text);
  EXPECT_EQ(normalize_text(""), "");
}

TEST(NormalizeTextTest, FoldsTypographicQuotes) {
  EXPECT_EQ(normalize_text("He warned of \u201Cserious consequences\u201D."),
            "He warned of \"serious consequences\".");
  EXPECT_EQ(normalize_text("\u201Ecurly quotes\u201C and \u00ABguillemets\u00BB"),
            "\"curly quotes\" and \"guillemets\"");
  EXPECT_EQ(normalize_text("The minister\u2019s \u2018plan\u2019 didn\u02BCt work"),
            "The minister's 'plan' didn't work");
}

TEST(NormalizeTextTest, FoldsDashesAndMinusSigns) {
  EXPECT_EQ(normalize_text("2015\u20132016 \u2014 a year \u2212 or two"),
            "2015-2016 - a year - or two");
  EXPECT_EQ(normalize_text("non\u2011breaking \uFF0D fullwidth"), "non-breaking - fullwidth");
}

TEST(NormalizeTextTest, ExpandsEllipsis) {
  EXPECT_EQ(normalize_text("Wait\u2026 what?"), "Wait... what?");
}

TEST(NormalizeTextTest, KeepsTheTextsOwnTypographyWhenAsked) {
  // Quotes, apostrophes, dashes, minus signs and ellipses stay as written;
  // spaces, line separators and invisible characters are folded as always.
  const std::string written =
      "\u201EDas war\u2026\u201C \u2014 she didn\u2019t say \u00ABno\u00BB \u2212 2015\u20132016";
  EXPECT_EQ(normalize_text(written, Typography::kKeep), written);
  EXPECT_EQ(
      normalize_text("100\u00A0km\u00ADs\u200B\u2029next \u2018e\u0301\u2019", Typography::kKeep),
      "100 kms\nnext \u2018\u00E9\u2019");
  EXPECT_EQ(normalize_text(written), "\"Das war...\" - she didn't say \"no\" - 2015-2016");
}

TEST(NormalizeTextTest, FoldsUnicodeSpacesAndKeepsNewlines) {
  EXPECT_EQ(normalize_text("100\u00A0km\u2009north\u3000of\nKyiv\u202F!"),
            "100 km north of\nKyiv !");
  EXPECT_EQ(normalize_text("para one\u2029para two"), "para one\npara two");
}

TEST(NormalizeTextTest, RemovesZeroWidthCharactersAndSoftHyphens) {
  EXPECT_EQ(normalize_text("\uFEFFgovern\u00ADment of\u200B\u2060 the\u200D day"),
            "government of the day");
}

TEST(NormalizeTextTest, ComposesToNfc) {
  // "é" written as e + COMBINING ACUTE ACCENT becomes the single U+00E9.
  EXPECT_EQ(normalize_text("Re\u0301sume\u0301"), "R\u00E9sum\u00E9");
  EXPECT_EQ(normalize_text("Ha\u0308agen"), "H\u00E4agen");
  // A soft hyphen between a letter and its accent must not block composition.
  EXPECT_EQ(normalize_text("cafe\u00AD\u0301"), "caf\u00E9");
  // Hangul jamo compose into a syllable.
  EXPECT_EQ(normalize_text("\u1100\u1161"), "\uAC00");
}

TEST(NormalizeTextTest, ComposesBesideSymbolsThatNeedNoComposing) {
  // Emoji, variation selectors and currency signs alone skip the NFC pass;
  // a combining mark, a singleton or a jamo anywhere in the text still
  // gets it.
  EXPECT_EQ(normalize_text("\u2764\uFE0F \u20AC5 \U0001F64F"), "\u2764\uFE0F \u20AC5 \U0001F64F");
  EXPECT_EQ(normalize_text("\u2764\uFE0F cafe\u0301"), "\u2764\uFE0F caf\u00E9");
  EXPECT_EQ(normalize_text("\U0001F64F 5\u2126"), "\U0001F64F 5\u03A9");  // OHM SIGN is Omega
  EXPECT_EQ(normalize_text("\u20AC \uAC00\u11A8"), "\u20AC \uAC01");      // syllable + final jamo
  // A Kannada vowel sign with combining class 0 still composes.
  EXPECT_EQ(normalize_text("\u20AC \u0CBF\u0CD5"), "\u20AC \u0CC0");
}

TEST(NormalizeTextTest, KeepsAlreadyComposedNonLatinText) {
  const std::string text = "Путин и 習近平 met in Москва 🇷🇺 — «talks»";
  EXPECT_EQ(normalize_text(text), "Путин и 習近平 met in Москва 🇷🇺 - \"talks\"");
}

TEST(NormalizeTextTest, ReusesOutputBuffer) {
  std::string out = "previous contents that are much longer than the result";
  normalize_text("\u201Cshort\u201D", out);
  EXPECT_EQ(out, "\"short\"");
  normalize_text("plain", out);
  EXPECT_EQ(out, "plain");
}

TEST(FoldCaseTest, LowersAsciiAndUnicode) {
  std::string out;
  fold_case("BREAKING News", out);
  EXPECT_EQ(out, "breaking news");
  fold_case("\u00C9COLE", out);
  EXPECT_EQ(out, "\u00E9cole");
  fold_case("МОСКВА Ελλάδα", out);
  EXPECT_EQ(out, "москва ελλάδα");
  fold_case("Stra\u00DFE", out);  // simple mappings: sharp s stays one letter
  EXPECT_EQ(out, "stra\u00DFe");
  fold_case("", out);
  EXPECT_EQ(out, "");
}

TEST(FoldCaseTest, FoldsNormalizedQuotation) {
  std::string out;
  fold_case(normalize_text("\u201CSerious Consequences\u201D"), out);
  EXPECT_EQ(out, "\"serious consequences\"");
}

}  // namespace
}  // namespace verity
