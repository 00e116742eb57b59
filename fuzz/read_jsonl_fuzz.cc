// The JSON Lines reader: any bytes, one record per line.
#include <cstdint>
#include <string>

#include "reader_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  verity::ReaderOptions options;
  options.format = verity::InputFormat::kJsonl;
  options.max_record_bytes = 1 << 16;  // the per-record cap is exercised too
  verity::fuzz::read_all(std::string(reinterpret_cast<const char*>(data), size), "in.jsonl",
                         options, /*strings_are_utf8=*/true);
  return 0;
}
