// Folding evidence into the verdict. The content model judges how a story is
// told; the evidence store knows who published it, whom it cites, which of its
// claims fact checkers already rated, and what it copies. This header gathers
// that evidence for an article (gather_evidence), turns it into a few numeric
// features grouped by the evidence they come from (evidence_features), and
// combines them with the content model's probability (EvidenceCombiner):
//
//   logit(p_combined) = logit(p_content) + sum_i w_i x_i
//
// a logistic regression with the content model's calibrated logit as a fixed
// offset, fitted on labelled articles the content model was not trained on
// (scripts/train-evidence-combiner.sh; docs/verdict.md). Every feature is 0
// when its evidence is absent, so an article without evidence keeps the
// content model's probability exactly. Each weight has a sign it may take
// (a low-rated publisher can only push toward fake, a reliable label only
// toward real, an unknown domain only toward fake — never toward reliable);
// loading a file whose weights break these rules fails.
#ifndef VERITY_EVIDENCE_VERDICT_H_
#define VERITY_EVIDENCE_VERDICT_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "verity/article.h"
#include "verity/article_store.h"
#include "verity/check.h"
#include "verity/copies.h"
#include "verity/evidence.h"
#include "verity/fact_checks.h"
#include "verity/reputation.h"
#include "verity/status.h"

namespace verity {

// Everything the store says about one article.
struct ArticleEvidence {
  ArticleSources sources;              // publisher and cited sources, rated
  std::vector<SentenceClaims> claims;  // check-worthy sentences with their fact-checks
  RelatedResult related;               // closest stored articles
  std::vector<SourceReputation> related_reputations;  // one per related article
  std::optional<CopyMatch> copy_of;                   // the stored article it copies
  SourceReputation copy_of_reputation;                // its outlet, when there is a copy
};

struct EvidenceOptions {
  std::size_t claim_sentences = 5;  // check-worthy sentences matched against fact-checks
  std::size_t related = 3;          // related articles (0: skip the search)
};

// Looks the article up: ratings, fact-check matches, related articles and
// copies. Fails only when the store cannot be read. Not thread-safe for one
// store: give each thread its own EvidenceStore.
Result<ArticleEvidence> gather_evidence(EvidenceStore& store, const Article& article,
                                        const EvidenceOptions& options = {});

// The combiner's features. Values are 0 when the evidence is absent.
enum class EvidenceFeature : std::size_t {
  kPublisherRated,      // 1 when some list rates the publisher (free sign)
  kPublisherQuality,    // its mean quality score - 0.5, when scored (weight <= 0)
  kPublisherLowLabel,   // labelled fake, conspiracy, junksci, hate, unreliable or rumor (>= 0)
  kPublisherBiasLabel,  // labelled bias, political, clickbait or state (free)
  kPublisherSatire,     // labelled satire (free)
  kPublisherReliable,   // labelled reliable (<= 0)
  kPublisherUnknown,    // a publisher domain no list rates (>= 0: never toward reliable)
  kCitedLow,            // some cited source stands low (>= 0)
  kCitedQuality,        // the lowest cited quality score - 0.5 (<= 0)
  kClaimVerdict,        // best fact-check match: verdict (false +1 ... true -1) x similarity (>= 0)
  kCopyOfReal,          // overlap with a stored article labelled real (<= 0)
  kCopyOfFake,          // overlap with a stored article labelled fake (>= 0)
  kCopyOfLowSource,     // overlap with a stored article from a low-standing outlet (>= 0)
};
inline constexpr std::size_t kEvidenceFeatureCount = 13;

struct EvidenceFeatureInfo {
  std::string_view name;  // as in the combiner file: "publisher_quality"
  int sign;               // +1: weight >= 0 (toward fake only); -1: <= 0; 0: either
};
const std::array<EvidenceFeatureInfo, kEvidenceFeatureCount>& evidence_feature_infos();

using EvidenceVector = std::array<double, kEvidenceFeatureCount>;

// One piece of evidence (the publisher, one cited source, a fact-check, a
// copy) with the features it sets and why, in plain words.
struct EvidenceItem {
  std::string evidence;  // "publisher", "cited_source", "fact_check", "copy_of"
  EvidenceVector features{};
  std::string reason;  // "publisher presstv.ir: low: quality 0.69 (domain_ratings); ..."
};

// The items an article's evidence gives, in a fixed order (publisher, cited
// sources, fact-check, copy). Items whose features are all 0 are left out,
// so an article without evidence gives none. Per feature, the values of all
// items add up to the article's feature vector.
std::vector<EvidenceItem> evidence_features(const ArticleEvidence& evidence);
EvidenceVector sum_features(const std::vector<EvidenceItem>& items);

// The weights: immutable once made, safe to share between threads.
class EvidenceCombiner {
 public:
  static constexpr int kFormatVersion = 1;

  // Weights with their provenance. Fails (kInvalidArgument) when a weight is
  // not finite, above kMaxWeight in size, or has a sign its feature forbids.
  static Result<EvidenceCombiner> make(const EvidenceVector& weights, std::string trained_on);

  // Reads the JSON file written by save() (format in docs/verdict.md),
  // checking its format name and version, every feature name, the checksum
  // and the sign rules. Fails with kNotFound, kCorrupt or kInvalidArgument
  // (a newer format), naming the file and what is wrong.
  static Result<EvidenceCombiner> load(const std::string& path);
  static Result<EvidenceCombiner> parse(std::string_view text, const std::string& origin);
  std::string to_json() const;
  Status save(const std::string& path) const;

  // $VERITY_EVIDENCE_MODEL, else verity-evidence.json beside the default
  // content model (Model::default_path()).
  static std::string default_path();

  // Combines the content model's probability with the evidence items. With
  // no items the result's fake_probability is content_probability exactly.
  EvidenceVerdict combine(double content_probability,
                          const std::vector<EvidenceItem>& items) const;

  const EvidenceVector& weights() const { return weights_; }
  const std::string& trained_on() const { return trained_on_; }

  static constexpr double kMaxWeight = 10.0;

 private:
  EvidenceCombiner(const EvidenceVector& weights, std::string trained_on)
      : weights_(weights), trained_on_(std::move(trained_on)) {}
  EvidenceVector weights_{};
  std::string trained_on_;
};

// The evidence items with zero weight: what `check` shows when no combiner
// file is loaded (the probability stays the content model's).
EvidenceVerdict unweighed_evidence(double content_probability,
                                   const std::vector<EvidenceItem>& items);

// Applies a combined verdict to a check result: sets result.evidence and
// the verdict word for the combined probability.
void apply_evidence(CheckResult& result, const Model& model, EvidenceVerdict verdict);

// The whole step for one checked article: gathers its evidence, combines it
// with the content model's probability (lists it unweighed when `combiner`
// is null) and applies the verdict to `result`. What every face calls; fails
// only when the store cannot be read, leaving `result` as it was.
Result<ArticleEvidence> weigh_evidence(EvidenceStore& store, const EvidenceCombiner* combiner,
                                       const Model& model, CheckResult& result,
                                       const EvidenceOptions& options = {});

}  // namespace verity

#endif  // VERITY_EVIDENCE_VERDICT_H_
