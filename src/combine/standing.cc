// How a set of ratings reads: one standing word and one line for people.
#include <algorithm>
#include <array>
#include <cstdio>

#include "verity/evidence.h"

namespace verity {
namespace {

// Below this score, or with one of these labels, a source's track record is
// poor: the lists agree these outlets publish false or unsupported stories.
constexpr double kLowScore = 0.4;
constexpr double kHighScore = 0.75;
constexpr std::array<std::string_view, 6> kLowLabels = {"fake", "conspiracy", "junksci",
                                                        "hate", "unreliable", "rumor"};

bool has_label(const std::vector<SourceRating>& ratings, std::string_view label) {
  return std::any_of(ratings.begin(), ratings.end(), [&](const SourceRating& r) {
    return std::find(r.labels.begin(), r.labels.end(), label) != r.labels.end();
  });
}

}  // namespace

std::string_view standing_name(Standing standing) {
  switch (standing) {
    case Standing::kUnknown:
      return "unknown";
    case Standing::kLow:
      return "low";
    case Standing::kMixed:
      return "mixed";
    case Standing::kHigh:
      return "high";
    case Standing::kSatire:
      return "satire";
  }
  return "unknown";
}

Standing reputation_standing(const std::vector<SourceRating>& ratings,
                             std::optional<double>* mean_score) {
  double sum = 0;
  std::size_t scored = 0;
  bool only_reliable_labels = true;
  for (const SourceRating& rating : ratings) {
    if (rating.score) {
      sum += *rating.score;
      ++scored;
    }
    for (const std::string& label : rating.labels) only_reliable_labels &= label == "reliable";
  }
  const std::optional<double> mean =
      scored > 0 ? std::optional<double>(sum / static_cast<double>(scored)) : std::nullopt;
  if (mean_score != nullptr) *mean_score = mean;
  if (ratings.empty()) return Standing::kUnknown;
  const bool low_label = std::any_of(kLowLabels.begin(), kLowLabels.end(),
                                     [&](auto label) { return has_label(ratings, label); });
  if (low_label || (mean && *mean < kLowScore)) return Standing::kLow;
  if (has_label(ratings, "satire")) return Standing::kSatire;
  if (mean && *mean >= kHighScore && only_reliable_labels) return Standing::kHigh;
  if (!mean && only_reliable_labels) return Standing::kHigh;  // labelled reliable, nothing against
  return Standing::kMixed;
}

std::string describe_reputation(const SourceReputation& reputation) {
  if (!reputation.error.empty()) return "unknown: " + reputation.error;
  if (reputation.ratings.empty()) return "unknown: no list rates this domain";
  std::string out;
  for (const SourceRating& rating : reputation.ratings) {
    std::string part;
    if (rating.score) {
      char score[32];
      std::snprintf(score, sizeof score, "quality %.2f", *rating.score);
      part = score;
    }
    std::string labels;
    for (const std::string& label : rating.labels) labels += (labels.empty() ? "" : ", ") + label;
    if (!labels.empty()) part += (part.empty() ? "" : ", ") + labels;
    out += (out.empty() ? "" : "; ") + part + " (" + rating.list + ")";
  }
  std::string line = std::string(standing_name(reputation.standing)) + ": " + out;
  if (reputation.matched != reputation.domain) line += " [rated as " + reputation.matched + "]";
  return line;
}

}  // namespace verity
