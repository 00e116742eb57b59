// The tokenizer: words, numbers, URLs and punctuation, with byte offsets into
// the input and lower-cased forms packed into TokenList::folded.
//
// Rules, tried in this order at the start of every non-space character:
//  1. URL: "http://" or "https://" (any case) followed by a letter or digit;
//     "www." followed by a letter or digit; or a bare domain (see
//     bare_domain_length) such as presstv.ir or news.bbc.co.uk, optionally
//     with a "/path". A URL runs to the next space, ASCII quote or angle
//     bracket, or non-ASCII character that is not a letter, mark or digit;
//     trailing . , ; : ! ? ' and unbalanced ) ] are left out, since they
//     belong to the sentence ("see https://example.com/a?b=1!").
//  2. Word abbreviation: two or more single ASCII letters joined by dots,
//     with the final dot included: U.S., e.g., a.m., F.B.I. ("Ph.D." is not:
//     its first part has two letters).
//  3. Word: a letter, then letters, combining marks and digits (G7, COVID-19),
//     with inner apostrophes (' or U+2019) before a letter (don't, O'Brien),
//     inner hyphens before a letter or digit (al-Qaida, Nagorno-Karabakh) and
//     inner ZWNJ/ZWJ before a letter (Persian). Scripts written without
//     spaces (Chinese, Japanese, Thai) come out as one word per run.
//  4. Number: decimal digits with inner separators . , : / - each followed
//     by a digit (326, 1,200, 3.5, 10:30, 9/11, 2015-11-30), then any letters
//     and digits glued on (24th, 1990s, 16x9, 5G). A sign is punctuation:
//     "-3" is "-" and "3"; "5-year-old" is "5", "-", "year-old".
//  5. Punctuation: any other visible code point, one token each, with the
//     combining marks and variation selectors that follow it ("❤️").
// Spaces, controls and invisible format characters separate tokens.
#include <algorithm>
#include <array>
#include <limits>

#include "text/text.h"
#include "text/unicode.h"

namespace verity {
namespace {

using internal::CharClass;
using internal::classify;
using internal::decode_at;
using internal::is_ascii_alnum;
using internal::is_ascii_digit;
using internal::is_ascii_letter;

// Top-level domains accepted for bare domains. A list, not "any two letters",
// so that file names (app.py, notes.md) and run-together sentences do not
// become URLs. Generic English words (.today, .world, .live) are left out.
// clang-format off
constexpr std::array<std::string_view, 121> kTopLevelDomains = {
    "ac", "ae", "af", "ai", "al", "am", "app", "ar", "at", "au", "az", "ba", "bd", "be", "bg",
    "bh", "biz", "by", "ca", "cc", "ch", "cl", "cn", "co", "com", "cu", "cz", "de", "dev", "dk",
    "dz", "edu", "ee", "eg", "es", "eu", "fi", "fm", "fr", "ge", "gh", "gov", "gr", "hk", "hr",
    "hu", "id", "ie", "il", "in", "info", "int", "io", "iq", "ir", "it", "jo", "jp", "ke", "kg",
    "kr", "kw", "kz", "lb", "lk", "lt", "lu", "lv", "ly", "ma", "me", "mil", "mx", "my", "net",
    "news", "ng", "nl", "no", "np", "nz", "om", "org", "pe", "ph", "pk", "pl", "ps", "pt", "qa",
    "ro", "rs", "ru", "rw", "sa", "se", "sg", "si", "sk", "sn", "sy", "th", "tj", "tm", "tn",
    "tr", "tv", "tw", "tz", "ua", "ug", "uk", "us", "uy", "uz", "ve", "vn", "xyz", "ye", "za",
    "zw",
};
// clang-format on
static_assert(std::is_sorted(kTopLevelDomains.begin(), kTopLevelDomains.end()));

// DNS limits, which also bound the look-ahead per token (no quadratic scans).
constexpr std::size_t kMaxDomainLength = 253;
constexpr std::size_t kMaxLabelLength = 63;

CharClass class_at(std::string_view text, std::size_t i) {
  return i < text.size() ? classify(decode_at(text, i).value) : CharClass::kSpace;
}

bool letter_at(std::string_view text, std::size_t i) {
  return class_at(text, i) == CharClass::kLetter;
}

bool alnum_at(std::string_view text, std::size_t i) {
  const CharClass c = class_at(text, i);
  return c == CharClass::kLetter || c == CharClass::kDigit;
}

bool starts_with_ignoring_case(std::string_view text, std::size_t i, std::string_view prefix) {
  if (text.size() - i < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (internal::ascii_lower(text[i + k]) != prefix[k]) return false;
  }
  return true;
}

// A lowercase top-level domain from the list: "Mr.Smith" and "end.The" fail
// here because their last part is capitalized.
bool is_known_tld(std::string_view label) {
  return std::binary_search(kTopLevelDomains.begin(), kTopLevelDomains.end(), label);
}

// Length of a bare domain starting at text[i], or 0: two or more labels of
// ASCII letters, digits and inner hyphens joined by single dots, the last one
// a known lowercase TLD, and not followed by another letter or digit.
std::size_t bare_domain_length(std::string_view text, std::size_t i) {
  const std::size_t limit = std::min(text.size(), i + kMaxDomainLength);
  std::size_t pos = i;
  std::size_t labels = 0;
  std::size_t last_label = i;
  while (true) {
    const std::size_t label = pos;
    while (pos < limit && (is_ascii_alnum(text[pos]) || text[pos] == '-')) ++pos;
    const std::size_t length = pos - label;
    if (length == 0 || length > kMaxLabelLength || text[label] == '-' || text[pos - 1] == '-') {
      return 0;
    }
    ++labels;
    last_label = label;
    if (pos + 1 < limit && text[pos] == '.' && is_ascii_alnum(text[pos + 1])) {
      ++pos;
      continue;
    }
    break;
  }
  if (labels < 2 || !is_known_tld(text.substr(last_label, pos - last_label))) return 0;
  if (pos < text.size()) {
    const CharClass next = class_at(text, pos);
    if (next == CharClass::kLetter || next == CharClass::kDigit || next == CharClass::kMark) {
      return 0;  // "example.comé", or a domain cut by the length limit
    }
  }
  return pos - i;
}

// End of a URL whose scheme or host ends at `body`: runs to a delimiter, then
// gives back trailing sentence punctuation. Never ends before `body`.
std::size_t url_end(std::string_view text, std::size_t body) {
  std::size_t end = body;
  std::size_t open_parens = 0, close_parens = 0, open_brackets = 0, close_brackets = 0;
  while (end < text.size()) {
    const char c = text[end];
    if (static_cast<std::uint8_t>(c) >= 0x80) {
      const internal::CodePoint cp = decode_at(text, end);
      const CharClass cls = classify(cp.value);
      if (cls != CharClass::kLetter && cls != CharClass::kDigit && cls != CharClass::kMark) break;
      end += cp.length;
      continue;
    }
    if (c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '`') break;
    open_parens += c == '(';
    close_parens += c == ')';
    open_brackets += c == '[';
    close_brackets += c == ']';
    ++end;
  }
  while (end > body) {
    const char c = text[end - 1];
    if (c == ')' && close_parens > open_parens) {
      --close_parens;
    } else if (c == ']' && close_brackets > open_brackets) {
      --close_brackets;
    } else if (std::string_view(".,;:!?'").find(c) == std::string_view::npos) {
      break;
    }
    --end;
  }
  return end;
}

// Length of the URL starting at text[i], or 0.
std::size_t url_length(std::string_view text, std::size_t i) {
  const char first = internal::ascii_lower(text[i]);
  if (first == 'h') {
    for (std::string_view scheme : {std::string_view("http://"), std::string_view("https://")}) {
      if (starts_with_ignoring_case(text, i, scheme) && alnum_at(text, i + scheme.size())) {
        return url_end(text, i + scheme.size()) - i;
      }
    }
  }
  if (first == 'w' && starts_with_ignoring_case(text, i, "www.") && alnum_at(text, i + 4)) {
    return url_end(text, i + 4) - i;
  }
  const std::size_t domain = bare_domain_length(text, i);
  if (domain == 0) return 0;
  if (i + domain < text.size() && text[i + domain] == '/') return url_end(text, i + domain) - i;
  return domain;
}

// Length of a dotted abbreviation at text[i] (U.S., e.g., F.B.I.), or 0.
std::size_t abbreviation_length(std::string_view text, std::size_t i) {
  std::size_t pos = i;
  std::size_t letters = 0;
  while (pos < text.size() && is_ascii_letter(text[pos]) && !alnum_at(text, pos + 1)) {
    ++letters;
    if (pos + 1 < text.size() && text[pos + 1] == '.') {
      pos += 2;
    } else {
      ++pos;  // a final letter without its dot: "U.S"
      break;
    }
  }
  if (letters < 2) return 0;
  // "U.Smith" stops after "U." with one letter; a multi-letter part after two
  // or more letters ("U.S.Army") simply ends the abbreviation.
  return pos - i;
}

// Byte length of an inner joiner at text[pos] that keeps a word going, or 0.
std::size_t word_joiner_length(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == '\'') return letter_at(text, pos + 1) ? 1 : 0;
  if (c == '-') return alnum_at(text, pos + 1) ? 1 : 0;
  if (static_cast<std::uint8_t>(c) < 0x80) return 0;
  const internal::CodePoint cp = decode_at(text, pos);
  if (cp.value == U'\u2019' || cp.value == U'\u200C' || cp.value == U'\u200D') {
    return letter_at(text, pos + cp.length) ? cp.length : 0;
  }
  return 0;
}

std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const internal::CodePoint cp = decode_at(text, pos);
    const CharClass cls = classify(cp.value);
    if (cls == CharClass::kLetter || cls == CharClass::kDigit || cls == CharClass::kMark) {
      pos += cp.length;
      continue;
    }
    const std::size_t joiner = word_joiner_length(text, pos);
    if (joiner == 0) break;
    pos += joiner;
  }
  return pos;
}

std::size_t digits_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const internal::CodePoint cp = decode_at(text, pos);
    if (classify(cp.value) != CharClass::kDigit) break;
    pos += cp.length;
  }
  return pos;
}

std::size_t number_end(std::string_view text, std::size_t pos) {
  pos = digits_end(text, pos);
  while (pos + 1 < text.size() &&
         std::string_view(".,:/-").find(text[pos]) != std::string_view::npos &&
         is_ascii_digit(text[pos + 1])) {
    pos = digits_end(text, pos + 1);
  }
  // Letters glued to a number stay with it: ordinals, decades, units, ratios.
  while (pos < text.size()) {
    const internal::CodePoint cp = decode_at(text, pos);
    const CharClass cls = classify(cp.value);
    if (cls != CharClass::kLetter && cls != CharClass::kDigit && cls != CharClass::kMark) break;
    pos += cp.length;
  }
  return pos;
}

// One visible code point plus the combining marks that decorate it.
std::size_t punct_end(std::string_view text, std::size_t pos) {
  pos += decode_at(text, pos).length;
  while (pos < text.size()) {
    const internal::CodePoint cp = decode_at(text, pos);
    if (classify(cp.value) != CharClass::kMark) break;
    pos += cp.length;
  }
  return pos;
}

void add_token(std::string_view text, TokenKind kind, std::size_t begin, std::size_t end,
               TokenList& out) {
  const auto norm_begin = static_cast<std::uint32_t>(out.folded.size());
  internal::append_lowercase(text.substr(begin, end - begin), out.folded);
  out.tokens.push_back(Token{kind, static_cast<std::uint32_t>(begin),
                             static_cast<std::uint32_t>(end), norm_begin,
                             static_cast<std::uint32_t>(out.folded.size())});
}

}  // namespace

void tokenize(std::string_view text, TokenList& out) {
  out.tokens.clear();
  out.folded.clear();
  // Offsets are 32-bit: a text beyond 4 GiB is tokenized up to that point.
  text = text.substr(0, std::numeric_limits<std::uint32_t>::max());
  std::size_t i = 0;
  while (i < text.size()) {
    const internal::CodePoint cp = decode_at(text, i);
    const CharClass cls = classify(cp.value);
    if (cls == CharClass::kSpace) {
      i += cp.length;
      continue;
    }
    if (is_ascii_alnum(text[i])) {
      if (const std::size_t url = url_length(text, i); url > 0) {
        add_token(text, TokenKind::kUrl, i, i + url, out);
        i += url;
        continue;
      }
    }
    TokenKind kind = TokenKind::kPunct;
    std::size_t end = 0;
    if (cls == CharClass::kLetter) {
      kind = TokenKind::kWord;
      const std::size_t abbreviation = abbreviation_length(text, i);
      end = abbreviation > 0 ? i + abbreviation : word_end(text, i + cp.length);
    } else if (cls == CharClass::kDigit) {
      kind = TokenKind::kNumber;
      end = number_end(text, i);
    } else {
      end = punct_end(text, i);
    }
    add_token(text, kind, i, end, out);
    i = end;
  }
}

}  // namespace verity
