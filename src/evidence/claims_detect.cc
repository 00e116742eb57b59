// Claim detection: cue scoring of sentences (the cues and weights are
// documented in include/verity/claims.h).
#include <algorithm>
#include <cstdint>

#include "evidence/claim_lexicons.h"
#include "text/text.h"
#include "verity/evidence/claims.h"

namespace verity {
namespace {

constexpr double kEntity = 1.0, kSecondEntity = 0.5;
constexpr double kNumber = 1.0, kPercent = 0.5, kMoney = 0.5;
constexpr double kComparison = 0.75, kReported = 0.75;
constexpr double kQuestion = -2.0, kHedge = -0.75, kOpinion = -0.75;
constexpr double kShort = -1.5, kLong = -1.0;
constexpr std::size_t kMaxHedges = 2;

bool is_capitalized(std::string_view word) {
  return !word.empty() && word.front() >= 'A' && word.front() <= 'Z';
}

bool is_acronym(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out.append(out.empty() ? "" : ", ").append(part);
  return out;
}

// Runs of capitalized words (with connectors such as "of" inside) that name
// someone or something.
std::vector<std::string> find_entities(std::string_view sentence, const TokenList& tokens) {
  std::vector<std::string> entities;
  const auto& openers = evidence::sentence_openers();
  const auto& calendar = evidence::calendar_words();
  bool first_word = true;
  std::size_t i = 0;
  while (i < tokens.size()) {
    const Token& token = tokens.tokens[i];
    if (token.kind != TokenKind::kWord) {
      ++i;
      continue;
    }
    const bool at_start = first_word;
    first_word = false;
    std::string_view text = sentence.substr(token.begin, token.end - token.begin);
    if (!is_capitalized(text)) {
      ++i;
      continue;
    }
    // Extend the run over capitalized words, and connectors followed by one.
    std::size_t last = i;
    for (std::size_t j = i + 1; j < tokens.size(); ++j) {
      const Token& next = tokens.tokens[j];
      if (next.kind != TokenKind::kWord) break;
      const std::string_view word = sentence.substr(next.begin, next.end - next.begin);
      if (is_capitalized(word)) {
        last = j;
        continue;
      }
      if (!evidence::name_connectors().contains(tokens.norm(next)) || j + 1 >= tokens.size()) break;
      const Token& after = tokens.tokens[j + 1];
      if (after.kind != TokenKind::kWord ||
          !is_capitalized(sentence.substr(after.begin, after.end - after.begin)))
        break;
    }
    std::size_t first = i;
    // A sentence's opening word ("The", "Yesterday") is not part of a name.
    if (at_start && openers.contains(tokens.norm(token)) && !is_acronym(text)) ++first;
    // Skip connectors the opener left at the front.
    while (first <= last && tokens.tokens[first].kind == TokenKind::kWord &&
           !is_capitalized(sentence.substr(tokens.tokens[first].begin,
                                           tokens.tokens[first].end - tokens.tokens[first].begin)))
      ++first;
    if (first <= last) {
      const std::string_view name = sentence.substr(
          tokens.tokens[first].begin, tokens.tokens[last].end - tokens.tokens[first].begin);
      const bool lone_pronoun = first == last && name == "I";
      const bool date = first == last && calendar.contains(tokens.norm(tokens.tokens[first]));
      if (!lone_pronoun && !date &&
          std::find(entities.begin(), entities.end(), name) == entities.end())
        entities.emplace_back(name);
    }
    i = last + 1;
  }
  return entities;
}

// The sentence's numbers (each once, "800 billion" as one), and whether one
// is a percentage or an amount of money.
void add_number_cues(const TokenList& tokens, CheckWorthySentence& out) {
  std::vector<std::string> percents, money;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens.tokens[i];
    const std::string_view norm = tokens.norm(token);
    const bool numeric = token.kind == TokenKind::kNumber;
    if (!numeric && !(token.kind == TokenKind::kWord && evidence::number_words().contains(norm) &&
                      norm != "percent"))
      continue;
    // "800 billion" is one number, already counted.
    if (!numeric && i > 0 && tokens.tokens[i - 1].kind == TokenKind::kNumber) continue;
    std::string number;
    for (char c : norm) {
      if (c != ',') number.push_back(c);
    }
    if (std::find(out.numbers.begin(), out.numbers.end(), number) == out.numbers.end())
      out.numbers.push_back(number);
    if (!numeric) continue;
    // "$5", "5 million dollars", "5%", "5 percent".
    std::size_t after = i + 1;
    while (after < tokens.size() &&
           evidence::number_words().contains(tokens.norm(tokens.tokens[after])) &&
           !evidence::percent_words().contains(tokens.norm(tokens.tokens[after])))
      ++after;
    const std::string_view next = after < tokens.size() ? tokens.norm(tokens.tokens[after]) : "";
    const std::string_view before = i > 0 ? tokens.norm(tokens.tokens[i - 1]) : "";
    if (evidence::percent_words().contains(next)) percents.push_back(number);
    if (evidence::currency_words().contains(before) || evidence::currency_words().contains(next))
      money.push_back(number);
  }
  if (!out.numbers.empty()) out.cues.push_back({"number", join(out.numbers), kNumber});
  if (!percents.empty()) out.cues.push_back({"percent", join(percents), kPercent});
  if (!money.empty()) out.cues.push_back({"money", join(money), kMoney});
}

// Lexicon cues: each fires once, naming every phrase that matched.
void add_lexicon_cues(const std::vector<std::string_view>& words, CheckWorthySentence& out) {
  const auto lexicon_cue = [&](const evidence::PhraseLexicon& lexicon, const char* cue,
                               double weight, std::size_t max_hits) {
    std::vector<std::string> hits;
    for (std::size_t i = 0; i < words.size();) {
      const std::size_t length = lexicon.match(words, i);
      if (length == 0) {
        ++i;
        continue;
      }
      std::string phrase;
      for (std::size_t k = 0; k < length; ++k) phrase.append(k ? " " : "").append(words[i + k]);
      if (std::find(hits.begin(), hits.end(), phrase) == hits.end()) hits.push_back(phrase);
      i += length;
    }
    if (hits.empty()) return;
    const std::size_t counted = std::min(hits.size(), max_hits);
    out.cues.push_back({cue, join(hits), weight * static_cast<double>(counted)});
  };
  lexicon_cue(evidence::comparison_lexicon(), "comparison", kComparison, 1);
  lexicon_cue(evidence::reported_lexicon(), "reported", kReported, 1);
  lexicon_cue(evidence::hedge_lexicon(), "hedge", kHedge, kMaxHedges);
  lexicon_cue(evidence::opinion_lexicon(), "opinion", kOpinion, 1);
}

}  // namespace

CheckWorthySentence score_sentence(std::string_view sentence,
                                   const ClaimDetectionOptions& options) {
  CheckWorthySentence out;
  out.text = std::string(sentence);
  TokenList tokens;
  tokenize(sentence, tokens);

  // Words and numbers, lower-cased, for the lexicons.
  std::vector<std::string_view> words;
  for (const Token& token : tokens.tokens) {
    if (token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber)
      words.push_back(tokens.norm(token));
  }
  out.words = words.size();

  out.entities = find_entities(sentence, tokens);
  if (!out.entities.empty()) out.cues.push_back({"entity", out.entities[0], kEntity});
  if (out.entities.size() > 1) out.cues.push_back({"entity", out.entities[1], kSecondEntity});

  add_number_cues(tokens, out);

  add_lexicon_cues(words, out);

  const std::size_t end = sentence.find_last_not_of(" \t\"')]");
  if (end != std::string_view::npos && sentence[end] == '?')
    out.cues.push_back({"question", "?", kQuestion});
  if (out.words < options.min_words) out.cues.push_back({"short", "", kShort});
  if (out.words > options.max_words) out.cues.push_back({"long", "", kLong});

  for (const ClaimCue& cue : out.cues) out.score += cue.weight;
  return out;
}

std::vector<CheckWorthySentence> find_check_worthy(const Article& article,
                                                   const ClaimDetectionOptions& options) {
  std::vector<CheckWorthySentence> found;
  std::vector<Span> spans;
  for (std::size_t p = 0; p < article.paragraphs.size(); ++p) {
    const std::string_view paragraph = article.paragraphs[p];
    split_sentences(paragraph, spans);
    for (const Span& span : spans) {
      CheckWorthySentence sentence =
          score_sentence(paragraph.substr(span.begin, span.end - span.begin), options);
      if (sentence.score < options.min_score) continue;
      sentence.paragraph = p;
      sentence.span = span;
      found.push_back(std::move(sentence));
    }
  }
  // Stable: equal scores keep text order.
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.score > b.score; });
  if (found.size() > options.limit) found.resize(options.limit);
  return found;
}

}  // namespace verity
