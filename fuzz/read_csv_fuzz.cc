// The CSV and TSV readers (RFC 4180 quoting, header row, column guessing).
// TSV when the first line holds a tab, as a user's file would be told apart,
// so the fixtures in tests/fixtures seed it as they are (fuzz/seed_dirs.txt).
#include <cstdint>
#include <string>

#include "reader_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const bool tsv = input.substr(0, input.find('\n')).find('\t') != std::string::npos;
  verity::ReaderOptions options;
  options.format = tsv ? verity::InputFormat::kTsv : verity::InputFormat::kCsv;
  options.max_record_bytes = 1 << 16;
  verity::fuzz::read_all(input, tsv ? "in.tsv" : "in.csv", options, /*strings_are_utf8=*/false);
  return 0;
}
