// Extraction throughput over the shared FakeNewsNet articles: plain text as
// the dataset holds it, and the same articles wrapped in a realistic news page
// (head metadata, navigation, share bar, sidebar, footer) for HTML. Reports
// articles/s and MB/s, single-threaded and with every core, as the median of
// several runs. Optionally writes the synthetic pages so a peer can be timed
// on the same input (bench/run.sh does that).
//
// usage: extract_bench [--runs N] [--pages-out FILE] [--data DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "verity/extract.h"
#include "verity/json.h"
#include "verity/reader.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<verity::Document> load_documents(const std::string& data_dir) {
  std::vector<verity::Document> documents;
  for (const char* split : {"train.jsonl", "dev.jsonl", "test.jsonl"}) {
    const std::string path = data_dir + "/fakenewsnet/" + split;
    auto reader = verity::DocumentReader::open(path);
    if (!reader.ok()) continue;
    verity::DocumentRecord record;
    while (reader.value()->next(record)) {
      if (record.status.ok()) documents.push_back(std::move(record.document));
    }
  }
  return documents;
}

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 20);
  for (char c : text) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The article inside the chrome a typical news site puts around it.
verity::Document as_html_page(const verity::Document& document) {
  const std::string title = escape_html(document.title);
  std::string page =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
      " | Example News</title><meta property=\"og:title\" content=\"" + title +
      "\"><meta property=\"og:site_name\" content=\"Example News\"><meta name=\"author\" "
      "content=\"Staff Writer\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"headline\","
      "\"datePublished\":\"2018-05-10T04:18:10Z\"}</script><style>body{font-family:serif}</style></"
      "head><body>"
      "<header><nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a "
      "href=\"/politics\">Politics</a></li>"
      "<li><a href=\"/entertainment\">Entertainment</a></li><li><a "
      "href=\"/world\">World</a></li></ul></nav>"
      "<div class=\"cookie-banner\">We use cookies to improve your experience.</div></header>"
      "<main><article class=\"post\"><h1>" +
      title +
      "</h1><p class=\"byline\">By Staff Writer</p>"
      "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Tweet</a></div>"
      "<div class=\"entry-content\">";
  std::size_t start = 0;
  const std::string& text = document.content;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) page += "<p>" + escape_html(text.substr(start, end - start)) + "</p>\n";
    start = end + 1;
  }
  page +=
      "</div></article><aside class=\"sidebar related\"><h3>Most popular</h3><ul><li><a "
      "href=\"/a\">Another "
      "story people read</a></li><li><a href=\"/b\">And one more story</a></li></ul></aside></main>"
      "<footer class=\"site-footer\"><p>Copyright 2018 Example News. All rights "
      "reserved.</p></footer>"
      "</body></html>";
  verity::Document html;
  html.content = std::move(page);
  html.kind = verity::ContentKind::kHtml;
  html.id = document.id;
  html.origin = document.origin;
  return html;
}

struct Measurement {
  double seconds = 0;
  std::size_t articles = 0;
  std::size_t failures = 0;
};

Measurement extract_all(const std::vector<verity::Document>& documents, unsigned threads) {
  std::vector<std::size_t> done(threads, 0);
  std::vector<std::size_t> failed(threads, 0);
  const auto start = Clock::now();
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      verity::ExtractOptions options;
      for (std::size_t i = t; i < documents.size(); i += threads) {
        const verity::Result<verity::Article> article =
            verity::extract_article(documents[i], options);
        if (article.ok()) {
          ++done[t];
        } else {
          ++failed[t];
        }
      }
    });
  }
  for (std::thread& worker : workers) worker.join();
  Measurement result;
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (unsigned t = 0; t < threads; ++t) {
    result.articles += done[t];
    result.failures += failed[t];
  }
  return result;
}

void report(const char* name, const std::vector<verity::Document>& documents, unsigned threads,
            int runs) {
  std::size_t bytes = 0;
  for (const verity::Document& document : documents) bytes += document.content.size();
  std::vector<double> seconds;
  Measurement last;
  for (int run = 0; run < runs; ++run) {
    last = extract_all(documents, threads);
    seconds.push_back(last.seconds);
  }
  std::sort(seconds.begin(), seconds.end());
  const double median = seconds[seconds.size() / 2];
  std::printf("| %-10s | %7u | %9zu | %8.1f | %12.0f | %8.1f | %12.1f |\n", name, threads,
              documents.size(), static_cast<double>(bytes) / 1e6,
              static_cast<double>(documents.size()) / median,
              static_cast<double>(bytes) / 1e6 / median,
              static_cast<double>(bytes) / 1e6 / median / threads);
  if (last.failures > 0)
    std::printf("  (%zu of %zu documents gave no article)\n", last.failures, documents.size());
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string pages_out;
  std::string data_dir = VERITY_SHARED_DIR "/data";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--pages-out") == 0 && i + 1 < argc) {
      pages_out = argv[++i];
    } else if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
      data_dir = argv[++i];
    } else {
      std::fprintf(stderr, "usage: extract_bench [--runs N] [--pages-out FILE] [--data DIR]\n");
      return 2;
    }
  }
  if (!std::filesystem::exists(data_dir + "/fakenewsnet/train.jsonl")) {
    std::fprintf(stderr,
                 "extract_bench: %s/fakenewsnet/*.jsonl is missing; the benchmark needs the shared "
                 "FakeNewsNet data (../shared/data). Nothing measured.\n",
                 data_dir.c_str());
    return 0;
  }
  const std::vector<verity::Document> text = load_documents(data_dir);
  std::vector<verity::Document> html;
  html.reserve(text.size());
  for (const verity::Document& document : text) html.push_back(as_html_page(document));
  if (!pages_out.empty()) {
    std::ofstream out(pages_out);
    for (const verity::Document& page : html)
      out << verity::flat_json_object({{"id", page.id}, {"html", page.content}}) << "\n";
  }
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::printf("Extraction over FakeNewsNet train+dev+test, median of %d runs\n\n", runs);
  std::printf(
      "| input      | threads | articles  | MB       | articles/s   | MB/s     | MB/s per core "
      "|\n");
  std::printf(
      "|------------|---------|-----------|----------|--------------|----------|---------------|"
      "\n");
  report("plain text", text, 1, runs);
  if (cores > 1) report("plain text", text, cores, runs);
  report("HTML", html, 1, runs);
  if (cores > 1) report("HTML", html, cores, runs);
  return 0;
}
