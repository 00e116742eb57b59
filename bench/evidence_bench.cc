// The evidence store at scale: indexes N articles (default 100,000) into a
// fresh SQLite store and times `related` searches against it. The shared
// FakeNewsNet articles are the base; when they are fewer than N (or absent)
// each is replicated with perturbation — a share of its words swapped for
// words of other articles, paragraphs rotated — so every copy is a distinct
// text with a realistic vocabulary. Without shared data a synthetic corpus
// (Zipf-distributed words) stands in.
//
// Reports store size on disk, indexing rate (store only: articles already
// extracted), and the median and 95th-percentile latency of find_related.
//
// usage: evidence_bench [--articles N] [--queries Q] [--store PATH] [--data DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "verity/article_store.h"
#include "verity/evidence.h"
#include "verity/extract.h"
#include "verity/reader.h"

namespace {

using Clock = std::chrono::steady_clock;

// CPU seconds of this process: on a shared machine, a steadier measure than
// wall time.
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<verity::Article> load_articles(const std::string& data_dir) {
  std::vector<verity::Article> articles;
  verity::ExtractOptions options;
  options.keep_removed = false;
  for (const char* split : {"train.jsonl", "dev.jsonl", "test.jsonl"}) {
    auto reader = verity::DocumentReader::open(data_dir + "/fakenewsnet/" + split);
    if (!reader.ok()) continue;
    verity::DocumentRecord record;
    while (reader.value()->next(record)) {
      if (!record.status.ok()) continue;
      verity::Result<verity::Article> article = verity::extract_article(record.document, options);
      if (article.ok()) articles.push_back(std::move(article).value());
    }
  }
  return articles;
}

// A stand-in corpus: 2,000 articles of Zipf-distributed words from a
// 30,000-word vocabulary, so term statistics look like text.
std::vector<verity::Article> synthetic_articles(std::mt19937_64& rng) {
  std::vector<double> weights(30000);
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = 1.0 / static_cast<double>(i + 1);
  std::discrete_distribution<std::size_t> word(weights.begin(), weights.end());
  const auto spell = [](std::size_t id) {
    std::string w;
    for (std::size_t n = id + 1; n > 0; n /= 23) w.push_back(static_cast<char>('a' + n % 23));
    return w + "e";
  };
  std::vector<verity::Article> articles(2000);
  for (std::size_t a = 0; a < articles.size(); ++a) {
    articles[a].id = "synthetic-" + std::to_string(a);
    // Appended piece by piece: GCC 12 warns (-Wrestrict) on (w ? " " : "") + std::string.
    for (int w = 0; w < 8; ++w) articles[a].title.append(w ? " " : "").append(spell(word(rng)));
    for (int p = 0; p < 6; ++p) {
      std::string paragraph;
      for (int w = 0; w < 90; ++w) paragraph.append(w ? " " : "").append(spell(word(rng)));
      articles[a].paragraphs.push_back(paragraph + ".");
    }
    articles[a].domain = "outlet" + std::to_string(a % 50) + ".example";
  }
  return articles;
}

// Swaps about one word in ten for a word of the shared vocabulary and
// rotates the paragraphs: a new text on the same topic.
verity::Article perturbed(const verity::Article& base, std::size_t copy,
                          const std::vector<std::string>& vocabulary, std::mt19937_64& rng) {
  verity::Article out = base;
  out.id = base.id + "~" + std::to_string(copy);
  std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
  std::uniform_int_distribution<int> tenth(0, 9);
  for (std::string& paragraph : out.paragraphs) {
    std::string rewritten;
    rewritten.reserve(paragraph.size() + 16);
    std::size_t start = 0;
    while (start < paragraph.size()) {
      std::size_t end = paragraph.find(' ', start);
      if (end == std::string::npos) end = paragraph.size();
      if (!rewritten.empty()) rewritten.push_back(' ');
      if (tenth(rng) == 0) {
        rewritten += vocabulary[pick(rng)];
      } else {
        rewritten.append(paragraph, start, end - start);
      }
      start = end + 1;
    }
    paragraph = std::move(rewritten);
  }
  if (out.paragraphs.size() > 1)
    std::rotate(out.paragraphs.begin(), out.paragraphs.begin() + 1, out.paragraphs.end());
  out.title += " (" + std::to_string(copy) + ")";
  return out;
}

std::uintmax_t size_on_disk(const std::string& path) {
  std::uintmax_t total = 0;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path + suffix, error);
    if (!error) total += size;
  }
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t target = 100000;
  std::size_t queries = 200;
  std::string store_path = (std::filesystem::temp_directory_path() / "verity-evidence-bench.db").string();
  std::string data_dir = std::string(VERITY_SHARED_DIR) + "/data";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--articles") == 0) target = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--queries") == 0) queries = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--store") == 0) store_path = argv[i + 1];
    else if (std::strcmp(argv[i], "--data") == 0) data_dir = argv[i + 1];
    else {
      std::fprintf(stderr, "usage: evidence_bench [--articles N] [--queries Q] [--store PATH] [--data DIR]\n");
      return 2;
    }
  }
  std::mt19937_64 rng(42);
  auto start = Clock::now();
  std::vector<verity::Article> base = load_articles(data_dir);
  const bool shared = !base.empty();
  if (!shared) {
    std::fprintf(stderr, "evidence_bench: no FakeNewsNet under %s; using a synthetic corpus\n",
                 data_dir.c_str());
    base = synthetic_articles(rng);
  }
  std::fprintf(stderr, "evidence_bench: %zu base articles (%s) in %.1f s\n", base.size(),
               shared ? "FakeNewsNet, extracted" : "synthetic", seconds_since(start));

  std::vector<std::string> vocabulary;
  for (std::size_t a = 0; a < base.size() && vocabulary.size() < 50000; a += 7) {
    for (const std::string& term : verity::index_terms(base[a].title)) vocabulary.push_back(term);
  }

  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(store_path + suffix);
  auto store = verity::EvidenceStore::open(store_path);
  if (!store.ok()) {
    std::fprintf(stderr, "evidence_bench: %s\n", store.status().to_string().c_str());
    return 1;
  }
  verity::ArticleStore& articles = store.value()->articles();

  // Articles are made ahead of each batch so only the store is timed.
  constexpr std::size_t kBatch = 2000;
  double index_seconds = 0;
  double index_cpu_seconds = 0;
  std::size_t indexed = 0;
  std::vector<verity::Article> batch;
  for (std::size_t n = 0; n < target;) {
    batch.clear();
    for (; batch.size() < kBatch && n < target; ++n) {
      const verity::Article& original = base[n % base.size()];
      const std::size_t copy = n / base.size();
      batch.push_back(copy == 0 ? original : perturbed(original, copy, vocabulary, rng));
    }
    start = Clock::now();
    const double cpu_start = cpu_seconds();
    auto report = articles.add(batch);
    index_seconds += seconds_since(start);
    index_cpu_seconds += cpu_seconds() - cpu_start;
    if (!report.ok()) {
      std::fprintf(stderr, "evidence_bench: %s\n", report.status().to_string().c_str());
      return 1;
    }
    indexed += report.value().added;
    if (isatty(STDERR_FILENO)) std::fprintf(stderr, "\revidence_bench: indexed %zu", indexed);
  }
  std::fprintf(stderr, "\n");

  // The query's terms are timed alone too: the rest of a search is FTS5's.
  std::vector<double> latencies, term_latencies;
  std::uniform_int_distribution<std::size_t> pick(0, base.size() - 1);
  std::size_t found = 0;
  for (std::size_t q = 0; q < queries; ++q) {
    const verity::Article& query = base[pick(rng)];
    start = Clock::now();
    (void)verity::related_query_terms(articles, query, verity::RelatedOptions{}.query_terms);
    term_latencies.push_back(seconds_since(start) * 1000);
    start = Clock::now();
    auto related = verity::find_related(articles, query);
    latencies.push_back(seconds_since(start) * 1000);
    if (related.ok() && !related.value().articles.empty()) ++found;
  }
  const auto quantile = [](std::vector<double>& values, double q) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))];
  };
  const double median = quantile(latencies, 0.5);
  const double p95 = quantile(latencies, 0.95);
  std::fprintf(stderr, "evidence_bench: choosing the query terms takes %.2f ms (median)\n",
               quantile(term_latencies, 0.5));
  store.value().reset();
  const double megabytes = static_cast<double>(size_on_disk(store_path)) / 1e6;

  std::printf(
      "| articles | base | store size | index articles/s (per CPU s) | related median | "
      "related p95 |\n");
  std::printf("|---|---|---|---|---|---|\n");
  std::printf("| %zu | %zu %s | %.0f MB | %.0f (%.0f) | %.2f ms | %.2f ms |\n", indexed,
              base.size(), shared ? "FakeNewsNet" : "synthetic", megabytes,
              static_cast<double>(indexed) / index_seconds,
              static_cast<double>(indexed) / index_cpu_seconds, median, p95);
  std::fprintf(stderr, "evidence_bench: %zu of %zu queries found related articles; store %s\n",
               found, queries, store_path.c_str());
  return 0;
}
