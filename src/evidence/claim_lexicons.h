// The small English lexicons behind claim detection (claims.h), and the
// phrase matcher that reads them.
#ifndef VERITY_SRC_EVIDENCE_CLAIM_LEXICONS_H_
#define VERITY_SRC_EVIDENCE_CLAIM_LEXICONS_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace verity::evidence {

// Phrases of one or more lower-case words. Thread-safe once built.
class PhraseLexicon {
 public:
  // REQUIRES: the phrases outlive the lexicon (string literals).
  PhraseLexicon(std::initializer_list<const char*> phrases);

  // Words of the longest phrase starting at words[i]; 0 when none does.
  std::size_t match(const std::vector<std::string_view>& words, std::size_t i) const;

 private:
  std::unordered_map<std::string_view, std::vector<std::vector<std::string_view>>> by_first_;
};

const PhraseLexicon& comparison_lexicon();  // more than, highest, doubled, record, ...
const PhraseLexicon& reported_lexicon();    // said, according to, told, ...
const PhraseLexicon& hedge_lexicon();       // i think, maybe, might, should, ...
const PhraseLexicon& opinion_lexicon();     // disgraceful, wonderful, ...

using WordSet = std::unordered_set<std::string_view>;
// Capitalized words that open sentences without naming anyone: the, in,
// yesterday, however, ...
const WordSet& sentence_openers();
// Days and months: a capitalized word, but a date rather than a name.
const WordSet& calendar_words();
// Lower-case words allowed inside a name: "Bank of America", "Duke of York".
const WordSet& name_connectors();
// Words that count as numbers: million, billion, dozen, half, ...
const WordSet& number_words();
// percent, per cent (second word), %.
const WordSet& percent_words();
// dollars, euros, pounds, ...
const WordSet& currency_words();

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_CLAIM_LEXICONS_H_
