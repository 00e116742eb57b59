#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/text.h"

namespace verity {
namespace {

std::string kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kPunct:
      return "punct";
  }
  return "?";
}

// Each token as "kind:text", which reads like the specification.
std::vector<std::string> describe(std::string_view text) {
  TokenList tokens;
  tokenize(text, tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens.tokens) {
    out.push_back(kind_name(t.kind) + ":" + std::string(text.substr(t.begin, t.end - t.begin)));
  }
  return out;
}

std::vector<std::string> folded(std::string_view text) {
  TokenList tokens;
  tokenize(text, tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens.tokens) out.emplace_back(tokens.norm(t));
  return out;
}

using Strings = std::vector<std::string>;

TEST(TokenizeTest, NewsSentenceWithEveryKind) {
  const std::string text =
      "Presstv.ir reports: U.S. troops (1,200) left on Nov. 24th \u2014 see "
      "https://example.com/a?b=1!";
  EXPECT_EQ(describe(text),
            (Strings{"url:Presstv.ir", "word:reports", "punct::", "word:U.S.", "word:troops",
                     "punct:(", "number:1,200", "punct:)", "word:left", "word:on", "word:Nov",
                     "punct:.", "number:24th", "punct:\u2014", "word:see",
                     "url:https://example.com/a?b=1", "punct:!"}));
  EXPECT_EQ(folded(text),
            (Strings{"presstv.ir", "reports", ":", "u.s.", "troops", "(", "1,200", ")", "left",
                     "on", "nov", ".", "24th", "\u2014", "see", "https://example.com/a?b=1", "!"}));
}

TEST(TokenizeTest, OffsetsAreByteOffsetsIntoTheInput) {
  const std::string text = "  Zürich\u00A0said: «non»";
  TokenList tokens;
  tokenize(text, tokens);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens.tokens[0].begin, 2u);
  EXPECT_EQ(tokens.tokens[0].end, 9u);  // "Zürich" is 7 bytes
  EXPECT_EQ(tokens.norm(tokens.tokens[0]), "zürich");
  EXPECT_EQ(tokens.tokens[1].begin, 11u);  // after the 2-byte no-break space
  EXPECT_EQ(text.substr(tokens.tokens[3].begin, tokens.tokens[3].end - tokens.tokens[3].begin),
            "\u00AB");
  for (const Token& t : tokens.tokens) {
    EXPECT_LT(t.begin, t.end);
    EXPECT_LE(t.end, text.size());
    EXPECT_LE(t.norm_end, tokens.folded.size());
  }
}

TEST(TokenizeTest, WordsKeepInnerApostrophesAndHyphens) {
  EXPECT_EQ(describe("Don't blame al-Qaida for Nagorno-Karabakh's rock'n'roll"),
            (Strings{"word:Don't", "word:blame", "word:al-Qaida", "word:for",
                     "word:Nagorno-Karabakh's", "word:rock'n'roll"}));
  EXPECT_EQ(describe("the 'quoted' word -- and well- then"),
            (Strings{"word:the", "punct:'", "word:quoted", "punct:'", "word:word", "punct:-",
                     "punct:-", "word:and", "word:well", "punct:-", "word:then"}));
  EXPECT_EQ(describe("COVID-19 and G7 vs. F-16s"),
            (Strings{"word:COVID-19", "word:and", "word:G7", "word:vs", "punct:.", "word:F-16s"}));
}

TEST(TokenizeTest, UnnormalizedApostrophesAndPersianJoinersStayInWords) {
  EXPECT_EQ(describe("don\u2019t stop"), (Strings{"word:don\u2019t", "word:stop"}));
  // ZWNJ inside a Persian word ("mi-khaham", I want) is part of its spelling.
  EXPECT_EQ(describe("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 !"),
            (Strings{"word:\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "punct:!"}));
}

TEST(TokenizeTest, WorksOnNormalizedText) {
  const std::string text = normalize_text("\u201CWe won\u2019t\u201D \u2014 Trump\u2019s aide");
  EXPECT_EQ(describe(text), (Strings{"punct:\"", "word:We", "word:won't", "punct:\"", "punct:-",
                                     "word:Trump's", "word:aide"}));
}

TEST(TokenizeTest, DottedAbbreviationsAreOneWord) {
  EXPECT_EQ(describe("U.S. and U.K. officials, e.g. the F.B.I., met at 9 a.m."),
            (Strings{"word:U.S.", "word:and", "word:U.K.", "word:officials", "punct:,", "word:e.g.",
                     "word:the", "word:F.B.I.", "punct:,", "word:met", "word:at", "number:9",
                     "word:a.m."}));
  EXPECT_EQ(folded("U.S. E.G."), (Strings{"u.s.", "e.g."}));
  // An initial before a name is a word and a dot; so is a run-together "U.Smith".
  EXPECT_EQ(describe("John F. Kennedy, U.Smith"),
            (Strings{"word:John", "word:F", "punct:.", "word:Kennedy", "punct:,", "word:U",
                     "punct:.", "word:Smith"}));
}

TEST(TokenizeTest, NumbersWithSeparatorsAndSuffixes) {
  EXPECT_EQ(describe("326 1,200 3.5 24th 16x9 1990s 10:30 9/11 2015-11-30"),
            (Strings{"number:326", "number:1,200", "number:3.5", "number:24th", "number:16x9",
                     "number:1990s", "number:10:30", "number:9/11", "number:2015-11-30"}));
  EXPECT_EQ(describe("$1.5bn, -3 and 5-year-old in 2015."),
            (Strings{"punct:$", "number:1.5bn", "punct:,", "punct:-", "number:3", "word:and",
                     "number:5", "punct:-", "word:year-old", "word:in", "number:2015", "punct:."}));
}

TEST(TokenizeTest, UrlsWithSchemeOrWww) {
  EXPECT_EQ(describe("(source: http://www.Example.org/news/2015/11/30/story.html)."),
            (Strings{"punct:(", "word:source",
                     "punct::", "url:http://www.Example.org/news/2015/11/30/story.html", "punct:)",
                     "punct:."}));
  EXPECT_EQ(folded("HTTPS://Example.COM/Path"), (Strings{"https://example.com/path"}));
  EXPECT_EQ(describe("Read www.bbc.co.uk/news, then https://en.wikipedia.org/wiki/Foo_(bar)."),
            (Strings{"word:Read", "url:www.bbc.co.uk/news", "punct:,", "word:then",
                     "url:https://en.wikipedia.org/wiki/Foo_(bar)", "punct:."}));
  // A scheme with nothing after it is not a URL.
  EXPECT_EQ(describe("http:// is a prefix"), (Strings{"word:http", "punct::", "punct:/", "punct:/",
                                                      "word:is", "word:a", "word:prefix"}));
}

TEST(TokenizeTest, BareDomainsNeedAKnownLowercaseTld) {
  EXPECT_EQ(describe("joseon.com and news.bbc.co.uk cite rt.com/en/123 and Presstv.ir."),
            (Strings{"url:joseon.com", "word:and", "url:news.bbc.co.uk", "word:cite",
                     "url:rt.com/en/123", "word:and", "url:Presstv.ir", "punct:."}));
  // Run-together sentences, names and file names are not domains.
  EXPECT_EQ(
      describe("Mr.Smith said so.The end.It app.py"),
      (Strings{"word:Mr", "punct:.", "word:Smith", "word:said", "word:so", "punct:.", "word:The",
               "word:end", "punct:.", "word:It", "word:app", "punct:.", "word:py"}));
}

TEST(TokenizeTest, PunctuationIsOneTokenPerCharacter) {
  EXPECT_EQ(describe("Wow!!! \u20AC5 \u2764\uFE0F #fake @user"),
            (Strings{"word:Wow", "punct:!", "punct:!", "punct:!", "punct:\u20AC", "number:5",
                     "punct:\u2764\uFE0F", "punct:#", "word:fake", "punct:@", "word:user"}));
}

TEST(TokenizeTest, NonLatinWordsAreLowerCased) {
  EXPECT_EQ(describe("\u00C9COLE Москва Ελλάδα"),
            (Strings{"word:\u00C9COLE", "word:Москва", "word:Ελλάδα"}));
  EXPECT_EQ(folded("\u00C9COLE Москва Ελλάδα"), (Strings{"\u00E9cole", "москва", "ελλάδα"}));
  // Decomposed accents stay inside their word.
  EXPECT_EQ(describe("Re\u0301sume\u0301 now"), (Strings{"word:Re\u0301sume\u0301", "word:now"}));
}

TEST(TokenizeTest, EmptyAndBlankInputs) {
  EXPECT_TRUE(describe("").empty());
  EXPECT_TRUE(describe("   \n\t \u00A0\u3000 ").empty());
}

TEST(TokenizeTest, ReusesTheList) {
  TokenList tokens;
  tokenize("one two three four", tokens);
  ASSERT_EQ(tokens.size(), 4u);
  tokenize("five", tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens.norm(tokens.tokens[0]), "five");
  EXPECT_EQ(tokens.folded, "five");
}

TEST(TokenizeTest, InvalidUtf8NeverCrashes) {
  const std::string text = "bad \xC3 bytes \xF0\x9F and \xFF\xFE end\xE2\x80";
  TokenList tokens;
  tokenize(text, tokens);
  ASSERT_FALSE(tokens.tokens.empty());
  std::uint32_t previous_end = 0;
  for (const Token& t : tokens.tokens) {
    EXPECT_GE(t.begin, previous_end);
    EXPECT_LT(t.begin, t.end);
    EXPECT_LE(t.end, text.size());
    previous_end = t.end;
  }
  EXPECT_EQ(tokens.norm(tokens.tokens.front()), "bad");
}

TEST(TokenizeTest, HugeSingleWordIsLinear) {
  const std::string word(1 << 20, 'a');
  TokenList tokens;
  tokenize(word, tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens.tokens[0].end, word.size());
  EXPECT_EQ(tokens.folded.size(), word.size());
}

TEST(TokenizeTest, ManyDotsStayLinear) {
  // Domain-like runs that never end in a TLD must not rescan the whole text.
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "ab.";
  TokenList tokens;
  tokenize(text, tokens);
  EXPECT_EQ(tokens.size(), 200000u);
}

}  // namespace
}  // namespace verity
