// Library: verity (core).
//
// Weighing evidence into the verdict. The content model judges how a story is
// told; evidence (evidence.h) says who published it, whom it cites, which of
// its claims fact checkers already rated, and what it copies. This header
// turns an article's evidence into a few numeric features grouped by the
// evidence they come from (evidence_features) and combines them with the
// content model's probability (EvidenceCombiner):
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
#ifndef VERITY_COMBINER_H_
#define VERITY_COMBINER_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "verity/evidence.h"
#include "verity/status.h"

namespace verity {

// The combiner's features. Values are 0 when the evidence is absent. Each has
// a sign rule from its meaning, which the fit keeps and loading enforces: a
// mark against an outlet (a low score, a fake, conspiracy, junksci,
// unreliable, hate, rumor, bias, political, clickbait, state or satire label)
// may only push toward fake; a mark for it (a high score, a reliable label)
// only toward real; an unknown outlet never toward real. Publisher values are
// scaled by how sure the publisher is (Publisher::confidence).
enum class EvidenceFeature : std::size_t {
  kPublisherLowQuality,   // max(0, 0.5 - mean quality score) (weight >= 0)
  kPublisherHighQuality,  // max(0, mean quality score - 0.5) (<= 0)
  // (0.3 - mean score) / 0.3 below 0.3: the fabrication sites' range, where
  // the lists agree an outlet invents stories, not only slants them (>= 0)
  kPublisherVeryLowQuality,
  kPublisherLowLabel,   // labelled fake, conspiracy, junksci, hate, unreliable or rumor (>= 0)
  kPublisherBiasLabel,  // labelled bias, political, clickbait or state (>= 0)
  kPublisherSatire,     // labelled satire (>= 0: satire is not news to be believed)
  kPublisherReliable,   // labelled reliable (<= 0)
  kPublisherUnknown,    // a publisher domain no list rates (>= 0: never toward reliable)
  kCitedLow,            // some cited source stands low (>= 0)
  kCitedLowQuality,     // max(0, 0.5 - the lowest cited quality score) (>= 0)
  kCitedHighQuality,    // max(0, the lowest cited quality score - 0.5) (<= 0)
  kClaimVerdict,        // best fact-check match: verdict (false +1 ... true -1) x similarity (>= 0)
  kCopyOfReal,          // overlap with a stored article labelled real (<= 0)
  kCopyOfFake,          // overlap with a stored article labelled fake (>= 0)
  kCopyOfLowSource,     // overlap with a stored article from a low-standing outlet (>= 0)
  kAuthorLow,   // share of the byline's rated articles at low outlets, when it stands low (>= 0)
  kAuthorHigh,  // share at high outlets, when it stands high (<= 0)
};
inline constexpr std::size_t kEvidenceFeatureCount = 17;

struct EvidenceFeatureInfo {
  std::string_view name;  // as in the combiner file: "publisher_quality"
  int sign;               // +1: weight >= 0 (toward fake only); -1: <= 0 (toward real only)
  std::string_view rule;  // the sign rule in words, as the combiner file states it
};
const std::array<EvidenceFeatureInfo, kEvidenceFeatureCount>& evidence_feature_infos();

using EvidenceVector = std::array<double, kEvidenceFeatureCount>;

// Which evidence an item or contribution comes from.
enum class EvidenceKind { kPublisher, kCitedSource, kFactCheck, kCopyOf, kAuthor };
// "publisher", "cited_source", "fact_check", "copy_of", "author".
std::string_view evidence_kind_name(EvidenceKind kind);

// One piece of evidence (the publisher, one cited source, a fact-check, a
// copy) with the features it sets and why, in plain words.
struct EvidenceItem {
  EvidenceKind evidence = EvidenceKind::kPublisher;
  EvidenceVector features{};
  std::string reason;  // "publisher presstv.ir: low: quality 0.69 (domain_ratings); ..."
};

// The items an article's evidence gives, in a fixed order (publisher, cited
// sources, fact-check, copy, author). Items whose features are all 0 are left out,
// so an article without evidence gives none. Per feature, the values of all
// items add up to the article's feature vector.
std::vector<EvidenceItem> evidence_features(const ArticleEvidence& evidence);
EvidenceVector sum_features(const std::vector<EvidenceItem>& items);

// One piece of evidence and how it moved the verdict.
struct EvidenceContribution {
  EvidenceKind evidence = EvidenceKind::kPublisher;
  // The features it set, with their values ("publisher_quality" 0.19).
  std::vector<std::pair<std::string, double>> features;
  double logit = 0;  // sum of weight x value: what it added to the content model's logit
  // Probability points it made: the combined probability minus the one
  // without this item (the others kept).
  double points = 0;
  std::string reason;  // plain words: "publisher presstv.ir: quality 0.69 (domain_ratings)"
};

// The verdict once evidence is weighed.
struct EvidenceVerdict {
  double content_probability = 0;  // the content model's calibrated probability
  double fake_probability = 0;     // combined; equal to content when nothing fired
  // False when evidence was found but no combiner was given: the items are
  // listed with zero weight and the probability is the content model's.
  bool weighed = true;
  std::vector<EvidenceContribution> contributions;  // largest |logit| first
};

// The weights: immutable once made, safe to share between threads.
class EvidenceCombiner {
 public:
  // 2: the features above (sign rules for all), "sign_rules" stated in the
  // file. A version 1 file (free-signed publisher_rated and
  // publisher_bias_label) is refused: refit it.
  static constexpr int kFormatVersion = 2;
  static constexpr double kMaxWeight = 10.0;

  // Weights with their provenance. Fails (kInvalidArgument) when a weight is
  // not finite, above kMaxWeight in size, or has a sign its feature forbids.
  [[nodiscard]] static Result<EvidenceCombiner> make(const EvidenceVector& weights,
                                                     std::string trained_on);

  // Reads the JSON file written by save() (format in docs/verdict.md),
  // checking its format name and version, every feature name, the checksum
  // and the sign rules: a weight on the forbidden side, or a "sign_rules"
  // entry that differs from this verity's, is refused (kInvalidArgument)
  // naming the feature and its rule. Fails with kNotFound, kCorrupt or
  // kInvalidArgument (another format version), naming the file and what is
  // wrong.
  [[nodiscard]] static Result<EvidenceCombiner> load(const std::string& path);
  [[nodiscard]] static Result<EvidenceCombiner> parse(std::string_view text,
                                                      const std::string& origin);
  std::string to_json() const;
  [[nodiscard]] Status save(const std::string& path) const;

  // Combines the content model's probability with the evidence items. With
  // no items the result's fake_probability is content_probability exactly.
  EvidenceVerdict combine(double content_probability, const std::vector<EvidenceItem>& items) const;

  const EvidenceVector& weights() const { return weights_; }
  const std::string& trained_on() const { return trained_on_; }

 private:
  EvidenceCombiner(const EvidenceVector& weights, std::string trained_on)
      : weights_(weights), trained_on_(std::move(trained_on)) {}
  EvidenceVector weights_{};
  std::string trained_on_;
};

// The items listed with zero weight: what a check shows when evidence was
// found but no combiner was given (the probability stays the content model's).
EvidenceVerdict unweighed_evidence(double content_probability,
                                   const std::vector<EvidenceItem>& items);

}  // namespace verity

#endif  // VERITY_COMBINER_H_
