// Plain-text extraction (verity::extract_article on a kText document): any
// bytes in, a clean article or kUnreadable out.
#include <cstdint>
#include <string>

#include "article_invariants.h"
#include "verity/document.h"
#include "verity/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  verity::Document document;
  document.content.assign(reinterpret_cast<const char*>(data), size);
  document.kind = verity::ContentKind::kText;
  verity::fuzz::check_extraction(verity::extract_article(document));
  (void)verity::sniff_content_kind(document.content);
  return 0;
}
