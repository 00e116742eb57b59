// Gzip input. Mutated gzip bytes rarely get past the header, so the first
// byte picks a mode: even, the rest is read as it is (headers, trailers,
// concatenated members); odd, the rest is compressed here into a valid gzip
// stream, cut short at a point the second byte picks (0: kept whole), so
// the reader sees truncated and multi-member streams around real data.
#include <zlib.h>

#include <cstdint>
#include <string>

#include "reader_invariants.h"

namespace {

std::string gzip(const std::string& plain) {
  z_stream stream{};
  FUZZ_REQUIRE(deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK,
               "deflateInit2");
  std::string out(deflateBound(&stream, static_cast<uLong>(plain.size())) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  stream.avail_in = static_cast<uInt>(plain.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  FUZZ_REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END, "deflate");
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  std::string rest(reinterpret_cast<const char*>(data) + 2, size - 2);
  std::string bytes;
  if ((data[0] & 1) == 0) {
    bytes = std::string(reinterpret_cast<const char*>(data) + 1, size - 1);
  } else {
    // Two members when the plain text holds a form feed: split there.
    const std::size_t split = rest.find('\f');
    bytes = split == std::string::npos ? gzip(rest)
                                       : gzip(rest.substr(0, split)) + gzip(rest.substr(split + 1));
    if (data[1] != 0 && !bytes.empty()) bytes.resize(data[1] % bytes.size());
  }
  verity::ReaderOptions options;
  options.max_record_bytes = 1 << 16;
  options.max_document_bytes = 1 << 20;
  verity::fuzz::read_all(bytes, "in.jsonl.gz", options, /*strings_are_utf8=*/false);
  return 0;
}
