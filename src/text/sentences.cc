// The sentence splitter. A sentence ends after a run of . ! ? or an ellipsis
// (plus the closing quotes and brackets right after it) when a space follows
// and the next word does not start in lowercase; every line break ends one
// too, because cleaned articles hold one paragraph per line.
//
// A single "." does not end a sentence after:
//  - a title, month or other abbreviation from kAbbreviations ("Mr. Smith",
//    "Nov. 24"), or "No." before a number ("No. 10 Downing Street");
//  - a single capital letter, an initial ("John F. Kennedy");
//  - dotted single letters ("U.S.", "a.m.") or company and name suffixes
//    ("Inc.", "Jr.", "etc."), unless the next word is one that commonly
//    starts a sentence ("...left the U.S. They returned"): such abbreviations
//    often end sentences, but "U.S. President" must stay whole.
// Decimals (3.5), domains and "U.S.-led" never split since no space follows
// the dot. Chinese and Japanese full stops (。！？) split without a space.
#include <algorithm>
#include <array>
#include <limits>

#include "text/text.h"
#include "text/unicode.h"

namespace verity {
namespace {

using internal::CharClass;
using internal::CodePoint;
using internal::decode_at;
using internal::is_ascii_digit;
using internal::is_ascii_letter;

enum class AbbreviationEnd : std::uint8_t {
  kNever,   // a title or month: always followed by more of the sentence
  kMayEnd,  // a suffix that may close a sentence ("...said Acme Inc. The")
};
constexpr AbbreviationEnd kNever = AbbreviationEnd::kNever;
constexpr AbbreviationEnd kMayEnd = AbbreviationEnd::kMayEnd;

struct Abbreviation {
  std::string_view word;  // as written, without its dot; matched exactly
  AbbreviationEnd end;
};

// Sorted by byte value (capitals first) for binary search.
constexpr std::array<Abbreviation, 65> kAbbreviations = {{
    {"Adm", kNever},  {"Apr", kNever},    {"Aug", kNever},    {"Ave", kNever},  {"Blvd", kNever},
    {"Brig", kNever}, {"Bros", kMayEnd},  {"Capt", kNever},   {"Cmdr", kNever}, {"Co", kMayEnd},
    {"Col", kNever},  {"Corp", kMayEnd},  {"Cos", kMayEnd},   {"Cpl", kNever},  {"Dec", kNever},
    {"Dept", kNever}, {"Det", kNever},    {"Dr", kNever},     {"Est", kNever},  {"Feb", kNever},
    {"Fig", kNever},  {"Ft", kNever},     {"Gen", kNever},    {"Gens", kNever}, {"Gov", kNever},
    {"Hon", kNever},  {"Inc", kMayEnd},   {"Insp", kNever},   {"Jan", kNever},  {"Jr", kMayEnd},
    {"Jul", kNever},  {"Jun", kNever},    {"LLC", kMayEnd},   {"Lt", kNever},   {"Ltd", kMayEnd},
    {"Maj", kNever},  {"Mar", kNever},    {"Messrs", kNever}, {"Mr", kNever},   {"Mrs", kNever},
    {"Ms", kNever},   {"Mt", kNever},     {"Nov", kNever},    {"Oct", kNever},  {"Plc", kMayEnd},
    {"Pres", kNever}, {"Prof", kNever},   {"Pvt", kNever},    {"Rep", kNever},  {"Reps", kNever},
    {"Rev", kNever},  {"Sen", kNever},    {"Sens", kNever},   {"Sep", kNever},  {"Sept", kNever},
    {"Sgt", kNever},  {"Sr", kMayEnd},    {"St", kNever},     {"Supt", kNever}, {"Univ", kNever},
    {"al", kNever},   {"approx", kNever}, {"cf", kNever},     {"etc", kMayEnd}, {"vs", kNever},
}};
constexpr bool word_less(const Abbreviation& a, const Abbreviation& b) { return a.word < b.word; }
static_assert(std::is_sorted(kAbbreviations.begin(), kAbbreviations.end(), word_less));

// Words that commonly open a sentence: after "U.S." or "Inc." they mean the
// abbreviation also ended the sentence.
constexpr std::array<std::string_view, 44> kSentenceStarters = {
    "A",     "After",     "An",   "And",       "As",    "At",    "But",    "By",   "For",
    "He",    "Her",       "His",  "However",   "I",     "If",    "In",     "It",   "Its",
    "Many",  "Meanwhile", "Most", "Officials", "On",    "One",   "Police", "She",  "So",
    "Some",  "That",      "The",  "Their",     "There", "These", "They",   "This", "Those",
    "Today", "Two",       "We",   "What",      "When",  "While", "Why",    "Yet",
};
static_assert(std::is_sorted(kSentenceStarters.begin(), kSentenceStarters.end()));

// Longest word looked at before a dot: every abbreviation is shorter, and the
// bound keeps the backward scan constant-time.
constexpr std::size_t kMaxAbbreviationLength = 16;

bool is_hard_break(char32_t cp) {
  return cp == U'\n' || cp == U'\u0085' || cp == U'\u2028' || cp == U'\u2029';
}

bool is_terminator(char32_t cp) {
  return cp == U'.' || cp == U'!' || cp == U'?' || cp == U'\u2026' || cp == U'\u3002' ||
         cp == U'\uFF01' || cp == U'\uFF1F';
}

bool is_cjk_terminator(char32_t cp) {
  return cp == U'\u3002' || cp == U'\uFF01' || cp == U'\uFF1F';
}

bool is_closing(char32_t cp) {
  return cp == U'"' || cp == U'\'' || cp == U')' || cp == U']' || cp == U'}' || cp == U'\u2019' ||
         cp == U'\u201D' || cp == U'\u00BB' || cp == U'\u300D' || cp == U'\u300F';
}

bool is_opening(char32_t cp) {
  return cp == U'"' || cp == U'\'' || cp == U'(' || cp == U'[' || cp == U'{' || cp == U'\u2018' ||
         cp == U'\u201C' || cp == U'\u00AB' || cp == U'\u300C' || cp == U'\u300E';
}

bool is_space(char32_t cp) { return internal::classify(cp) == CharClass::kSpace; }

// The ASCII letters of the word starting at text[i] (empty if none).
std::string_view letters_at(std::string_view text, std::size_t i) {
  std::size_t end = i;
  while (end < text.size() && end - i < kMaxAbbreviationLength && is_ascii_letter(text[end])) ++end;
  return text.substr(i, end - i);
}

// The word right before the dot at text[dot]: ASCII letters and inner dots,
// preceded by a space, an opening bracket or quote, or the text start. Empty
// when it is anything else ("2015.", "end).", a long word).
std::string_view word_before(std::string_view text, std::size_t dot) {
  std::size_t begin = dot;
  while (begin > 0 && dot - begin < kMaxAbbreviationLength &&
         (is_ascii_letter(text[begin - 1]) || text[begin - 1] == '.')) {
    --begin;
  }
  if (begin == dot) return {};
  if (begin > 0) {
    const char32_t before = decode_at(text, internal::previous_start(text, begin)).value;
    if (!is_space(before) && !is_opening(before)) return {};
  }
  return text.substr(begin, dot - begin);
}

// "U.S", "a.m", "e.g": single letters joined by dots.
bool is_dotted_letters(std::string_view word) {
  if (word.size() < 3 || word.size() % 2 == 0) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (k % 2 == 0 ? !is_ascii_letter(word[k]) : word[k] != '.') return false;
  }
  return true;
}

const Abbreviation* find_abbreviation(std::string_view word) {
  const auto it =
      std::lower_bound(kAbbreviations.begin(), kAbbreviations.end(), word,
                       [](const Abbreviation& a, std::string_view w) { return a.word < w; });
  return it != kAbbreviations.end() && it->word == word ? &*it : nullptr;
}

bool is_sentence_starter(std::string_view word) {
  return std::binary_search(kSentenceStarters.begin(), kSentenceStarters.end(), word);
}

// Decides whether the terminators text[run_begin, run_end), followed by
// closing marks up to `end`, finish a sentence.
bool ends_sentence(std::string_view text, std::size_t run_begin, std::size_t run_end,
                   std::size_t end) {
  if (end >= text.size()) return true;
  const CodePoint after = decode_at(text, end);
  if (!is_space(after.value)) return false;  // 3.5, U.S.-led, example.com/a?b=1
  // The next word, past spaces and up to a few opening quotes or brackets.
  std::size_t next = end;
  CodePoint cp = after;
  while (is_space(cp.value) && !is_hard_break(cp.value)) {
    next += cp.length;
    if (next >= text.size()) return true;
    cp = decode_at(text, next);
  }
  if (is_hard_break(cp.value)) return true;
  for (int k = 0; k < 3 && is_opening(cp.value) && next + cp.length < text.size(); ++k) {
    next += cp.length;
    cp = decode_at(text, next);
  }
  if (internal::is_lowercase_letter(cp.value)) return false;  // "... and then", "e.g. the"

  if (run_end - run_begin != 1 || text[run_begin] != '.') return true;
  const std::string_view word = word_before(text, run_begin);
  if (word.empty()) return true;
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return false;  // an initial
  if (word == "No" || word == "Nos") return !is_ascii_digit(text[next]);
  if (is_dotted_letters(word)) return is_sentence_starter(letters_at(text, next));
  const Abbreviation* abbreviation = find_abbreviation(word);
  if (abbreviation == nullptr) return true;
  if (abbreviation->end == kNever) return false;
  return is_sentence_starter(letters_at(text, next));
}

// Appends text[begin, end) without its surrounding spaces, unless empty.
void add_span(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& out) {
  while (begin < end) {
    const CodePoint cp = decode_at(text, begin);
    if (!is_space(cp.value)) break;
    begin += cp.length;
  }
  while (end > begin) {
    const std::size_t last = internal::previous_start(text, end);
    if (!is_space(decode_at(text, last).value)) break;
    end = last;
  }
  if (begin < end) {
    out.push_back(Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }
}

}  // namespace

void split_sentences(std::string_view text, std::vector<Span>& out) {
  out.clear();
  // Spans are 32-bit: a text beyond 4 GiB is split up to that point.
  text = text.substr(0, std::numeric_limits<std::uint32_t>::max());
  std::size_t start = 0;  // where the current sentence began, spaces included
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (static_cast<std::uint8_t>(c) < 0x80 && c != '\n' && c != '.' && c != '!' && c != '?') {
      ++i;  // the common case: an ordinary ASCII character
      continue;
    }
    const CodePoint cp = decode_at(text, i);
    if (is_hard_break(cp.value)) {
      add_span(text, start, i, out);
      i += cp.length;
      start = i;
      continue;
    }
    if (!is_terminator(cp.value)) {
      i += cp.length;
      continue;
    }
    const std::size_t run_begin = i;
    bool cjk = false;
    CodePoint next = cp;
    while (is_terminator(next.value)) {  // "?!", "...", "…"
      cjk = cjk || is_cjk_terminator(next.value);
      i += next.length;
      if (i >= text.size()) break;
      next = decode_at(text, i);
    }
    const std::size_t run_end = i;
    while (i < text.size() && is_closing(next.value)) {  // He said "no." Then...
      i += next.length;
      if (i < text.size()) next = decode_at(text, i);
    }
    if (cjk || ends_sentence(text, run_begin, run_end, i)) {
      add_span(text, start, i, out);
      start = i;
    }
  }
  add_span(text, start, text.size(), out);
}

std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<Span> spans;
  split_sentences(text, spans);
  std::vector<std::string_view> sentences;
  sentences.reserve(spans.size());
  for (const Span& span : spans)
    sentences.push_back(text.substr(span.begin, span.end - span.begin));
  return sentences;
}

}  // namespace verity
