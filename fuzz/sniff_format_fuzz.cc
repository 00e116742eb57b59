// Format sniffing: InputFormat::kAuto decides from the name and the first
// bytes. The first byte picks the name, so every extension path is taken.
#include <cstdint>
#include <string>
#include <string_view>

#include "io/format_detect.h"
#include "reader_invariants.h"
#include "verity/extract.h"

namespace {

constexpr const char* kNames[] = {"<stdin>",  "page.html", "story.txt",   "news.jsonl", "news.csv",
                                  "news.tsv", "a.json.gz", "noextension", "x.ndjson",   "y.htm"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string name = kNames[data[0] % std::size(kNames)];
  const std::string_view head(reinterpret_cast<const char*>(data) + 1, size - 1);
  const verity::InputFormat detected = verity::io::detect_input_format(name, head);
  FUZZ_REQUIRE(detected != verity::InputFormat::kAuto, "detect_input_format gave kAuto");
  (void)verity::io::looks_like_liar(head.substr(0, head.find('\n')));
  (void)verity::sniff_content_kind(head);
  verity::ReaderOptions options;  // kAuto
  options.max_record_bytes = 1 << 16;
  options.max_document_bytes = 1 << 20;
  verity::fuzz::read_all(std::string(head), name, options, /*strings_are_utf8=*/false);
  return 0;
}
