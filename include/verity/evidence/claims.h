// Library: verity_evidence.
//
// Claim detection: which sentences of an article state something a fact
// checker could check. Each sentence is scored by cues, and the score keeps
// its reasons so the page can say why a sentence was picked:
//
//   cue          weight  fires on
//   entity       +1.0    a named person, organisation or place: a run of
//                        capitalized words ("Barack Obama", "Bank of
//                        America", "EPA"); +0.5 more for a second one. A
//                        sentence's first word counts only when it starts a
//                        run or is not a common opener ("The", "Yesterday").
//   number       +1.0    a number ("326", "3.5", "1990s", "million")
//   percent      +0.5    a number with "%" or "percent"
//   money        +0.5    a number with a currency sign or "dollars"
//   comparison   +0.75   "more than", "highest", "doubled", "record", ...
//   reported     +0.75   reported speech: "said", "according to", "told", ...
//   question     -2.0    the sentence ends with "?"
//   hedge        -0.75   each (at most two) of "I think", "maybe",
//                        "might", "should", "in my opinion", "seems", ...
//   opinion      -0.75   an evaluative word ("disgraceful", "wonderful", ...)
//   short        -1.5    fewer than min_words words
//   long         -1.0    more than max_words words
//
// The lexicons are small and English; they live in
// src/evidence/claim_lexicons.cc. All functions are thread-safe.
#ifndef VERITY_EVIDENCE_CLAIMS_H_
#define VERITY_EVIDENCE_CLAIMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "verity/article.h"
#include "verity/evidence.h"

namespace verity {

struct ClaimDetectionOptions {
  double min_score = 1.5;      // check-worthy from this score
  std::size_t limit = 10;      // sentences returned, best first
  std::size_t min_words = 6;   // shorter ones are down-weighted
  std::size_t max_words = 50;  // longer ones too (run-ons, lists, captions)
};

// Scores one sentence (no threshold).
CheckWorthySentence score_sentence(std::string_view sentence,
                                   const ClaimDetectionOptions& options = {});

// The article's check-worthy sentences (paragraphs only, not the title):
// score >= min_score, best first (ties in text order), at most `limit`.
std::vector<CheckWorthySentence> find_check_worthy(const Article& article,
                                                   const ClaimDetectionOptions& options = {});

}  // namespace verity

#endif  // VERITY_EVIDENCE_CLAIMS_H_
