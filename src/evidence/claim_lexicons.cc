// Our own small lexicons for claim detection: each lists what a fact checker
// looks for (comparisons, attribution) or what makes a sentence opinion
// rather than assertion (hedges, evaluative words).
#include "evidence/claim_lexicons.h"

#include <string>

namespace verity::evidence {

PhraseLexicon::PhraseLexicon(std::initializer_list<const char*> phrases) {
  for (const char* phrase : phrases) {
    std::vector<std::string_view> words;
    std::string_view rest(phrase);
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      words.push_back(rest.substr(0, space));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    by_first_[words.front()].push_back(std::move(words));
  }
}

std::size_t PhraseLexicon::match(const std::vector<std::string_view>& words, std::size_t i) const {
  const auto found = by_first_.find(words[i]);
  if (found == by_first_.end()) return 0;
  std::size_t longest = 0;
  for (const std::vector<std::string_view>& phrase : found->second) {
    if (phrase.size() <= longest || i + phrase.size() > words.size()) continue;
    bool same = true;
    for (std::size_t k = 1; k < phrase.size() && same; ++k) same = words[i + k] == phrase[k];
    if (same) longest = phrase.size();
  }
  return longest;
}

const PhraseLexicon& comparison_lexicon() {
  static const PhraseLexicon kLexicon = {
      "more than",     "less than",    "fewer than",  "greater than", "higher than", "lower than",
      "larger than",   "smaller than", "bigger than", "as many as",   "as much as",  "at least",
      "highest",       "lowest",       "largest",     "smallest",     "biggest",     "fastest",
      "slowest",       "best",         "worst",       "most",         "least",       "doubled",
      "tripled",       "quadrupled",   "halved",      "increased",    "decreased",   "rose",
      "fell",          "dropped",      "declined",    "surged",       "soared",      "plunged",
      "grew",          "shrank",       "record",      "all-time",     "twice",       "times as",
      "compared with", "compared to",  "outnumber",   "outnumbers",   "exceeds",     "exceeded",
      "only country",
  };
  return kLexicon;
}

const PhraseLexicon& reported_lexicon() {
  static const PhraseLexicon kLexicon = {
      "said",      "says",       "told",         "stated",      "claimed",   "claims",
      "announced", "reported",   "according to", "testified",   "wrote",     "tweeted",
      "declared",  "confirmed",  "admitted",     "insisted",    "revealed",  "estimated",
      "estimates", "found that", "shows that",   "showed that", "data show", "figures show",
  };
  return kLexicon;
}

const PhraseLexicon& hedge_lexicon() {
  static const PhraseLexicon kLexicon = {
      "i think",     "i believe", "i feel",   "i guess",  "we believe", "in my opinion",
      "in our view", "maybe",     "perhaps",  "possibly", "probably",   "might",
      "could be",    "should",    "ought to", "seems",    "seem",       "appears to",
      "arguably",    "hopefully", "i hope",   "let's",    "imagine",    "it's time",
  };
  return kLexicon;
}

const PhraseLexicon& opinion_lexicon() {
  static const PhraseLexicon kLexicon = {
      "disgraceful", "shameful",  "outrageous", "ridiculous", "pathetic",  "wonderful",  "amazing",
      "awesome",     "terrible",  "horrible",   "awful",      "beautiful", "disgusting", "stupid",
      "brilliant",   "fantastic", "incredible", "sad",        "evil",      "crazy",      "insane",
  };
  return kLexicon;
}

const WordSet& sentence_openers() {
  static const WordSet kWords = {
      "the",      "a",         "an",      "in",       "on",        "at",     "for",    "to",
      "of",       "by",        "with",    "from",     "as",        "and",    "but",    "or",
      "so",       "yet",       "if",      "when",     "while",     "after",  "before", "since",
      "although", "though",    "because", "however",  "meanwhile", "still",  "also",   "then",
      "this",     "that",      "these",   "those",    "there",     "here",   "it",     "its",
      "he",       "she",       "they",    "we",       "i",         "you",    "his",    "her",
      "their",    "our",       "my",      "your",     "some",      "many",   "most",   "all",
      "no",       "not",       "one",     "what",     "why",       "how",    "who",    "where",
      "which",    "yesterday", "today",   "tomorrow", "last",      "next",   "now",    "earlier",
      "later",    "according", "despite", "instead",  "even",      "just",   "only",   "each",
      "every",    "both",      "more",    "less",     "about",     "over",   "under",  "during",
      "until",    "unlike",    "like",    "other",    "another",   "such",   "those",  "once",
      "twice",    "first",     "second",  "finally",  "overall",   "indeed", "says",   "said",
  };
  return kWords;
}

const WordSet& calendar_words() {
  static const WordSet kWords = {
      "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",      "june",     "july",
      "august",  "september", "october",   "november", "december", "jan.",     "feb.",
      "aug.",    "sept.",     "oct.",      "nov.",     "dec.",
  };
  return kWords;
}

const WordSet& name_connectors() {
  static const WordSet kWords = {"of", "de", "del", "der", "van", "von", "al", "bin", "la", "le"};
  return kWords;
}

const WordSet& number_words() {
  static const WordSet kWords = {
      "million",  "millions",  "billion", "billions", "trillion", "trillions",
      "thousand", "thousands", "hundred", "hundreds", "dozen",    "dozens",
      "half",     "quarter",   "third",   "tenfold",  "percent",
  };
  return kWords;
}

const WordSet& percent_words() {
  static const WordSet kWords = {"percent", "percentage", "%", "cent", "pct"};
  return kWords;
}

const WordSet& currency_words() {
  static const WordSet kWords = {"dollars", "dollar", "euros", "euro", "pounds", "yen",
                                 "$",       "€",      "£",     "usd",  "eur",    "gbp"};
  return kWords;
}

}  // namespace verity::evidence
