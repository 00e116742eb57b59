// Every setting that changes which features an article yields. The model file
// stores it, so a model always featurizes exactly as it was trained.
#ifndef VERITY_MODEL_FEATURE_CONFIG_H_
#define VERITY_MODEL_FEATURE_CONFIG_H_

#include <cstdint>

namespace verity::model {

struct FeatureConfig {
  // Hashed n-grams land in 2^hash_bits buckets; style signals and the bias
  // follow them in the weight vector.
  std::uint32_t hash_bits = 20;
  std::uint64_t hash_seed = 0x76657269747901ULL;  // "verity" 01

  bool word_bigrams = true;
  // Character n-grams of each word (with boundary marks), lengths
  // [char_min, char_max]; char_max 0 turns them off.
  std::uint32_t char_min = 3;
  std::uint32_t char_max = 5;

  // Leakage guards: terms that name who wrote a story rather than what it
  // says are replaced by placeholders before hashing.
  bool mask_numbers = true;       // 326, 2015 → <num>
  bool mask_outlets = true;       // Reuters, CNN, Fox News → <outlet>
  bool mask_proper_nouns = true;  // capitalized words inside a sentence → <name>

  // Each feature group is L2-normalized, then scaled by its weight.
  float title_scale = 1.0F;
  float body_scale = 1.0F;
  float char_scale = 0.5F;
  float style_scale = 1.0F;
};

}  // namespace verity::model

#endif  // VERITY_MODEL_FEATURE_CONFIG_H_
