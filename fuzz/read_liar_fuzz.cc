// The LIAR reader: 14 tab-separated columns, no header, no quoting.
#include <cstdint>
#include <string>

#include "reader_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  verity::ReaderOptions options;
  options.format = verity::InputFormat::kLiar;
  options.max_record_bytes = 1 << 16;
  verity::fuzz::read_all(std::string(reinterpret_cast<const char*>(data), size), "in.tsv", options,
                         /*strings_are_utf8=*/false);
  return 0;
}
