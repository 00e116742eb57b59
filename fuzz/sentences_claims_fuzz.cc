// Sentence splitting, tokenizing, normalization and claim detection over
// any text. Offsets stay inside the text, in order, never empty; the
// sentence a claim quotes is exactly the bytes its span names.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "text/text.h"
#include "verity/article.h"
#include "verity/evidence/claims.h"

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void check_sentences(std::string_view text) {
  std::vector<verity::Span> spans;
  verity::split_sentences(text, spans);
  std::uint32_t previous_end = 0;
  for (const verity::Span& span : spans) {
    FUZZ_REQUIRE(span.begin < span.end && span.end <= text.size(),
                 "sentence span [" + std::to_string(span.begin) + ", " + std::to_string(span.end) +
                     ") outside " + std::to_string(text.size()) + " bytes");
    FUZZ_REQUIRE(span.begin >= previous_end, "sentences overlap or go back");
    FUZZ_REQUIRE(!is_space(text[span.begin]) && !is_space(text[span.end - 1]),
                 "a sentence keeps surrounding whitespace");
    previous_end = span.end;
  }
}

void check_tokens(std::string_view text) {
  verity::TokenList tokens;
  verity::tokenize(text, tokens);
  std::uint32_t previous_end = 0;
  for (const verity::Token& token : tokens.tokens) {
    FUZZ_REQUIRE(token.begin < token.end && token.end <= text.size(), "token outside the text");
    FUZZ_REQUIRE(token.begin >= previous_end, "tokens overlap or go back");
    FUZZ_REQUIRE(token.norm_begin <= token.norm_end && token.norm_end <= tokens.folded.size(),
                 "folded form outside TokenList::folded");
    previous_end = token.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  check_tokens(raw);  // promised safe on invalid UTF-8
  std::string text;
  verity::repair_utf8(raw, text);
  check_sentences(text);
  check_tokens(text);
  std::string normalized = verity::normalize_text(text);
  FUZZ_REQUIRE(verity::fuzz::valid_utf8(normalized), "normalize_text broke UTF-8");
  std::string folded;
  verity::fold_case(normalized, folded);
  FUZZ_REQUIRE(verity::fuzz::valid_utf8(folded), "fold_case broke UTF-8");

  verity::Article article;
  std::string_view rest(normalized);
  while (!rest.empty()) {
    const std::string_view line = verity::fuzz::take_field(rest);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos)
      article.paragraphs.emplace_back(line);
  }
  verity::ClaimDetectionOptions options;
  options.min_score = -100;  // every sentence, so each one's offsets are checked
  options.limit = 64;
  const auto claims = verity::find_check_worthy(article, options);
  FUZZ_REQUIRE(claims.size() <= options.limit, "more claims than the limit");
  for (const verity::CheckWorthySentence& claim : claims) {
    FUZZ_REQUIRE(claim.paragraph < article.paragraphs.size(), "claim in a missing paragraph");
    const std::string& paragraph = article.paragraphs[claim.paragraph];
    FUZZ_REQUIRE(claim.span.begin < claim.span.end && claim.span.end <= paragraph.size(),
                 "claim span outside its paragraph");
    FUZZ_REQUIRE(
        claim.text == paragraph.substr(claim.span.begin, claim.span.end - claim.span.begin),
        "claim text is not its span: " + claim.text);
    FUZZ_REQUIRE(claim.score >= options.min_score, "a claim under min_score");
  }
  return 0;
}
