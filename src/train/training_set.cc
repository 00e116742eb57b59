#include "train/training_set.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <numeric>
#include <thread>

#include "train/huge_pages.h"
#include "verity/extract.h"

namespace verity::train {
namespace {

struct Pending {
  Document document;
  std::uint32_t collection;
  int label;
};

struct Featurized {
  std::vector<model::FeatureEntry> entries;
  Article article;
  std::string domain;
  bool ok = false;
};

}  // namespace

int LabelMap::label_of(const std::string& label) const {
  if (std::find(positive.begin(), positive.end(), label) != positive.end()) return 1;
  if (std::find(negative.begin(), negative.end(), label) != negative.end()) return 0;
  return -1;
}

LabelMap fake_labels() { return {{"fake"}, {"real"}}; }
LabelMap satire_labels() { return {{"satire"}, {"fake", "real"}}; }

namespace {

// The labelled records of several files, one after the other.
class LabelledRecords {
 public:
  LabelledRecords(const std::vector<std::string>& paths, const LoadOptions& options,
                  TrainingSet& set, std::size_t* skipped)
      : paths_(paths), options_(options), set_(set), skipped_(skipped) {}

  // Appends up to `count` records to `out`; false once every file is read or
  // a file cannot be opened (then status() says why).
  bool read(std::size_t count, std::vector<Pending>& out) {
    while (out.size() < count) {
      if (!reader_) {
        if (next_path_ == paths_.size()) return !out.empty();
        const std::string& path = paths_[next_path_++];
        Result<std::unique_ptr<DocumentReader>> reader =
            DocumentReader::open(path, options_.reader);
        if (!reader.ok()) {
          status_ = reader.status();
          return false;
        }
        reader_ = std::move(reader).value();
        file_name_ = std::filesystem::path(path).stem().string();
      }
      if (!reader_->next(record_)) {
        reader_.reset();
        continue;
      }
      const int label = record_.status.ok() ? options_.labels.label_of(record_.document.label) : -1;
      if (label < 0) {
        ++*skipped_;
        continue;
      }
      const std::string& name =
          record_.document.dataset.empty() ? file_name_ : record_.document.dataset;
      const auto [it, inserted] =
          collection_ids_.try_emplace(name, static_cast<std::uint32_t>(set_.collections.size()));
      if (inserted) set_.collections.push_back(name);
      out.push_back({std::move(record_.document), it->second, label});
    }
    return true;
  }

  const Status& status() const { return status_; }

 private:
  const std::vector<std::string>& paths_;
  const LoadOptions& options_;
  TrainingSet& set_;
  std::size_t* skipped_;
  std::size_t next_path_ = 0;
  std::unique_ptr<DocumentReader> reader_;
  std::string file_name_;
  DocumentRecord record_;
  std::map<std::string, std::uint32_t> collection_ids_;
  Status status_;
};

// Sizes the matrix once, from the first chunk's entries per byte of text and
// the input files' sizes: growing tens of millions of entries by doubling
// touches (and page-faults) about twice the memory and costs more than
// featurizing them. Compressed or unsized inputs grow as usual.
void reserve_matrix(TrainingSet& set, const std::vector<Pending>& chunk,
                    const std::vector<Featurized>& results, const std::vector<std::string>& paths) {
  std::uintmax_t file_bytes = 0;
  for (const std::string& path : paths) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error || path.ends_with(".gz")) return;
    file_bytes += size;
  }
  std::size_t text_bytes = 0;
  std::size_t entries = 0;
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    text_bytes += chunk[i].document.title.size() + chunk[i].document.content.size();
    entries += results[i].entries.size();
  }
  if (text_bytes == 0) return;
  // Collections differ in entries per byte (on FakeNewsNet + BuzzFeed the
  // first chunk gave 0.7 of the final count), so the estimate is padded:
  // pages reserved and never written cost nothing.
  const double per_byte = static_cast<double>(entries) / static_cast<double>(text_bytes);
  const auto expected = static_cast<std::size_t>(per_byte * static_cast<double>(file_bytes) * 2);
  set.index.reserve(expected);
  set.value.reserve(expected);
  ask_for_huge_pages(set.index.data(), expected * sizeof(std::uint32_t));
  ask_for_huge_pages(set.value.data(), expected * sizeof(float));
}

}  // namespace

Result<TrainingSet> load_training_set(const std::vector<std::string>& paths,
                                      const model::Featurizer& featurizer,
                                      const LoadOptions& options, std::size_t* skipped) {
  TrainingSet set;
  *skipped = 0;
  LabelledRecords records(paths, options, set, skipped);
  const unsigned threads =
      std::max(1u, options.threads != 0 ? options.threads : std::thread::hardware_concurrency());
  std::vector<model::FeatureScratch> scratches(threads);
  ExtractOptions extract_options;
  extract_options.keep_removed = false;

  // Extraction and featurization dominate loading; the worker threads do
  // them for one chunk of records while this thread reads the next. Each
  // chunk's rows join the matrix as soon as it is done, so its per-article
  // buffers are reused by the next chunk instead of piling up.
  constexpr std::size_t kChunk = 512;
  std::vector<Featurized> results;
  std::vector<Pending> chunk;
  bool more = records.read(kChunk, chunk);
  std::size_t row_number = 0;
  while (!chunk.empty()) {
    results.assign(chunk.size(), Featurized());
    // Each thread takes the next unclaimed record: articles differ in length.
    std::atomic<std::size_t> next_record{0};
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] {
        model::FeatureScratch& scratch = scratches[t];
        for (std::size_t i;
             (i = next_record.fetch_add(1, std::memory_order_relaxed)) < chunk.size();) {
          Result<Article> article = extract_article(chunk[i].document, extract_options);
          if (!article.ok()) continue;
          featurizer.featurize(article.value(), scratch);
          Featurized& result = results[i];
          result.entries = scratch.entries;
          result.domain = article.value().domain;
          if (options.keep_articles) result.article = std::move(article).value();
          result.ok = true;
        }
      });
    }
    std::vector<Pending> next;
    if (more) more = records.read(kChunk, next);
    for (std::thread& worker : workers) worker.join();
    if (set.index.capacity() == 0) reserve_matrix(set, chunk, results, paths);
    for (std::size_t i = 0; i < chunk.size(); ++i, ++row_number) {
      Featurized& result = results[i];
      if (!result.ok) {
        ++*skipped;
        continue;
      }
      for (const model::FeatureEntry& entry : result.entries) {
        set.index.push_back(entry.index);
        set.value.push_back(entry.value);
      }
      set.row_begin.push_back(set.index.size());
      set.label.push_back(chunk[i].label);
      set.collection.push_back(chunk[i].collection);
      // Articles with no known publisher are each their own source.
      if (result.domain.empty()) result.domain.append(1, '#').append(std::to_string(row_number));
      set.source.push_back(std::move(result.domain));
      if (options.keep_articles) set.articles.push_back(std::move(result.article));
    }
    chunk = std::move(next);
  }
  if (!records.status().ok()) return records.status();
  balance_weights(set);
  return set;
}

std::vector<float> balanced_weights(const TrainingSet& set, std::span<const std::uint32_t> rows,
                                    double collection_power) {
  const std::size_t collections = set.collections.size();
  std::vector<std::array<std::size_t, 2>> counts(collections, {0, 0});
  for (const std::uint32_t r : rows)
    ++counts[set.collection[r]][static_cast<std::size_t>(set.label[r])];
  std::vector<float> weight(set.rows(), 0.0F);
  if (rows.empty()) return weight;
  std::vector<double> raw(rows.size());
  double total = 0;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const std::uint32_t r = rows[k];
    const auto& count = counts[set.collection[r]];
    const double classes = (count[0] > 0 ? 1.0 : 0.0) + (count[1] > 0 ? 1.0 : 0.0);
    const double size = static_cast<double>(count[0] + count[1]);
    raw[k] = std::pow(size, 1.0 - collection_power) /
             (static_cast<double>(collections) * classes *
              static_cast<double>(count[static_cast<std::size_t>(set.label[r])]));
    total += raw[k];
  }
  const double scale = static_cast<double>(rows.size()) / total;
  for (std::size_t k = 0; k < rows.size(); ++k)
    weight[rows[k]] = static_cast<float>(raw[k] * scale);
  return weight;
}

void balance_weights(TrainingSet& set, double collection_power) {
  std::vector<std::uint32_t> rows(set.rows());
  std::iota(rows.begin(), rows.end(), 0);
  set.weight = balanced_weights(set, rows, collection_power);
}

void append_rows(TrainingSet& to, const TrainingSet& from, int label) {
  std::vector<std::uint32_t> collection_of(from.collections.size());
  for (std::size_t c = 0; c < from.collections.size(); ++c) {
    const auto found = std::find(to.collections.begin(), to.collections.end(), from.collections[c]);
    collection_of[c] = static_cast<std::uint32_t>(found - to.collections.begin());
    if (found == to.collections.end()) to.collections.push_back(from.collections[c]);
  }
  const std::uint64_t offset = to.index.size();
  to.index.insert(to.index.end(), from.index.begin(), from.index.end());
  to.value.insert(to.value.end(), from.value.begin(), from.value.end());
  for (std::size_t r = 0; r < from.rows(); ++r) {
    to.row_begin.push_back(offset + from.row_begin[r + 1]);
    to.label.push_back(label);
    to.weight.push_back(1.0F);
    to.collection.push_back(collection_of[from.collection[r]]);
    to.source.push_back(r < from.source.size() ? from.source[r] : std::string());
  }
  to.articles.clear();  // no longer one per row
}

TrainingSet thinned(const TrainingSet& set, std::size_t cap) {
  std::vector<std::size_t> size(set.collections.size(), 0);
  for (const std::uint32_t c : set.collection) ++size[c];
  std::vector<std::size_t> seen(set.collections.size(), 0);
  std::vector<std::size_t> taken(set.collections.size(), 0);
  TrainingSet out;
  out.collections = set.collections;
  for (std::size_t r = 0; r < set.rows(); ++r) {
    const std::uint32_t c = set.collection[r];
    const std::size_t k = seen[c]++;
    // Row k of n is taken when it reaches the next of `cap` even steps.
    if (size[c] > cap && (k * cap) / size[c] < taken[c]) continue;
    if (taken[c] == cap) continue;
    ++taken[c];
    const auto index = set.row_index(r);
    const auto value = set.row_value(r);
    out.index.insert(out.index.end(), index.begin(), index.end());
    out.value.insert(out.value.end(), value.begin(), value.end());
    out.row_begin.push_back(out.index.size());
    out.label.push_back(set.label[r]);
    out.weight.push_back(1.0F);
    out.collection.push_back(c);
    out.source.push_back(r < set.source.size() ? set.source[r] : std::string());
  }
  return out;
}

std::vector<float> class_balanced_weights(const TrainingSet& set,
                                          std::span<const std::uint32_t> rows) {
  std::vector<std::array<std::size_t, 2>> counts(set.collections.size(), {0, 0});
  for (const std::uint32_t r : rows)
    ++counts[set.collection[r]][static_cast<std::size_t>(set.label[r])];
  std::array<double, 2> holders = {0, 0};  // collections with rows of each class
  for (const auto& count : counts)
    for (std::size_t c = 0; c < 2; ++c) holders[c] += count[c] > 0 ? 1 : 0;
  const double classes = (holders[0] > 0 ? 1.0 : 0.0) + (holders[1] > 0 ? 1.0 : 0.0);
  std::vector<float> weight(set.rows(), 0.0F);
  for (const std::uint32_t r : rows) {
    const auto c = static_cast<std::size_t>(set.label[r]);
    // Shares sum to 1 over `rows`; times rows.size() for a mean of 1.
    const double share =
        1.0 / (classes * holders[c] * static_cast<double>(counts[set.collection[r]][c]));
    weight[r] = static_cast<float>(share * static_cast<double>(rows.size()));
  }
  return weight;
}

}  // namespace verity::train
