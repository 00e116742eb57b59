// HTML extraction (verity::extract_article on a kHtml document): tag soup,
// deep nesting, broken entities and JSON-LD all end in a clean article or a
// documented refusal.
#include <cstdint>
#include <string>

#include "article_invariants.h"
#include "verity/document.h"
#include "verity/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  verity::Document document;
  document.content.assign(reinterpret_cast<const char*>(data), size);
  document.kind = verity::ContentKind::kHtml;
  document.url = "https://news.example.com/2024/story.html";
  verity::fuzz::check_extraction(verity::extract_article(document));
  return 0;
}
