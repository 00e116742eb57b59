// The CSV and TSV readers (RFC 4180 quoting, header row, column guessing).
// The first byte picks the format: even CSV, odd TSV.
#include <cstdint>
#include <string>

#include "reader_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool tsv = (data[0] & 1) != 0;
  verity::ReaderOptions options;
  options.format = tsv ? verity::InputFormat::kTsv : verity::InputFormat::kCsv;
  options.max_record_bytes = 1 << 16;
  verity::fuzz::read_all(std::string(reinterpret_cast<const char*>(data) + 1, size - 1),
                         tsv ? "in.tsv" : "in.csv", options, /*strings_are_utf8=*/false);
  return 0;
}
