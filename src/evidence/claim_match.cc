// FactCheckDb's matching side: FTS5 finds candidates by the sentence's
// rarest terms; an explainable similarity ranks them (see fact_checks.h).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <optional>

#include "evidence/claim_statements.h"
#include "verity/evidence/fact_checks.h"

namespace verity {
namespace {

constexpr double kNumberBonus = 0.1, kMaxNumberBonus = 0.2;
constexpr double kEntityBonus = 0.05, kMaxEntityBonus = 0.1;

struct WeightedTerm {
  std::string term;
  double idf = 0;
  std::size_t df = 0;
};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Names match when one holds the other ("Obama" and "Barack Obama").
bool same_entity(const std::string& a, const std::string& b) {
  const std::string x = lower_ascii(a), y = lower_ascii(b);
  return x.size() >= 3 && y.size() >= 3 &&
         (x.find(y) != std::string::npos || y.find(x) != std::string::npos);
}

double norm(const std::vector<WeightedTerm>& terms) {
  double sum = 0;
  for (const WeightedTerm& t : terms) sum += t.idf * t.idf;
  return std::sqrt(sum);
}

// The unique content terms of `text` with their IDF over the stored claims.
Result<std::vector<WeightedTerm>> weighted_terms(
    std::string_view text, std::size_t claims,
    const std::function<Result<std::size_t>(std::string_view)>& df_of) {
  std::vector<WeightedTerm> terms;
  std::string buffer;
  evidence::for_each_index_term(text, buffer, [&](std::string_view term) {
    if (!evidence::is_content_term(term)) return;
    if (std::any_of(terms.begin(), terms.end(),
                    [&](const WeightedTerm& t) { return t.term == term; }))
      return;
    terms.push_back({std::string(term), 0, 0});
  });
  for (WeightedTerm& t : terms) {
    const Result<std::size_t> df = df_of(t.term);
    if (!df.ok()) return df.status();
    t.df = df.value();
    // A term no claim holds is as rare as can be.
    t.idf = std::log((static_cast<double>(claims) + 1) /
                     static_cast<double>(std::max<std::size_t>(t.df, 1)));
  }
  return terms;
}

bool rarer(const WeightedTerm* a, const WeightedTerm* b) {
  return a->idf != b->idf ? a->idf > b->idf : a->term < b->term;
}

// The FTS5 query: the rarest `query_terms` terms some claim holds, OR-ed;
// empty when fewer than `min_shared_terms` qualify.
std::string rarest_terms_query(const std::vector<WeightedTerm>& terms,
                               const ClaimMatchOptions& options) {
  std::vector<const WeightedTerm*> query;
  for (const WeightedTerm& t : terms) {
    if (t.df > 0) query.push_back(&t);
  }
  std::sort(query.begin(), query.end(), rarer);
  if (query.size() > options.query_terms) query.resize(options.query_terms);
  if (query.size() < options.min_shared_terms || query.empty()) return {};
  // Index terms hold only letters and digits: quoted, none reads as an operator.
  std::string expression;
  for (const WeightedTerm* t : query)
    expression.append(expression.empty() ? "\"" : " OR \"").append(t->term).append("\"");
  return expression;
}

// The stored claims BM25 ranks best for `expression`, best first.
Result<std::vector<RatedClaim>> search_claims(evidence::ClaimStatements& s,
                                              const std::string& expression, std::size_t limit) {
  Result<evidence::Statement*> search = s.get(
      s.search,
      "SELECT c.hash, c.claim, c.rating, c.verdict, c.speaker, c.subjects, c.context, "
      "c.reviewer, c.url, c.date, c.collection, c.file, c.line FROM (SELECT rowid, "
      "bm25(claims_fts) AS rank FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?) "
      "AS top JOIN claims c ON c.key = top.rowid ORDER BY top.rank");
  if (!search.ok()) return search.status();
  evidence::Statement& select = *search.value();
  select.bind(1, expression).bind(2, static_cast<std::int64_t>(limit));
  std::vector<RatedClaim> candidates;
  for (;;) {
    Result<bool> row = select.step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    RatedClaim& c = candidates.emplace_back();
    std::string* fields[] = {&c.hash,    &c.claim,    &c.rating,     &c.verdict,
                             &c.speaker, &c.subjects, &c.context,    &c.reviewer,
                             &c.url,     &c.date,     &c.collection, &c.file};
    for (int column = 0; column < 12; ++column) *fields[column] = select.text(column);
    c.line = static_cast<std::size_t>(select.integer(12));
  }
  select.reset();
  return candidates;
}

// The sentence's terms (with their norm) against one candidate's: cosine of
// the IDF vectors, the shared terms rarest first, then the names and numbers
// both hold. Nothing when they share fewer than `min_shared_terms` terms (the
// claim's cues are not even looked for). The claim itself is not filled in.
std::optional<ClaimMatch> compare(const CheckWorthySentence& sentence,
                                  const std::vector<WeightedTerm>& mine, double my_norm,
                                  const std::string& claim, const std::vector<WeightedTerm>& theirs,
                                  std::size_t min_shared_terms) {
  ClaimMatch m;
  double dot = 0;
  std::vector<const WeightedTerm*> shared;
  for (const WeightedTerm& t : mine) {
    for (const WeightedTerm& u : theirs) {
      if (t.term == u.term) {
        dot += t.idf * u.idf;
        shared.push_back(&t);
      }
    }
  }
  if (shared.size() < min_shared_terms) return std::nullopt;
  const double their_norm = norm(theirs);
  m.cosine = my_norm > 0 && their_norm > 0 ? dot / (my_norm * their_norm) : 0;
  std::sort(shared.begin(), shared.end(), rarer);
  for (const WeightedTerm* t : shared) m.shared_terms.push_back(t->term);
  const CheckWorthySentence cues = score_sentence(claim);
  for (const std::string& entity : sentence.entities) {
    if (std::any_of(cues.entities.begin(), cues.entities.end(),
                    [&](const std::string& other) { return same_entity(entity, other); }))
      m.shared_entities.push_back(entity);
  }
  for (const std::string& number : sentence.numbers) {
    if (std::find(cues.numbers.begin(), cues.numbers.end(), number) != cues.numbers.end())
      m.shared_numbers.push_back(number);
  }
  m.score = m.cosine +
            std::min(kMaxNumberBonus, kNumberBonus * static_cast<double>(m.shared_numbers.size())) +
            std::min(kMaxEntityBonus, kEntityBonus * static_cast<double>(m.shared_entities.size()));
  return m;
}

}  // namespace

Result<std::vector<ClaimMatch>> FactCheckDb::match(const CheckWorthySentence& sentence,
                                                   const ClaimMatchOptions& options) {
  std::vector<ClaimMatch> matches;
  const Result<std::size_t> claims = size();
  if (!claims.ok()) return claims.status();
  if (claims.value() == 0) return matches;
  const auto df_of = [this](std::string_view term) { return document_frequency(term); };
  Result<std::vector<WeightedTerm>> mine = weighted_terms(sentence.text, claims.value(), df_of);
  if (!mine.ok()) return mine.status();
  const std::string expression = rarest_terms_query(mine.value(), options);
  if (expression.empty()) return matches;
  Result<std::vector<RatedClaim>> candidates =
      search_claims(*statements_, expression, options.candidates);
  if (!candidates.ok()) return candidates.status();

  const double my_norm = norm(mine.value());
  for (RatedClaim& candidate : candidates.value()) {
    Result<std::vector<WeightedTerm>> theirs =
        weighted_terms(candidate.claim, claims.value(), df_of);
    if (!theirs.ok()) return theirs.status();
    std::optional<ClaimMatch> m = compare(sentence, mine.value(), my_norm, candidate.claim,
                                          theirs.value(), options.min_shared_terms);
    if (!m || m->score < options.min_score) continue;
    m->claim = std::move(candidate);
    matches.push_back(std::move(*m));
  }
  std::stable_sort(matches.begin(), matches.end(),
                   [](const ClaimMatch& a, const ClaimMatch& b) { return a.score > b.score; });
  if (matches.size() > options.limit) matches.resize(options.limit);
  return matches;
}

Result<std::vector<SentenceClaims>> FactCheckDb::match_article(
    const Article& article, const ClaimDetectionOptions& detection,
    const ClaimMatchOptions& options) {
  std::vector<SentenceClaims> found;
  for (CheckWorthySentence& sentence : find_check_worthy(article, detection)) {
    Result<std::vector<ClaimMatch>> matches = match(sentence, options);
    if (!matches.ok()) return matches.status();
    found.push_back({std::move(sentence), std::move(matches).value()});
  }
  return found;
}

}  // namespace verity
