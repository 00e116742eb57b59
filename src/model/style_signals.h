// Style signals: numeric features of how an article is written that transfer
// across outlets better than its words do — shouting, sensational and
// emotional vocabulary, hedges and certainty words, addressing the reader,
// quotation and attribution, anonymous sourcing, citations of other outlets,
// numbers and dates, sentence lengths and headline style. Each is documented
// in docs/signals.md with its exact definition and cap (the comments below are
// summaries). Lexicons are our own (src/model/style_lexicons.cc).
//
// Thread-safe: the lexicons are immutable after first use.
#ifndef VERITY_MODEL_STYLE_SIGNALS_H_
#define VERITY_MODEL_STYLE_SIGNALS_H_

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/text.h"

namespace verity::model {

// The signals, in a fixed order that the model file records by name.
enum class StyleSignal : std::size_t {
  kTitleCapsRatio,    // share of title letters in capitals (a shouted headline)
  kBodyCapsWordRate,  // ALL-CAPS words (3+ letters, not acronyms of 2-5 letters in a list) per 100
                      // words
  kExclamationRate,   // "!" per sentence, "!!" and "?!" counted double
  kTitleExclamOrQuestion,  // title ends with ! or ? (0/1)
  kSensationalRate,        // sensational words ("shocking", "bombshell", "exposed") per 100 words
  kEmotionalRate,          // strong emotion words (anger, fear, outrage) per 100 words
  kHedgeRate,              // hedges ("allegedly", "reportedly", "rumored") per 100 words
  kCertaintyRate,          // certainty words ("undeniable", "proof", "definitely") per 100 words
  kSecondPersonRate,       // "you", "your" outside quotes per 100 words
  kFirstPersonRate,        // "I", "we", "our" outside quotes per 100 words
  kQuotationRate,          // quoted spans per sentence
  kAttributionRate,        // "said", "according to", "told" per sentence
  kAnonymousSourceRate,    // "an unnamed official", "sources say", "insiders" per sentence
  kOutletCitationRate,     // mentions of other outlets or domains per 100 words
  kNumberRate,             // numbers per 100 words
  kDateRate,               // weekday/month/year mentions per 100 words
  kMeanSentenceLength,     // words per sentence / 40
  kSentenceLengthSpread,   // standard deviation of words per sentence / 35
  kTitleLength,            // words in the title / 25
  kTitleClickbait,  // clickbait headline patterns ("you won't believe", "this is why", a leading
                    // number)
  kBodyLength,      // log(1 + words) / 9
  kCount,           // not a signal: the number of signals
};

constexpr std::size_t kStyleSignalCount = static_cast<std::size_t>(StyleSignal::kCount);

// "title_caps_ratio", "sensational_rate", ...: stable names used in the model
// file, the JSON output and the docs.
std::string_view style_signal_name(StyleSignal signal);

// A signal's value and, for lexicon signals, up to three words or phrases of
// the article that fired it (for the explanation).
struct StyleSignalValue {
  double value = 0;
  std::vector<std::string> examples;
};

using StyleSignals = std::array<StyleSignalValue, kStyleSignalCount>;

// A text already tokenized (and, for a body, split into sentences).
struct TokenizedText {
  std::string_view text;
  const TokenList* tokens;
  std::span<const Span> sentences;  // empty for a title
};

// Computes every signal from a cleaned article's title and body, as the
// featurizer tokenized them: the body laid out by layout_body() (paragraphs
// joined by blank lines, datelines and credit lines blanked). Values are
// scaled to roughly [0, 1] for typical news (rates per 100 words are divided
// by a cap and clipped at 1) so a linear model can weigh them against hashed
// n-gram features. Empty text gives all zeros.
StyleSignals compute_style_signals(const TokenizedText& title, const TokenizedText& body);

// The same from the title and paragraphs: lays out and tokenizes them first.
StyleSignals compute_style_signals(std::string_view title, std::span<const std::string> paragraphs);

}  // namespace verity::model

#endif  // VERITY_MODEL_STYLE_SIGNALS_H_
