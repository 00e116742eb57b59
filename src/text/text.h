// Text handling shared by every stage: UTF-8 repair, Unicode normalization,
// the tokenizer and the sentence splitter. The model and evidence stages use
// exactly these, so a word means the same thing everywhere in verity.
//
// All functions are thread-safe; TokenList is a caller-owned scratch buffer
// (reuse one per thread to avoid allocation on hot paths).
#ifndef VERITY_TEXT_TEXT_H_
#define VERITY_TEXT_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "verity/article.h"  // Span

namespace verity {

// ---- UTF-8 -------------------------------------------------------------------

// Copies `in` to `out`, replacing every byte that is not part of a well-formed
// UTF-8 sequence (overlongs, surrogates, truncated sequences, > U+10FFFF) with
// U+FFFD. Returns the number of bytes replaced. NUL bytes are dropped and
// counted too, so the result is safe for C APIs.
std::size_t repair_utf8(std::string_view in, std::string& out);

// True when `data` looks like a binary file rather than text: NUL bytes or a
// high share of control bytes in its first few kilobytes.
bool looks_binary(std::string_view data);

// ---- Normalization -----------------------------------------------------------

// NFC normalization plus compatibility folding of the characters news text
// spells many ways: typographic quotes to ' and ", dashes and minus signs to -,
// the ellipsis to "...", non-breaking and other Unicode spaces to a space,
// zero-width characters and soft hyphens removed. Line breaks are kept (and
// U+2028, U+2029, U+0085 become "\n"), so callers can split lines afterwards.
// Pure-ASCII input is copied as it is without touching Unicode tables.
// With Typography::kKeep the quotes, apostrophes, dashes, minus signs and
// ellipses stay as the text wrote them (spaces, line separators and invisible
// characters are still folded): the page's own typography, for showing
// extracted text; everything verity reads (the model, claims, evidence) takes
// the folded form.
// REQUIRES: `in` is valid UTF-8 (run repair_utf8 first); `in` does not point
// into `out`, which is cleared and reused.
enum class Typography : std::uint8_t { kFold, kKeep };
void normalize_text(std::string_view in, std::string& out,
                    Typography typography = Typography::kFold);
std::string normalize_text(std::string_view in, Typography typography = Typography::kFold);

// Lower-case folding of one valid UTF-8 string (full Unicode, not only ASCII),
// using the simple one-to-one mappings: "ÉCOLE" -> "école", "ß" stays "ß".
// `in` must not point into `out`.
void fold_case(std::string_view in, std::string& out);

// ---- Tokenizer ---------------------------------------------------------------

enum class TokenKind : std::uint8_t {
  kWord,    // letters, with inner apostrophes and hyphens: don't, al-Qaida, U.S.
  kNumber,  // digits with inner separators: 326, 1,200, 3.5, 24th, 2015-11-30
  kUrl,     // http(s)://…, www.…, or a bare domain such as presstv.ir
  kPunct,   // any other visible character, one token per character ("!" "?" "$")
};

struct Token {
  TokenKind kind;
  std::uint32_t begin;       // byte offset of the token in the tokenized text
  std::uint32_t end;         // one past its last byte
  std::uint32_t norm_begin;  // the lower-cased form, as a range of TokenList::folded
  std::uint32_t norm_end;
};

// The tokens of one text. Reusable: tokenize() clears it first.
struct TokenList {
  std::vector<Token> tokens;
  std::string folded;  // lower-cased token forms, back to back

  std::string_view norm(const Token& t) const {
    return std::string_view(folded).substr(t.norm_begin, t.norm_end - t.norm_begin);
  }
  std::size_t size() const { return tokens.size(); }
};

// Splits valid UTF-8 text into words, numbers, URLs and punctuation; spaces
// are skipped. Offsets refer to `text`, so callers can highlight tokens.
//  - URL: http:// or https:// or www. followed by a letter or digit, or a bare
//    domain (labels of ASCII letters, digits and hyphens joined by dots, the
//    last one a known lowercase top-level domain such as com, org, ir, uk),
//    so "Presstv.ir" is a URL but "Mr.Smith", "end.The" and "app.py" are not.
//    Trailing . , ; : ! ? ' and unbalanced ) ] are left to the sentence.
//  - Word: dotted single letters keep their dots (U.S., e.g., a.m.); otherwise
//    letters, marks and digits with inner ' and - (COVID-19, Nagorno-Karabakh).
//  - Number: digits with inner . , : / - (1,200, 3.5, 10:30, 2015-11-30), then
//    any letters glued on (24th, 1990s, 16x9). Signs are punctuation.
//  - Punctuation: one token per other visible code point, with its marks.
// Lower-cased forms go to `out.folded` (URLs included). Invalid UTF-8 never
// crashes: a stray byte becomes a punctuation token of its own.
void tokenize(std::string_view text, TokenList& out);

// ---- Sentences ---------------------------------------------------------------

// Splits text into sentences at . ! ? (and closing quotes or brackets after
// them), not at abbreviations (Mr., U.S., Jan.), initials, decimals or
// ellipses inside a sentence, nor when the next word starts in lowercase or
// no space follows (3.5, U.S.-led). Abbreviations that often close sentences
// (U.S., Inc., etc.) end one only before a common opener ("...the U.S. They").
// Every line break ends a sentence. Spans exclude surrounding whitespace and
// are never empty; `out` is cleared and reused.
void split_sentences(std::string_view text, std::vector<Span>& out);
std::vector<std::string_view> split_sentences(std::string_view text);

}  // namespace verity

#endif  // VERITY_TEXT_TEXT_H_
