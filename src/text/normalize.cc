// Unicode normalization (NFC) with compatibility folding of the characters
// news text spells many ways, and full-Unicode lower-casing.
//
// Order matters: folding runs first and NFC second, so a removed soft hyphen
// or zero-width space between a letter and its combining accent cannot block
// composition ("e<U+00AD><U+0301>" becomes "é"). No canonical decomposition
// yields a character the fold maps, so NFC never re-creates one.
#include <utf8proc.h>

#include <cstdlib>

#include "text/text.h"
#include "text/unicode.h"

namespace verity {
namespace {

// What the fold does with one code point. kKeep leaves it as it is. The
// typographic folds come last: Typography::kKeep keeps kApostrophe and after.
enum class Fold : std::uint8_t {
  kKeep,
  kDrop,
  kSpace,
  kNewline,
  kApostrophe,
  kQuote,
  kDash,
  kEllipsis
};

Fold fold_of(char32_t cp) {
  switch (cp) {
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero-width space, non-joiner, joiner
    case 0x200C:
    case 0x200D:
    case 0x2060:  // word joiner and invisible operators
    case 0x2061:
    case 0x2062:
    case 0x2063:
    case 0x2064:
    case 0xFEFF:  // byte-order mark / zero-width no-break space
      return Fold::kDrop;
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return Fold::kSpace;
    case 0x0085:  // next line, line and paragraph separators: callers split on '\n'
    case 0x2028:
    case 0x2029:
      return Fold::kNewline;
    case 0x00B4:  // acute accent, often typed for an apostrophe ("don´t")
    case 0x02BC:  // modifier letter apostrophe
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:  // prime
    case 0x2035:  // reversed prime
    case 0x2039:  // single guillemets
    case 0x203A:
    case 0xFF07:  // fullwidth apostrophe
      return Fold::kApostrophe;
    case 0x00AB:  // guillemets
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:  // double prime
    case 0x2036:  // reversed double prime
    case 0xFF02:  // fullwidth quotation mark
      return Fold::kQuote;
    case 0x2212:  // minus sign
    case 0x2E3A:  // two- and three-em dashes
    case 0x2E3B:
    case 0xFE58:  // small em dash
    case 0xFE63:  // small hyphen-minus
    case 0xFF0D:  // fullwidth hyphen-minus
      return Fold::kDash;
    case 0x2026:
      return Fold::kEllipsis;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return Fold::kSpace;  // en quad .. hair space
  if (cp >= 0x2010 && cp <= 0x2015) return Fold::kDash;   // hyphen .. horizontal bar
  return Fold::kKeep;
}

// Code points below U+0300 (ASCII, Latin-1, Latin Extended-A/B, IPA) are
// NFC-stable in any sequence of them (checked exhaustively for all pairs), so
// Western European text never needs the utf8proc pass.
constexpr char32_t kFirstNfcSensitive = 0x0300;

// Whether `cp` could change under NFC, alone or beside its neighbours:
// combining marks (which reorder or compose with what precedes them), the
// Hangul jamo that compose into syllables, and characters with a canonical
// decomposition (some of which NFC replaces). Everything else above U+0300
// -- symbols, emoji, variation selectors, most scripts' letters -- is left
// alone by NFC, so text that has only those skips the utf8proc pass.
bool may_change_under_nfc(char32_t cp) {
  if (cp < kFirstNfcSensitive) return false;
  if (cp >= 0x1100 && cp <= 0x11FF) return true;  // Hangul jamo
  const utf8proc_property_t* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  const bool mark = property->category == UTF8PROC_CATEGORY_MN ||
                    property->category == UTF8PROC_CATEGORY_MC ||
                    property->category == UTF8PROC_CATEGORY_ME;
  const bool canonical_decomposition =
      property->decomp_seqindex != UINT16_MAX && property->decomp_type == 0;
  return mark || property->combining_class != 0 || canonical_decomposition;
}

// Applies the fold to `in`, writing to `out`; with Typography::kKeep, quotes,
// apostrophes, dashes and ellipses stay as they are. Returns true when a kept
// code point might change under NFC.
bool fold_compatibility(std::string_view in, std::string& out, Typography typography) {
  const bool fold_typography = typography == Typography::kFold;
  bool needs_nfc = false;
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t run = i;
    while (run < in.size() && static_cast<std::uint8_t>(in[run]) < 0x80) ++run;
    out.append(in.data() + i, run - i);
    i = run;
    if (i >= in.size()) break;
    const internal::CodePoint cp = internal::decode_at(in, i);
    Fold fold = fold_of(cp.value);
    if (!fold_typography && fold >= Fold::kApostrophe) fold = Fold::kKeep;
    switch (fold) {
      case Fold::kKeep:
        out.append(in.data() + i, cp.length);
        if (may_change_under_nfc(cp.value)) needs_nfc = true;
        break;
      case Fold::kDrop:
        break;
      case Fold::kSpace:
        out.push_back(' ');
        break;
      case Fold::kNewline:
        out.push_back('\n');
        break;
      case Fold::kApostrophe:
        out.push_back('\'');
        break;
      case Fold::kQuote:
        out.push_back('"');
        break;
      case Fold::kDash:
        out.push_back('-');
        break;
      case Fold::kEllipsis:
        out.append("...");
        break;
    }
    i += cp.length;
  }
  return needs_nfc;
}

// Replaces `text` by its NFC form. On a utf8proc error (invalid UTF-8, which
// the contract excludes) the text is left as it is rather than lost.
void compose_nfc(std::string& text) {
  utf8proc_uint8_t* composed = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &composed,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (length >= 0)
    text.assign(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(length));
  std::free(composed);  // utf8proc allocates with malloc
}

}  // namespace

void normalize_text(std::string_view in, std::string& out, Typography typography) {
  out.clear();
  if (internal::is_ascii(in)) {  // hot path: nothing to fold or compose
    out.append(in);
    return;
  }
  out.reserve(in.size());
  if (fold_compatibility(in, out, typography)) compose_nfc(out);
}

std::string normalize_text(std::string_view in, Typography typography) {
  std::string out;
  normalize_text(in, out, typography);
  return out;
}

void fold_case(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  internal::append_lowercase(in, out);
}

}  // namespace verity
