// Word lists behind the lexicon style signals, written for verity (not taken
// from any published lexicon), and the index that finds them in a TokenList.
//
// Entries are lower-case and spelled as verity's tokenizer folds them; a
// multi-word entry is a run of consecutive tokens written with single spaces
// ("according to", "100 %"). One hash lookup per token finds every entry that
// starts there.
//
// Thread-safe: the index is built once on first use and immutable afterwards.
#ifndef VERITY_MODEL_STYLE_LEXICONS_H_
#define VERITY_MODEL_STYLE_LEXICONS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/text.h"

namespace verity::model {

// What an entry is evidence of. One word may belong to several lexicons.
enum class Lexicon : std::uint8_t {
  kSensational,
  kEmotional,
  kHedge,
  kCertainty,
  kFirstPerson,
  kSecondPerson,
  kAttribution,
  kAnonymousSource,
  kClickbait,  // headline patterns; only looked for in titles
  kAcronym,    // all-caps words that are names, not shouting (FBI, NASA)
  kMonth,      // month names and their abbreviations
  kWeekday,
  kCount,  // not a lexicon
};

constexpr std::size_t kLexiconCount = static_cast<std::size_t>(Lexicon::kCount);

// The longest entry of each lexicon that starts at a token, in tokens (0: none).
struct LexiconMatch {
  std::uint8_t length[kLexiconCount] = {};
  bool any = false;
};

// Fills `match` with the entries starting at tokens.tokens[i]. Only the
// folded forms are compared, so the caller decides what case means (an
// acronym must be written in capitals, "May" is a month only capitalized).
void match_lexicons(const TokenList& tokens, std::size_t i, LexiconMatch& match);

// The number of entries of a lexicon (for tests and the docs).
std::size_t lexicon_size(Lexicon lexicon);

}  // namespace verity::model

#endif  // VERITY_MODEL_STYLE_LEXICONS_H_
