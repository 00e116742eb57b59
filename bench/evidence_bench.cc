// The evidence store at scale: indexes N articles (default 100,000) into a
// fresh SQLite store and times `related` searches against it. The shared
// FakeNewsNet articles are the base; when they are fewer than N (or absent)
// each is replicated with perturbation — a share of its words swapped for
// words of other articles, paragraphs rotated — so every copy is a distinct
// text with a realistic vocabulary. Without shared data a synthetic corpus
// (Zipf-distributed words) stands in.
//
// Reports store size on disk, indexing rate (store only: articles already
// extracted), and the median and 95th-percentile latency of find_related and
// of find_copy_of (MinHash LSH lookup).
//
// Then the fact-check side: LIAR's three splits are imported, replicated
// with the same perturbation to C rated claims (default 100,000; 0 skips),
// and the check-worthy sentences of Q base articles are matched against
// them: median and p95 latency per sentence and per article.
//
// usage: evidence_bench [--articles N] [--claims C] [--queries Q] [--store PATH] [--data DIR]
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "bench_data.h"
#include "verity/evidence/article_store.h"
#include "verity/evidence/copies.h"
#include "verity/evidence/fact_checks.h"
#include "verity/evidence/store.h"

namespace {

using Clock = std::chrono::steady_clock;

// CPU seconds of this process: on a shared machine, a steadier measure than
// wall time.
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
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

// Swaps about one word in ten of `text` for a vocabulary word.
std::string perturbed_text(const std::string& text, const std::vector<std::string>& vocabulary,
                           std::mt19937_64& rng) {
  std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
  std::uniform_int_distribution<int> tenth(0, 9);
  std::string rewritten;
  rewritten.reserve(text.size() + 16);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (!rewritten.empty()) rewritten.push_back(' ');
    if (tenth(rng) == 0) {
      rewritten += vocabulary[pick(rng)];
    } else {
      rewritten.append(text, start, end - start);
    }
    start = end + 1;
  }
  return rewritten;
}

// Swaps about one word in ten for a word of the shared vocabulary and
// rotates the paragraphs: a new text on the same topic.
verity::Article perturbed(const verity::Article& base, std::size_t copy,
                          const std::vector<std::string>& vocabulary, std::mt19937_64& rng) {
  verity::Article out = base;
  out.id = base.id + "~" + std::to_string(copy);
  for (std::string& paragraph : out.paragraphs)
    paragraph = perturbed_text(paragraph, vocabulary, rng);
  if (out.paragraphs.size() > 1)
    std::rotate(out.paragraphs.begin(), out.paragraphs.begin() + 1, out.paragraphs.end());
  out.title += " (" + std::to_string(copy) + ")";
  return out;
}

// LIAR's splits, then perturbed copies of their rows, to `target` rows in
// one TSV at `path`. Returns the rows written (0 without LIAR).
std::size_t write_claims(const std::string& data_dir, std::size_t target, const std::string& path,
                         const std::vector<std::string>& vocabulary, std::mt19937_64& rng) {
  std::vector<std::string> rows;
  for (const char* split : {"train.tsv", "valid.tsv", "test.tsv"}) {
    std::ifstream in(data_dir + "/liar/" + split);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) rows.push_back(line);
    }
  }
  if (rows.empty()) return 0;
  std::ofstream out(path);
  for (std::size_t n = 0; n < target; ++n) {
    const std::string& row = rows[n % rows.size()];
    const std::size_t copy = n / rows.size();
    if (copy == 0) {
      out << row << "\n";
      continue;
    }
    // Fields: id, label, statement, the rest.
    const std::size_t first = row.find('\t'), second = row.find('\t', first + 1);
    if (second == std::string::npos) continue;
    out << row.substr(0, first) << "~" << copy << row.substr(first, second - first + 1)
        << perturbed_text(row.substr(second + 1, row.find('\t', second + 1) - second - 1),
                          vocabulary, rng)
        << row.substr(row.find('\t', second + 1)) << "\n";
  }
  return target;
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
  std::size_t claim_target = 100000;
  std::size_t queries = 200;
  std::string store_path =
      (std::filesystem::temp_directory_path() / "verity-evidence-bench.db").string();
  std::string data_dir = std::string(VERITY_SHARED_DIR) + "/data";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--articles") == 0)
      target = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--queries") == 0)
      queries = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--claims") == 0)
      claim_target = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--store") == 0)
      store_path = argv[i + 1];
    else if (std::strcmp(argv[i], "--data") == 0)
      data_dir = argv[i + 1];
    else {
      std::fprintf(stderr,
                   "usage: evidence_bench [--articles N] [--claims C] [--queries Q] [--store PATH] "
                   "[--data DIR]\n");
      return 2;
    }
  }
  std::mt19937_64 rng(42);
  auto start = Clock::now();
  std::vector<verity::Article> base = verity::bench::load_fakenewsnet(data_dir);
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
  std::vector<double> latencies, term_latencies, copy_latencies;
  std::size_t copies = 0;
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
    start = Clock::now();
    auto copy = verity::find_copy_of(articles, query);
    copy_latencies.push_back(seconds_since(start) * 1000);
    if (copy.ok() && copy.value()) ++copies;
  }
  const auto quantile = [](std::vector<double>& values, double q) {
    std::sort(values.begin(), values.end());
    return values.empty()
               ? 0.0
               : values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))];
  };
  const double median = quantile(latencies, 0.5);
  const double p95 = quantile(latencies, 0.95);
  std::fprintf(stderr, "evidence_bench: choosing the query terms takes %.2f ms (median)\n",
               quantile(term_latencies, 0.5));
  std::fprintf(stderr,
               "evidence_bench: find_copy_of median %.2f ms, p95 %.2f ms (%zu of %zu "
               "queries found a copy)\n",
               quantile(copy_latencies, 0.5), quantile(copy_latencies, 0.95), copies, queries);

  // Fact checks: import, then match each base article's check-worthy sentences.
  std::string claim_table;
  if (claim_target > 0) {
    const std::string claims_path = store_path + ".claims.tsv";
    const std::size_t rows = write_claims(data_dir, claim_target, claims_path, vocabulary, rng);
    if (rows == 0) {
      std::fprintf(stderr, "evidence_bench: no LIAR under %s; claim matching not measured\n",
                   data_dir.c_str());
    } else {
      verity::FactCheckDb& checks = store.value()->fact_checks();
      start = Clock::now();
      auto imported = checks.import_file(claims_path);
      const double import_seconds = seconds_since(start);
      std::filesystem::remove(claims_path);
      if (!imported.ok()) {
        std::fprintf(stderr, "evidence_bench: %s\n", imported.status().to_string().c_str());
        return 1;
      }
      std::vector<double> sentence_latencies, article_latencies;
      std::size_t sentences = 0, matched = 0;
      for (std::size_t q = 0; q < queries; ++q) {
        const verity::Article& query = base[pick(rng)];
        const auto article_start = Clock::now();
        for (const verity::CheckWorthySentence& sentence : verity::find_check_worthy(query)) {
          start = Clock::now();
          auto matches = checks.match(sentence);
          sentence_latencies.push_back(seconds_since(start) * 1000);
          ++sentences;
          if (matches.ok() && !matches.value().empty()) ++matched;
        }
        article_latencies.push_back(seconds_since(article_start) * 1000);
      }
      char row[256];
      std::snprintf(row, sizeof row, "| %zu | %.0f rows/s | %.2f ms | %.2f ms | %.2f ms |\n",
                    checks.size().ok() ? checks.size().value() : 0,
                    static_cast<double>(imported.value().rows) / import_seconds,
                    quantile(sentence_latencies, 0.5), quantile(sentence_latencies, 0.95),
                    quantile(article_latencies, 0.5));
      claim_table = row;
      std::fprintf(stderr,
                   "evidence_bench: %zu of %zu check-worthy sentences matched a rated claim\n",
                   matched, sentences);
    }
  }
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
  if (!claim_table.empty()) {
    std::printf("\n| rated claims | import | match median (per sentence) | p95 | per article |\n");
    std::printf("|---|---|---|---|---|\n%s", claim_table.c_str());
  }
  return 0;
}
