// From an article's evidence to the combiner's features, grouped by the
// evidence they come from, each group with its reason in plain words.
#include <algorithm>
#include <cstdio>

#include "verity/combiner.h"

namespace verity {
namespace {

using F = EvidenceFeature;

// Scores are centred on 0.5, the middle of the lists' 0..1 scale, so a
// feature is 0 for an outlet the lists put in the middle and its sign says
// which side of it the outlet sits.
constexpr double kScoreCentre = 0.5;
// Below this the rating lists put fabrication sites (newspunch.com 0.12,
// yournewswire.com 0.18, naturalnews.com 0): a feature of its own, so the
// fit can weigh inventing stories apart from slanting them.
constexpr double kVeryLowScore = 0.3;

constexpr std::array<std::string_view, 6> kLowLabels = {"fake", "conspiracy", "junksci",
                                                        "hate", "unreliable", "rumor"};
constexpr std::array<std::string_view, 4> kBiasLabels = {"bias", "political", "clickbait", "state"};

double& at(EvidenceVector& features, F feature) {
  return features[static_cast<std::size_t>(feature)];
}

template <std::size_t N>
bool has_any_label(const SourceReputation& reputation,
                   const std::array<std::string_view, N>& labels) {
  for (const SourceRating& rating : reputation.ratings) {
    for (const std::string& label : rating.labels) {
      if (std::find(labels.begin(), labels.end(), label) != labels.end()) return true;
    }
  }
  return false;
}

bool is_zero(const EvidenceVector& features) {
  return std::all_of(features.begin(), features.end(), [](double v) { return v == 0; });
}

std::string shortened(std::string text, std::size_t limit) {
  if (text.size() > limit) text = text.substr(0, limit - 3) + "...";
  return text;
}

// "publisher thepeoplesvoice.tv (found from the badge \"Fact checked by ...\")".
std::string publisher_name(const SourceReputation& publisher, const Publisher& found_by) {
  std::string name = "publisher " + publisher.query;
  if (found_by.method.empty() || found_by.method == "url") return name;
  char sure[16];
  std::snprintf(sure, sizeof sure, "%.2f", found_by.confidence);
  return name + " (found from the " + found_by.method + " \"" + shortened(found_by.evidence, 80) +
         "\", confidence " + sure + ")";
}

EvidenceItem publisher_item(const SourceReputation& publisher, const Publisher& found_by) {
  EvidenceItem item;
  item.evidence = EvidenceKind::kPublisher;
  if (publisher.query.empty()) return item;  // no domain: nothing to say
  // How sure the publisher is scales what its ratings say: a badge is less
  // sure than a URL.
  const double sure = found_by.method.empty() ? 1.0 : std::clamp(found_by.confidence, 0.0, 1.0);
  if (publisher.ratings.empty()) {
    at(item.features, F::kPublisherUnknown) = sure;
    item.reason = publisher_name(publisher, found_by) + ": unknown (no list rates it)";
    return item;
  }
  if (publisher.score) {
    at(item.features, F::kPublisherLowQuality) =
        sure * std::max(0.0, kScoreCentre - *publisher.score);
    at(item.features, F::kPublisherHighQuality) =
        sure * std::max(0.0, *publisher.score - kScoreCentre);
    at(item.features, F::kPublisherVeryLowQuality) =
        sure * std::max(0.0, kVeryLowScore - *publisher.score) / kVeryLowScore;
  }
  if (has_any_label(publisher, kLowLabels)) at(item.features, F::kPublisherLowLabel) = sure;
  if (has_any_label(publisher, kBiasLabels)) at(item.features, F::kPublisherBiasLabel) = sure;
  if (has_any_label(publisher, std::array<std::string_view, 1>{"satire"}))
    at(item.features, F::kPublisherSatire) = sure;
  if (has_any_label(publisher, std::array<std::string_view, 1>{"reliable"}))
    at(item.features, F::kPublisherReliable) = sure;
  item.reason = publisher_name(publisher, found_by) + ": " + describe_reputation(publisher);
  return item;
}

// The worst cited source stands for all: a story leaning on one low outlet is
// not redeemed by also naming a good one.
EvidenceItem cited_item(const std::vector<SourceReputation>& cited) {
  EvidenceItem item;
  item.evidence = EvidenceKind::kCitedSource;
  const SourceReputation* worst = nullptr;
  const auto badness = [](const SourceReputation& r) {
    return std::make_pair(r.standing == Standing::kLow ? 0 : 1, r.score.value_or(2.0));
  };
  for (const SourceReputation& source : cited) {
    if (source.ratings.empty()) continue;
    if (worst == nullptr || badness(source) < badness(*worst)) worst = &source;
  }
  if (worst == nullptr) return item;
  if (worst->standing == Standing::kLow) at(item.features, F::kCitedLow) = 1;
  if (worst->score) {
    at(item.features, F::kCitedLowQuality) = std::max(0.0, kScoreCentre - *worst->score);
    at(item.features, F::kCitedHighQuality) = std::max(0.0, *worst->score - kScoreCentre);
  }
  item.reason = "cited source " + worst->query + ": " + describe_reputation(*worst);
  if (cited.size() > 1)
    item.reason += " (the lowest of " + std::to_string(cited.size()) + " cited)";
  return item;
}

// false +1 ... true -1: how far a fact checker's verdict says the claim is false.
double verdict_value(std::string_view verdict) {
  if (verdict == "false") return 1.0;
  if (verdict == "mostly-false") return 0.5;
  if (verdict == "mostly-true") return -0.5;
  if (verdict == "true") return -1.0;
  return 0.0;  // mixed, or unknown
}

EvidenceItem fact_check_item(const std::vector<SentenceClaims>& claims) {
  EvidenceItem item;
  item.evidence = EvidenceKind::kFactCheck;
  const SentenceClaims* best_sentence = nullptr;
  const ClaimMatch* best = nullptr;
  for (const SentenceClaims& sentence : claims) {
    for (const ClaimMatch& match : sentence.matches) {
      if (best == nullptr || match.score > best->score) {
        best = &match;
        best_sentence = &sentence;
      }
    }
  }
  if (best == nullptr) return item;
  // Similarity above 1 (the bonuses for shared numbers and names) counts as 1.
  at(item.features, F::kClaimVerdict) =
      verdict_value(best->claim.verdict) * std::min(1.0, best->score);
  char similarity[32];
  std::snprintf(similarity, sizeof similarity, "%.2f", best->score);
  item.reason = "fact-check: \"" + shortened(best_sentence->sentence.text, 100) + "\" matches \"" +
                shortened(best->claim.claim, 100) + "\", rated " + best->claim.rating +
                (best->claim.reviewer.empty() ? "" : " by " + best->claim.reviewer) +
                ", similarity " + similarity;
  return item;
}

EvidenceItem copy_item(const std::optional<CopyMatch>& copy_of, const SourceReputation& outlet) {
  EvidenceItem item;
  item.evidence = EvidenceKind::kCopyOf;
  if (!copy_of) return item;
  const double overlap = std::clamp(copy_of->overlap, 0.0, 1.0);
  if (copy_of->article.label == "real") at(item.features, F::kCopyOfReal) = overlap;
  if (copy_of->article.label == "fake") at(item.features, F::kCopyOfFake) = overlap;
  if (outlet.standing == Standing::kLow) at(item.features, F::kCopyOfLowSource) = overlap;
  char shared[32];
  std::snprintf(shared, sizeof shared, "%.0f%%", 100 * overlap);
  const StoredArticle& original = copy_of->article;
  item.reason =
      "copy of \"" + shortened(original.title.empty() ? original.id : original.title, 80) + "\" (" +
      (original.domain.empty() ? "no domain" : original.domain) +
      (original.label.empty() ? "" : ", labelled " + original.label) +
      (outlet.ratings.empty() ? "" : ", outlet " + std::string(standing_name(outlet.standing))) +
      "), " + shared + " of the text shared";
  return item;
}

// The byline that stands lowest speaks for the article (a co-author at a
// reliable outlet does not redeem a story); an author the store never saw, or
// whose outlets no list rates, gives nothing.
EvidenceItem author_item(const std::vector<AuthorStanding>& authors) {
  EvidenceItem item;
  item.evidence = EvidenceKind::kAuthor;
  const AuthorStanding* chosen = nullptr;
  for (const AuthorStanding& author : authors) {
    if (author.standing == Standing::kLow) {
      chosen = &author;
      break;
    }
    if (author.standing == Standing::kHigh && chosen == nullptr) chosen = &author;
  }
  if (chosen == nullptr) return item;
  const std::size_t rated = chosen->rated;
  if (rated == 0) return item;
  // A share from few articles is less sure: n / (n + 2) shrinks it.
  const double n = static_cast<double>(rated);
  const double shrink = n / (n + 2);
  if (chosen->standing == Standing::kLow) {
    at(item.features, F::kAuthorLow) = shrink * static_cast<double>(chosen->low) / n;
  } else {
    at(item.features, F::kAuthorHigh) = shrink * static_cast<double>(chosen->high) / n;
  }
  std::string outlets;
  for (std::size_t i = 0; i < chosen->outlets.size() && i < 3; ++i) {
    const AuthorOutlet& outlet = chosen->outlets[i];
    if (!outlets.empty()) outlets += ", ";
    outlets.append(outlet.domain).append(" ").append(std::to_string(outlet.articles));
    outlets.append(" (").append(standing_name(outlet.standing)).append(")");
  }
  item.reason = "author " + chosen->name + ": " + std::string(standing_name(chosen->standing)) +
                ": " + std::to_string(chosen->low) + " of " + std::to_string(chosen->articles) +
                " known articles at low outlets, " + std::to_string(chosen->high) +
                " at high ones (" + outlets + ")";
  return item;
}

}  // namespace

std::string_view evidence_kind_name(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::kPublisher:
      return "publisher";
    case EvidenceKind::kCitedSource:
      return "cited_source";
    case EvidenceKind::kFactCheck:
      return "fact_check";
    case EvidenceKind::kCopyOf:
      return "copy_of";
    case EvidenceKind::kAuthor:
      return "author";
  }
  return "publisher";
}

const std::array<EvidenceFeatureInfo, kEvidenceFeatureCount>& evidence_feature_infos() {
  static constexpr std::array<EvidenceFeatureInfo, kEvidenceFeatureCount> kInfos = {{
      {"publisher_low_quality", +1, ">= 0: a low quality score only pushes toward fake"},
      {"publisher_high_quality", -1, "<= 0: a high quality score only pushes toward real"},
      {"publisher_very_low_quality", +1, ">= 0: a quality score below 0.3 only pushes toward fake"},
      {"publisher_low_label", +1,
       ">= 0: fake, conspiracy, junksci, hate, unreliable, rumor only push toward fake"},
      {"publisher_bias_label", +1, ">= 0: bias, political, clickbait, state only push toward fake"},
      {"publisher_satire_label", +1, ">= 0: satire is not news to believe: only toward fake"},
      {"publisher_reliable_label", -1, "<= 0: reliable only pushes toward real"},
      {"publisher_unknown", +1, ">= 0: an unknown publisher never pushes toward real"},
      {"cited_low", +1, ">= 0: a low-standing cited source only pushes toward fake"},
      {"cited_low_quality", +1, ">= 0: a low quality cited source only pushes toward fake"},
      {"cited_high_quality", -1, "<= 0: citing only high quality sources only pushes toward real"},
      {"claim_verdict", +1, ">= 0: the fact checkers' verdict points the way (false +, true -)"},
      {"copy_of_real", -1, "<= 0: copying a story labelled real only pushes toward real"},
      {"copy_of_fake", +1, ">= 0: copying a story labelled fake only pushes toward fake"},
      {"copy_of_low_source", +1, ">= 0: copying a low outlet's story only pushes toward fake"},
      {"author_low", +1, ">= 0: an author writing for low outlets only pushes toward fake"},
      {"author_high", -1, "<= 0: an author writing for high outlets only pushes toward real"},
  }};
  return kInfos;
}

std::vector<EvidenceItem> evidence_features(const ArticleEvidence& evidence) {
  std::vector<EvidenceItem> items;
  for (EvidenceItem item :
       {publisher_item(evidence.sources.publisher, evidence.sources.found_by),
        cited_item(evidence.sources.cited), fact_check_item(evidence.claims),
        copy_item(evidence.copy_of, evidence.copy_of_reputation), author_item(evidence.authors)}) {
    if (!is_zero(item.features)) items.push_back(std::move(item));
  }
  return items;
}

EvidenceVector sum_features(const std::vector<EvidenceItem>& items) {
  EvidenceVector sum{};
  for (const EvidenceItem& item : items) {
    for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) sum[i] += item.features[i];
  }
  return sum;
}

}  // namespace verity
