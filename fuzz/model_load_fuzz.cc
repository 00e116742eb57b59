// Model file load (verity::Model::load): a damaged or foreign file is refused
// with kCorrupt or kInvalidArgument, never a crash. Mutations rarely survive
// the section checksums, so each input is loaded twice: as it is, and with
// every in-bounds section's CRC-32 recomputed, which sends the mutated
// metadata JSON, weights and self-test articles through the parsers behind
// the checksum. A model that loads must report sane settings.
#include <zlib.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_support.h"
#include "verity/model.h"

namespace {

constexpr std::size_t kHeaderBytes = 16;  // "VRTYMODL", u32 version, u32 count
constexpr std::size_t kEntryBytes = 24;   // u32 id, u32 crc32, u64 offset, u64 length

std::uint64_t get_le(const std::string& bytes, std::size_t at, int width) {
  std::uint64_t value = 0;
  for (int i = width - 1; i >= 0; --i)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  return value;
}

// Rewrites the CRC of every section whose bounds lie inside the file.
bool fix_checksums(std::string& bytes) {
  if (bytes.size() < kHeaderBytes) return false;
  const std::uint64_t count = get_le(bytes, 12, 4);
  bool changed = false;
  for (std::uint64_t s = 0; s < count && s < 64; ++s) {
    const std::size_t entry = kHeaderBytes + kEntryBytes * s;
    if (entry + kEntryBytes > bytes.size()) break;
    const std::uint64_t offset = get_le(bytes, entry + 8, 8);
    const std::uint64_t length = get_le(bytes, entry + 16, 8);
    if (offset > bytes.size() || length > bytes.size() - offset) continue;
    const auto crc = static_cast<std::uint32_t>(
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(bytes.data() + offset),
              static_cast<uInt>(length)));
    for (int i = 0; i < 4; ++i) {
      const char byte = static_cast<char>((crc >> (8 * i)) & 0xff);
      changed |= bytes[entry + 4 + static_cast<std::size_t>(i)] != byte;
      bytes[entry + 4 + static_cast<std::size_t>(i)] = byte;
    }
  }
  return changed;
}

void load(const std::string& bytes) {
  static const std::string path = verity::fuzz::scratch_path(".model");
  verity::fuzz::write_file(path, bytes);
  auto model = verity::Model::load(path);
  if (!model.ok()) {
    const verity::StatusCode code = model.status().code();
    FUZZ_REQUIRE(
        code == verity::StatusCode::kCorrupt || code == verity::StatusCode::kInvalidArgument,
        "undocumented failure: " + model.status().to_string());
    FUZZ_REQUIRE(model.status().message().find(path) != std::string::npos,
                 "the message does not name the file: " + model.status().message());
    return;
  }
  const verity::ModelInfo& info = model.value()->info();
  FUZZ_REQUIRE(info.threshold >= 0 && info.threshold <= 1, "threshold out of [0, 1]");
  FUZZ_REQUIRE(info.uncertain_low >= 0 && info.uncertain_low <= info.threshold,
               "uncertain_low out of [0, threshold]");
  FUZZ_REQUIRE(info.satire_threshold >= 0 && info.satire_threshold <= 1,
               "satire threshold out of [0, 1]");
  verity::Article article;
  article.title = "Officials confirm the bridge reopens on Monday";
  article.paragraphs = {"The city said repairs finished early. Traffic resumes at 6 a.m."};
  const verity::Prediction prediction = model.value()->predict(article);
  FUZZ_REQUIRE(prediction.fake_probability >= 0 && prediction.fake_probability <= 1,
               "fake probability " + std::to_string(prediction.fake_probability));
  FUZZ_REQUIRE(prediction.satire_probability >= 0 && prediction.satire_probability <= 1,
               "satire probability " + std::to_string(prediction.satire_probability));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  load(bytes);
  if (fix_checksums(bytes)) load(bytes);
  return 0;
}
