// Turns a cleaned article into the sparse feature vector the linear model
// scores: hashed word unigrams and bigrams and character n-grams of the title
// and of the body (four groups, each with sublinear term frequencies and L2
// normalization), the style signals, and a bias. Outlet names, datelines,
// credits, numbers and (optionally) proper nouns are masked first, so the
// model learns how a story is told rather than who published it.
//
// Featurizer is immutable and thread-safe; each thread passes its own
// FeatureScratch, which also keeps what an explanation needs afterwards.
#ifndef VERITY_MODEL_FEATURIZER_H_
#define VERITY_MODEL_FEATURIZER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/feature_config.h"
#include "model/style_signals.h"
#include "model/term_table.h"
#include "text/text.h"
#include "verity/article.h"

namespace verity::model {

enum class FeatureGroup : std::uint8_t { kTitleWords, kTitleChars, kBodyWords, kBodyChars, kCount };
constexpr std::size_t kHashedGroupCount = static_cast<std::size_t>(FeatureGroup::kCount);
std::string_view feature_group_name(FeatureGroup group);  // "title_words", ...

struct FeatureEntry {
  std::uint32_t index;
  float value;
};

// One text (title or body) as the featurizer saw it.
struct TextView {
  std::string text;  // the text tokenized (body: kept paragraphs joined by blank lines)
  TokenList tokens;
  std::vector<std::string_view>
      terms;  // per token: its term (folded form or a mask), empty = skipped
  std::vector<std::uint32_t> sentence;  // per token: sentence index (body only)
  std::vector<Span> sentences;
};

// The character n-grams each word of a text was spelled into: word term
// words[i] (of the text's word table) supplied the char-table terms
// grams[ends[i - 1], ends[i]), as often as the word occurs. Kept as one list
// per word because the char table, unlike the word table, does not record
// where its terms occur.
struct Spellings {
  std::vector<std::uint32_t> words;
  std::vector<std::uint32_t> ends;
  std::vector<std::uint32_t> grams;
};

// Per-thread working memory, reused across articles.
struct FeatureScratch {
  TextView title;
  TextView body;
  std::array<TermTable, kHashedGroupCount> tables;
  // Per term of each table, the value it was given (parallel to terms()).
  std::array<std::vector<float>, kHashedGroupCount> term_values;
  // Filled for the two character groups.
  std::array<Spellings, kHashedGroupCount> spellings;
  // Where each group's terms start in `entries`, in terms() order.
  std::array<std::size_t, kHashedGroupCount> group_begin{};
  StyleSignals style;
  std::vector<FeatureEntry> entries;             // the feature vector
  std::vector<std::string_view> original_words;  // token texts, for outlet matching
};

class Featurizer {
 public:
  explicit Featurizer(const FeatureConfig& config);

  const FeatureConfig& config() const { return config_; }
  std::uint32_t bucket_count() const { return buckets_; }
  // Weights: buckets, then one per style signal, then the bias.
  std::uint32_t dimension() const {
    return buckets_ + static_cast<std::uint32_t>(kStyleSignalCount) + 1;
  }
  std::uint32_t style_index(StyleSignal signal) const {
    return buckets_ + static_cast<std::uint32_t>(signal);
  }
  std::uint32_t bias_index() const { return dimension() - 1; }

  // Fills scratch.entries (and everything an explanation needs).
  void featurize(const Article& article, FeatureScratch& scratch) const;

  // The bucket of a term of `group` with hash `hash`.
  std::uint32_t bucket(std::uint64_t hash) const {
    return static_cast<std::uint32_t>(hash & (buckets_ - 1));
  }

 private:
  void prepare_text(TextView& view, bool is_body, FeatureScratch& scratch) const;
  void add_terms(const TextView& view, FeatureGroup words, FeatureGroup chars,
                 FeatureScratch& scratch) const;
  void emit_group(FeatureGroup group, float scale, FeatureScratch& scratch) const;

  FeatureConfig config_;
  std::uint32_t buckets_;
  std::array<std::uint64_t, kHashedGroupCount> seeds_;
};

}  // namespace verity::model

#endif  // VERITY_MODEL_FEATURIZER_H_
