#include "train/training_set.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <thread>

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
LabelMap satire_labels() { return {{"satire"}, {"fake"}}; }

Result<TrainingSet> load_training_set(const std::vector<std::string>& paths,
                                      const model::Featurizer& featurizer,
                                      const LoadOptions& options, std::size_t* skipped) {
  TrainingSet set;
  std::map<std::string, std::uint32_t> collection_ids;
  std::vector<Pending> pending;
  *skipped = 0;
  for (const std::string& path : paths) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, options.reader);
    if (!reader.ok()) return reader.status();
    const std::string file_name = std::filesystem::path(path).stem().string();
    DocumentRecord record;
    while (reader.value()->next(record)) {
      const int label = record.status.ok() ? options.labels.label_of(record.document.label) : -1;
      if (label < 0) {
        ++*skipped;
        continue;
      }
      const std::string name =
          record.document.dataset.empty() ? file_name : record.document.dataset;
      const auto [it, inserted] =
          collection_ids.try_emplace(name, static_cast<std::uint32_t>(set.collections.size()));
      if (inserted) set.collections.push_back(name);
      pending.push_back({std::move(record.document), it->second, label});
    }
  }

  // Extraction and featurization dominate loading; spread them over the cores.
  std::vector<Featurized> results(pending.size());
  const unsigned threads =
      std::max(1u, options.threads != 0 ? options.threads : std::thread::hardware_concurrency());
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      model::FeatureScratch scratch;
      ExtractOptions extract_options;
      extract_options.keep_removed = false;
      for (std::size_t i = t; i < pending.size(); i += threads) {
        Result<Article> article = extract_article(pending[i].document, extract_options);
        if (!article.ok()) continue;
        featurizer.featurize(article.value(), scratch);
        results[i].entries = scratch.entries;
        results[i].domain = article.value().domain;
        if (options.keep_articles) results[i].article = std::move(article).value();
        results[i].ok = true;
      }
    });
  }
  for (std::thread& worker : workers) worker.join();

  // Sized once: growing a matrix of tens of millions of entries by doubling
  // costs more than featurizing it.
  std::size_t entries = 0;
  for (const Featurized& result : results) entries += result.entries.size();
  set.index.reserve(entries);
  set.value.reserve(entries);
  set.row_begin.reserve(pending.size() + 1);
  for (std::size_t i = 0; i < pending.size(); ++i) {
    if (!results[i].ok) {
      ++*skipped;
      continue;
    }
    for (const model::FeatureEntry& entry : results[i].entries) {
      set.index.push_back(entry.index);
      set.value.push_back(entry.value);
    }
    std::vector<model::FeatureEntry>().swap(results[i].entries);  // keep peak memory near one copy
    set.row_begin.push_back(set.index.size());
    set.label.push_back(pending[i].label);
    set.collection.push_back(pending[i].collection);
    // Articles with no known publisher are each their own source.
    if (results[i].domain.empty()) results[i].domain.append(1, '#').append(std::to_string(i));
    set.source.push_back(std::move(results[i].domain));
    if (options.keep_articles) set.articles.push_back(std::move(results[i].article));
  }
  balance_weights(set);
  return set;
}

void balance_weights(TrainingSet& set, double collection_power) {
  const std::size_t collections = set.collections.size();
  std::vector<std::array<std::size_t, 2>> counts(collections, {0, 0});
  for (std::size_t r = 0; r < set.rows(); ++r)
    ++counts[set.collection[r]][static_cast<std::size_t>(set.label[r])];
  set.weight.assign(set.rows(), 1.0F);
  if (set.rows() == 0) return;
  std::vector<double> raw(set.rows());
  double total = 0;
  for (std::size_t r = 0; r < set.rows(); ++r) {
    const auto& count = counts[set.collection[r]];
    const double classes = (count[0] > 0 ? 1.0 : 0.0) + (count[1] > 0 ? 1.0 : 0.0);
    const double size = static_cast<double>(count[0] + count[1]);
    raw[r] = std::pow(size, 1.0 - collection_power) /
             (static_cast<double>(collections) * classes *
              static_cast<double>(count[static_cast<std::size_t>(set.label[r])]));
    total += raw[r];
  }
  const double scale = static_cast<double>(set.rows()) / total;
  for (std::size_t r = 0; r < set.rows(); ++r) set.weight[r] = static_cast<float>(raw[r] * scale);
}

TrainingSet select_rows(const TrainingSet& set, const std::function<bool(std::size_t)>& keep) {
  TrainingSet out;
  out.collections = set.collections;
  std::vector<bool> kept(set.rows());
  std::size_t entries = 0;
  for (std::size_t r = 0; r < set.rows(); ++r) {
    kept[r] = keep(r);
    if (kept[r]) entries += set.row_index(r).size();
  }
  out.index.reserve(entries);
  out.value.reserve(entries);
  for (std::size_t r = 0; r < set.rows(); ++r) {
    if (!kept[r]) continue;
    const auto index = set.row_index(r);
    const auto value = set.row_value(r);
    out.index.insert(out.index.end(), index.begin(), index.end());
    out.value.insert(out.value.end(), value.begin(), value.end());
    out.row_begin.push_back(out.index.size());
    out.label.push_back(set.label[r]);
    out.collection.push_back(set.collection[r]);
    if (!set.source.empty()) out.source.push_back(set.source[r]);
    if (!set.articles.empty()) out.articles.push_back(set.articles[r]);
  }
  balance_weights(out);
  return out;
}

}  // namespace verity::train
