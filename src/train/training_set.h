// Labelled articles turned into feature vectors, ready for the trainer:
// read from any input verity reads, cleaned, labelled, featurized on every
// core, and weighted so that each collection counts equally and, within it,
// each class counts equally.
#ifndef VERITY_TRAIN_TRAINING_SET_H_
#define VERITY_TRAIN_TRAINING_SET_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "model/featurizer.h"
#include "verity/article.h"
#include "verity/reader.h"
#include "verity/status.h"

namespace verity::train {

// Which labels are positive (1) and negative (0); records with other labels
// are left out (e.g. "mixture" for the fake head).
struct LabelMap {
  std::vector<std::string> positive;
  std::vector<std::string> negative;
  // -1 when the label is neither.
  int label_of(const std::string& label) const;
};

LabelMap fake_labels();    // fake → 1; real → 0
LabelMap satire_labels();  // satire → 1; fake or real → 0

// A sparse design matrix in compressed rows, plus per-row metadata.
struct TrainingSet {
  std::vector<std::uint64_t> row_begin = {0};  // rows + 1 offsets into index/value
  std::vector<std::uint32_t> index;
  std::vector<float> value;
  std::vector<int> label;
  std::vector<float> weight;              // sample weight (mean 1)
  std::vector<std::uint32_t> collection;  // index into collections
  std::vector<std::string> collections;   // names (the records' dataset field, or the file name)
  std::vector<std::string> source;        // per row: the publisher's domain
  std::vector<Article> articles;          // kept only when asked (self-tests, CV folds)

  std::size_t rows() const { return label.size(); }
  std::span<const std::uint32_t> row_index(std::size_t r) const {
    return {index.data() + row_begin[r], index.data() + row_begin[r + 1]};
  }
  std::span<const float> row_value(std::size_t r) const {
    return {value.data() + row_begin[r], value.data() + row_begin[r + 1]};
  }
};

struct LoadOptions {
  LabelMap labels = fake_labels();
  unsigned threads = 0;        // 0: every core
  bool keep_articles = false;  // fill TrainingSet::articles
  ReaderOptions reader;
};

// Reads, cleans, labels and featurizes every record of `paths`. Unreadable
// records and unknown labels are counted in *skipped and left out; a file
// that cannot be opened is an error.
Result<TrainingSet> load_training_set(const std::vector<std::string>& paths,
                                      const model::Featurizer& featurizer,
                                      const LoadOptions& options, std::size_t* skipped);

// Sets TrainingSet::weight: each collection a total weight proportional to
// its size to the power (1 - collection_power) — 1 gives every collection the
// same weight, 0 weights them by size — split evenly between the classes
// present in it; normalized to mean 1.
void balance_weights(TrainingSet& set, double collection_power = 1.0);

// The same weights for the rows `rows` of `set` alone, as if they were a set
// of their own; indexed by row of `set` (0 for the rows not listed).
std::vector<float> balanced_weights(const TrainingSet& set, std::span<const std::uint32_t> rows,
                                    double collection_power = 1.0);

// Appends every row of `from` to `to` with label `label` (weights are left
// for the caller to set); collections are matched by name.
void append_rows(TrainingSet& to, const TrainingSet& from, int label);

// At most `cap` rows of each collection of `set`, spread evenly over its rows
// (all of a collection that has no more), in their order; weights set to 1.
TrainingSet thinned(const TrainingSet& set, std::size_t cap);

// Weights for a head whose classes come from different collections (the
// satire head: satire from satire sites, the rest from every news
// collection): each class weighs half, split evenly between the collections
// that have it, and evenly between a collection's rows of that class;
// indexed by row of `set` (0 for the rows not listed), mean 1 over `rows`.
std::vector<float> class_balanced_weights(const TrainingSet& set,
                                          std::span<const std::uint32_t> rows);

}  // namespace verity::train

#endif  // VERITY_TRAIN_TRAINING_SET_H_
