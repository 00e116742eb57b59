// Library: verity (core).
//
// Evidence is what is known about an article beyond its text: how rating
// lists judge its publisher and the outlets it cites, which of its sentences
// fact checkers already rated, which stored articles tell the same story, and
// which one it copies. This header holds those records and the interface a
// Checker (check.h) asks for them through. The core library only carries,
// weighs (combiner.h) and prints evidence; finding it is a backend's job —
// verity_evidence implements EvidenceSource over its SQLite store
// (evidence/store.h: open_evidence_source), as Xapian's backends implement one
// database interface.
#ifndef VERITY_EVIDENCE_H_
#define VERITY_EVIDENCE_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "verity/article.h"
#include "verity/status.h"

namespace verity {

// ---- Source reputation -------------------------------------------------------

// One list's rating of one domain, with where it came from.
struct SourceRating {
  std::string domain;  // normalized host the list rates
  std::string list;    // provenance: "domain_ratings", "opensources", "verity examples", ...
  std::string file;    // the file it was imported from, as given to the import
  std::size_t line = 0;
  std::optional<double> score;      // quality from 0 (worst) to 1 (best), when the list scores
  std::vector<std::string> labels;  // categories, lower-case: "bias", "unreliable", "satire", ...
  std::vector<std::pair<std::string, double>> components;  // sub-scores the list gives
  std::string notes;
};

// How a set of ratings reads as one word.
enum class Standing {
  kUnknown,  // no list names the domain: never reliable
  kLow,      // mean score < 0.4, or labelled fake, conspiracy, junksci, hate, unreliable, rumor
  kMixed,    // anything else
  kHigh,     // mean score >= 0.75 and no label but reliable (or only labelled reliable)
  kSatire,   // labelled satire (and not low)
};
// "unknown", "low", "mixed", "high", "satire".
std::string_view standing_name(Standing standing);

// What is known about one domain. A rating is about an outlet's track record,
// not about one article.
struct SourceReputation {
  std::string query;    // as asked
  std::string domain;   // normalized host ("" when the query is not a domain)
  std::string unicode;  // the host in Unicode, for display
  std::string matched;  // the host or parent domain the ratings are for; "" when none
  std::vector<SourceRating> ratings;
  std::optional<double> score;  // mean of the ratings' scores
  Standing standing = Standing::kUnknown;
  std::string error;  // why the query is not a domain, when it is not
};

// The standing of a set of ratings (the rule on Standing) and their mean score.
Standing reputation_standing(const std::vector<SourceRating>& ratings,
                             std::optional<double>* mean_score = nullptr);

// One line for people: "low: quality 0.69 (domain_ratings); bias, unreliable
// (opensources)", or "unknown: no list rates this domain".
std::string describe_reputation(const SourceReputation& reputation);

// The reputation of an article's publisher and of the sources it cites, in
// the order the article cites them.
struct ArticleSources {
  SourceReputation publisher;  // empty query when the article has no domain
  // How the publisher was found (Article::publisher; method "url" when the
  // article has a URL), with the domain the store resolved a bare name to.
  Publisher found_by;
  std::vector<SourceReputation> cited;
};

// ---- Claims and fact checks --------------------------------------------------

// One cue that made a sentence check-worthy (evidence/claims.h lists them),
// with the words that fired it.
struct ClaimCue {
  std::string cue;   // entity, number, percent, money, comparison, reported, question, ...
  std::string text;  // "Barack Obama", "more than", "said"; "" for short, long
  double weight = 0;
};

// A sentence that states something a fact checker could check.
struct CheckWorthySentence {
  std::string text;
  std::size_t paragraph = 0;  // index into Article::paragraphs
  Span span{0, 0};            // byte offsets of the sentence in that paragraph
  double score = 0;           // sum of the cues' weights
  std::vector<ClaimCue> cues;
  std::vector<std::string> entities;  // as written: "Barack Obama"
  std::vector<std::string> numbers;   // digits without separators: "1200", "3.5"
  std::size_t words = 0;
};

// A claim a fact checker rated.
struct RatedClaim {
  std::string hash;     // identity in the store
  std::string claim;    // the statement that was checked
  std::string rating;   // as the reviewer wrote it: "pants-fire", "Mostly False"
  std::string verdict;  // false, mostly-false, mixed, mostly-true or true
  std::string speaker, subjects, context, reviewer, url, date;
  std::string collection;  // liar, claimreview
  std::string file;        // provenance: the file imported and the line
  std::size_t line = 0;
};

struct ClaimMatch {
  RatedClaim claim;
  double score = 0;                          // cosine + bonuses
  double cosine = 0;                         // IDF-weighted term-set cosine
  std::vector<std::string> shared_terms;     // content terms, rarest first
  std::vector<std::string> shared_entities;  // names in both, as the sentence writes them
  std::vector<std::string> shared_numbers;
};

struct SentenceClaims {
  CheckWorthySentence sentence;
  std::vector<ClaimMatch> matches;  // best first; may be empty
};

// ---- Stored articles ---------------------------------------------------------

// What a store keeps of an article besides its indexed text.
struct StoredArticle {
  std::string hash;  // the article's identity in the store (content_hash)
  std::string id, title, domain, url, date, dataset, label;
  std::string origin;  // where it was read from: "data.jsonl:12"
};

struct RelatedArticle {
  StoredArticle article;
  double score = 0;                       // BM25, higher is closer
  std::vector<std::string> shared_terms;  // the query terms it holds, in query order
  double coverage = 0;                    // the share of the query's tf-idf weight it holds
};

struct RelatedResult {
  std::vector<std::string> query_terms;  // the query, best term first
  std::vector<RelatedArticle> articles;  // best first
};

// A stored article the input mostly copies (MinHash estimates).
struct CopyMatch {
  StoredArticle article;
  double jaccard = 0;  // estimated Jaccard similarity of the shingle sets
  // Estimated share of the smaller text's shingles found in the other: near
  // 1 when one text is the other plus or minus some paragraphs.
  double overlap = 0;
};

// ---- Authors -----------------------------------------------------------------

// What the store knows of a byline: the outlets it was seen in, and a standing
// from their ratings. An author the store never saw is unknown, never reliable.
struct AuthorOutlet {
  std::string domain;
  std::size_t articles = 0;  // articles under the byline seen at that outlet
  Standing standing = Standing::kUnknown;
};

struct AuthorStanding {
  std::string name;                   // as the article writes it
  std::size_t articles = 0;           // all articles under the byline the store saw
  std::size_t rated = 0;              // of those, at outlets some list rates
  std::size_t low = 0;                // at outlets standing low
  std::size_t high = 0;               // at outlets standing high
  std::vector<AuthorOutlet> outlets;  // most articles first
  // kUnknown when never seen or no outlet is rated; kLow when more than half
  // of the rated articles are at low outlets; kHigh when more than half are
  // at high ones; else kMixed.
  Standing standing = Standing::kUnknown;
};

// ---- One article's evidence, and where it comes from -------------------------

// Everything an evidence source says about one article.
struct ArticleEvidence {
  ArticleSources sources;              // publisher and cited sources, rated
  std::vector<SentenceClaims> claims;  // check-worthy sentences with their fact-checks
  RelatedResult related;               // closest stored articles
  std::vector<SourceReputation> related_reputations;  // one per related article
  std::optional<CopyMatch> copy_of;                   // the stored article it copies
  SourceReputation copy_of_reputation;                // its outlet, when there is a copy
  std::vector<AuthorStanding> authors;                // one per byline, in the article's order
};

struct EvidenceOptions {
  std::size_t claim_sentences = 5;  // check-worthy sentences matched against fact-checks
  std::size_t related = 3;          // related articles (0: skip the search)
};

// One thread's connection to an evidence source. Not thread-safe.
class EvidenceSession {
 public:
  virtual ~EvidenceSession() = default;

  // Looks the article up. Fails only when the source cannot be read.
  [[nodiscard]] virtual Result<ArticleEvidence> gather(const Article& article,
                                                       const EvidenceOptions& options) = 0;

  // What the source knows about one domain (standing kUnknown when nothing;
  // a query that is not a domain says why in SourceReputation::error).
  [[nodiscard]] virtual Result<SourceReputation> rate_source(std::string_view domain) = 0;
};

// Where evidence comes from. Thread-safe: each thread opens its own session.
class EvidenceSource {
 public:
  virtual ~EvidenceSource() = default;

  // A new session for the calling thread.
  [[nodiscard]] virtual Result<std::unique_ptr<EvidenceSession>> open_session() const = 0;

  // For messages: the store's path, say.
  virtual const std::string& name() const = 0;
};

}  // namespace verity

#endif  // VERITY_EVIDENCE_H_
