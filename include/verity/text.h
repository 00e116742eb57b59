// Text handling shared by every stage: UTF-8 repair, Unicode normalization,
// the tokenizer and the sentence splitter. The model and evidence stages use
// exactly these, so a word means the same thing everywhere in verity.
//
// All functions are thread-safe; TokenList is a caller-owned scratch buffer
// (reuse one per thread to avoid allocation on hot paths).
#ifndef VERITY_TEXT_H_
#define VERITY_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
// zero-width characters and soft hyphens removed.
// REQUIRES: `in` is valid UTF-8 (run repair_utf8 first).
void normalize_text(std::string_view in, std::string& out);
std::string normalize_text(std::string_view in);

// Lower-case folding of one valid UTF-8 string (full Unicode, not only ASCII).
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
void tokenize(std::string_view text, TokenList& out);

// ---- Sentences ---------------------------------------------------------------

struct Span {
  std::uint32_t begin;
  std::uint32_t end;
};

// Splits text into sentences at . ! ? (and closing quotes or brackets after
// them), not at abbreviations (Mr., U.S., Jan.), initials, decimals or
// ellipses inside a sentence. Line breaks that separate paragraphs also end a
// sentence. Spans exclude surrounding whitespace.
void split_sentences(std::string_view text, std::vector<Span>& out);
std::vector<std::string_view> split_sentences(std::string_view text);

}  // namespace verity

#endif  // VERITY_TEXT_H_
