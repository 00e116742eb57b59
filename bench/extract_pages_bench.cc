// verity's side of bench/extract_peers.sh: real pages, read exactly as
// `verity extract --json PAGE` reads them (DocumentReader), extracted in one
// thread. Writes one JSON object a page — {"page", "seconds", "article"} with
// the article as `verity extract --json` prints it — and times only
// extract_article, the median of --runs passes for each page, so it compares
// with the peers' parse + extract times.
//
// usage: extract_pages_bench [--runs N] < PAGE_PATHS > PAGES.jsonl
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "verity/extract.h"
#include "verity/json.h"
#include "verity/reader.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Page {
  std::string name;  // the file name, which the scorer's names match
  verity::Document document;
  std::vector<double> seconds;
};

// JSON string quoting for a file name (printable ASCII in practice).
std::string json_quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 3;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr, "usage: extract_pages_bench [--runs N] < PAGE_PATHS > PAGES.jsonl\n");
      return 2;
    }
  }
  std::vector<Page> pages;
  std::string path;
  while (std::getline(std::cin, path)) {
    if (path.empty()) continue;
    auto reader = verity::DocumentReader::open(path);
    verity::DocumentRecord record;
    if (!reader.ok() || !reader.value()->next(record) || !record.status.ok()) {
      std::fprintf(stderr, "extract_pages_bench: %s could not be read\n", path.c_str());
      continue;
    }
    pages.push_back(
        {std::filesystem::path(path).filename().string(), std::move(record.document), {}});
  }
  verity::ExtractOptions options;
  options.keep_typography = true;  // as `verity extract` shows a page
  std::vector<std::string> records(pages.size());
  for (int run = 0; run < runs; ++run) {
    for (std::size_t i = 0; i < pages.size(); ++i) {
      const auto start = Clock::now();
      verity::Result<verity::Article> article = verity::extract_article(pages[i].document, options);
      pages[i].seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
      if (run == 0) records[i] = article.ok() ? verity::article_to_json(article.value()) : "null";
    }
  }
  for (std::size_t i = 0; i < pages.size(); ++i) {
    std::vector<double>& seconds = pages[i].seconds;
    std::sort(seconds.begin(), seconds.end());
    std::printf("{\"page\":%s,\"seconds\":%.9f,\"article\":%s}\n",
                json_quoted(pages[i].name).c_str(), seconds[seconds.size() / 2],
                records[i].c_str());
  }
  return 0;
}
