// Leave-one-collection-out for the evidence combiner: fit on every
// collection but one (each weighing the same), score the one left out, for
// a grid of ridge penalties and of which kinds of evidence take part; the
// choice is the setting that does best on collections it never saw.
#ifndef VERITY_CLI_EVIDENCE_LOCO_H_
#define VERITY_CLI_EVIDENCE_LOCO_H_

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "verity/combiner.h"
#include "verity/status.h"
#include "verity/train/combiner_fit.h"

namespace verity::cli {

// The groups of features a setting may leave out, one bit each: the
// publisher's labels, its scores, "unknown publisher", the cited sources,
// fact-checks, copies and the author. Finer than EvidenceKind because the
// publisher's labels and its scores transfer differently: a score says
// nothing about celebrity gossip, a fake or satire label still does.
inline constexpr std::size_t kFeatureGroups = 7;
std::size_t feature_group(std::size_t feature);
std::string_view feature_group_name(std::size_t group);

struct LocoSetting {
  double l2 = 1.0;
  unsigned groups = (1u << kFeatureGroups) - 1;  // bit g: group g takes part
  bool fit_content_weight = false;               // CombinerFitOptions::fit_content_weight
  std::string describe() const;  // "l2 1, content weight fitted: publisher_labels+cited+..."
};

// One held-out collection under one setting.
struct LocoRow {
  std::string collection;
  std::size_t articles = 0, fake = 0, with_evidence = 0;
  double content_auc = 0, combined_auc = 0;
  double content_log_loss = 0, combined_log_loss = 0;
  double content_weight = 1;  // fitted on the other collections (1 when not fitted)
};

struct LocoResult {
  LocoSetting setting;
  std::vector<LocoRow> rows;  // one per collection, by name
  double mean_content_auc = 0, mean_combined_auc = 0;
  double worst_gain = 0;  // the smallest combined - content ROC-AUC over the collections
};

// The samples with the features of the groups a setting leaves out set to 0.
std::vector<CombinerSample> masked(const std::vector<CombinerSample>& samples, unsigned groups);

// Every setting of the grid (l2 x every subset of the groups, the empty one
// being the content model alone x the content weight fixed at 1 or fitted),
// held out collection by collection; each fit weighs the collections the
// same, with `base`'s other options (balance_classes). Fails with fewer than
// two collections.
[[nodiscard]] Result<std::vector<LocoResult>> leave_one_collection_out(
    const std::vector<CombinerSample>& samples, const std::vector<double>& l2_grid,
    const CombinerFitOptions& base = {});

// The choice: among settings losing at most `tolerance` ROC-AUC on every
// held-out collection and within `noise` of the best such mean, the one with
// the most groups of evidence (then the highest mean); when none passes, the
// best worst case. REQUIRES: results not empty.
const LocoResult& choose_setting(const std::vector<LocoResult>& results, double tolerance,
                                 double noise);

// Samples as a TSV with a header (collection, label, content probability,
// one column per feature), so a grid runs without looking articles up again.
[[nodiscard]] Status write_samples(const std::string& path,
                                   const std::vector<CombinerSample>& samples);
[[nodiscard]] Result<std::vector<CombinerSample>> read_samples(const std::string& path);

}  // namespace verity::cli

#endif  // VERITY_CLI_EVIDENCE_LOCO_H_
