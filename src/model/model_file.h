// The model file: everything a trained model needs to score exactly as it did
// when it was trained, in a versioned, checksummed binary. Format (all
// integers little-endian; docs/model-format.md has the full description):
//
//   "VRTYMODL"  u32 format_version  u32 section_count
//   section_count × { u32 id, u32 crc32, u64 offset, u64 length }
//   sections, each starting on a 64-byte boundary
//
// Sections: 1 metadata (JSON: feature settings, calibration, thresholds,
// style-signal names, training record), 2 the fake head's weights, 3 the
// satire head's weights (optional), 4 self-test articles with the scores the
// trainer saw (JSON), checked on every load.
#ifndef VERITY_MODEL_MODEL_FILE_H_
#define VERITY_MODEL_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/feature_config.h"
#include "verity/model.h"
#include "verity/status.h"

namespace verity::model {

constexpr std::uint32_t kModelFormatVersion = 1;

// A logistic head: weights over the featurizer's dimension and the Platt
// calibration p = sigmoid(a * score + b).
struct LinearHead {
  std::vector<float> weights;
  double platt_a = 1.0;
  double platt_b = 0.0;
};

struct SelfTest {
  std::string title;
  std::string text;
  double fake_probability = 0;
  double satire_probability = 0;
};

struct ModelData {
  FeatureConfig features;
  ModelInfo info;
  std::vector<std::string> style_signal_names;  // in weight order
  LinearHead fake;
  LinearHead satire;  // empty weights when the model has no satire head
  std::vector<SelfTest> self_tests;
};

Status write_model_file(const std::string& path, const ModelData& model);
Result<ModelData> read_model_file(const std::string& path);

}  // namespace verity::model

#endif  // VERITY_MODEL_MODEL_FILE_H_
