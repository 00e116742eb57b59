// The evidence combiner file (verity::EvidenceCombiner::parse). Two doors at
// once: the input is parsed as a combiner file as it is (a damaged or foreign
// file is refused, naming the file); and its first 13 doubles become weights
// for EvidenceCombiner::make, the rest the provenance, so weights that pass
// make() also go through save's JSON and back (the checksum blocks mutated
// files from reaching the later checks). Combining never leaves [0, 1].
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "verity/combiner.h"

namespace {

void check_combines(const verity::EvidenceCombiner& combiner, const verity::EvidenceVector& x) {
  for (const double p : {0.0, 1e-9, 0.3, 0.5, 0.999, 1.0}) {
    const verity::EvidenceVerdict none = combiner.combine(p, {});
    FUZZ_REQUIRE(none.fake_probability == p, "no evidence must keep the content probability");
    verity::EvidenceItem item;
    item.features = x;
    const verity::EvidenceVerdict verdict = combiner.combine(p, {item});
    FUZZ_REQUIRE(verdict.fake_probability >= 0 && verdict.fake_probability <= 1,
                 "combined probability " + std::to_string(verdict.fake_probability));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = verity::EvidenceCombiner::parse(text, "fuzz.json");
  if (!parsed.ok()) {
    FUZZ_REQUIRE(parsed.status().message().find("fuzz.json") != std::string::npos,
                 "the message does not name the file: " + parsed.status().message());
  } else {
    for (const double w : parsed.value().weights())
      FUZZ_REQUIRE(std::isfinite(w) && std::fabs(w) <= verity::EvidenceCombiner::kMaxWeight,
                   "a loaded weight out of range: " + std::to_string(w));
  }

  verity::EvidenceVector weights{};
  if (size < sizeof weights) return 0;
  std::memcpy(weights.data(), data, sizeof weights);
  auto made = verity::EvidenceCombiner::make(weights, std::string(text.substr(sizeof weights)));
  if (!made.ok()) return 0;
  const verity::EvidenceCombiner& combiner = made.value();
  auto again = verity::EvidenceCombiner::parse(combiner.to_json(), "saved.json");
  FUZZ_REQUIRE(again.ok(), "a saved combiner does not load: " + again.status().to_string());
  FUZZ_REQUIRE(again.value().weights() == combiner.weights(), "weights changed on the round trip");
  verity::EvidenceVector features{};
  for (std::size_t i = 0; i < features.size(); ++i)
    features[i] = static_cast<double>(data[i % size]) / 64.0 - 2.0;
  check_combines(combiner, features);
  return 0;
}
