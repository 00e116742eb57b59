// `verity eval --plot`: ROC curves and reliability diagrams as SVG files.
#ifndef VERITY_CLI_PLOTS_H_
#define VERITY_CLI_PLOTS_H_

#include <string>
#include <vector>

#include "verity/metrics.h"

namespace verity::cli {

// Self-contained SVG 1.1 documents of 480x400 (no external fonts or
// scripts), `title` shown above the plot; titles and names are repaired to
// valid UTF-8 and XML-escaped. Several named series may share one ROC plot,
// each drawn as one polyline thinned to at most 2000 points and listed in the
// legend as "name (AUC 0.912)". Both plots draw the diagonal as a dashed
// reference: chance for ROC, perfect calibration for reliability, where bins
// are dots labelled with their counts.
struct RocSeries {
  std::string name;
  std::vector<RocPoint> points;
  double auc;
};
std::string roc_svg(const std::string& title, const std::vector<RocSeries>& series);
std::string reliability_svg(const std::string& title, const std::vector<ReliabilityBin>& bins);

}  // namespace verity::cli

#endif  // VERITY_CLI_PLOTS_H_
