#include "model/model_file.h"

#include <zlib.h>

#include <bit>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>

namespace verity::model {
namespace {

constexpr char kMagic[8] = {'V', 'R', 'T', 'Y', 'M', 'O', 'D', 'L'};
constexpr std::size_t kHeaderBytes = 16;
constexpr std::size_t kSectionEntryBytes = 24;
constexpr std::size_t kAlignment = 64;

enum SectionId : std::uint32_t {
  kMetadata = 1,
  kFakeWeights = 2,
  kSatireWeights = 3,
  kSelfTests = 4
};

// Weights are stored dense, or sparse (index, value) pairs when fewer than a
// third are non-zero, as for a head trained on a small collection.
enum WeightEncoding : std::uint32_t { kDense = 0, kSparse = 1 };

void put_u32(std::string& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}
void put_u64(std::string& out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}
std::uint32_t get_u32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
std::uint64_t get_u64(const unsigned char* p) {
  return static_cast<std::uint64_t>(get_u32(p)) | static_cast<std::uint64_t>(get_u32(p + 4)) << 32;
}

std::uint32_t checksum(std::string_view bytes) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes uInt lengths; feed large sections in pieces.
  for (std::size_t offset = 0; offset < bytes.size(); offset += 1u << 30) {
    const std::size_t piece = std::min<std::size_t>(bytes.size() - offset, 1u << 30);
    crc =
        crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + offset), static_cast<uInt>(piece));
  }
  return static_cast<std::uint32_t>(crc);
}

std::string encode_weights(const std::vector<float>& weights) {
  std::size_t nonzero = 0;
  for (float w : weights) nonzero += w != 0.0F ? 1 : 0;
  std::string out;
  const bool sparse = nonzero * 3 < weights.size();
  put_u32(out, sparse ? kSparse : kDense);
  put_u32(out, static_cast<std::uint32_t>(weights.size()));
  if (sparse) {
    put_u32(out, static_cast<std::uint32_t>(nonzero));
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (weights[i] == 0.0F) continue;
      put_u32(out, static_cast<std::uint32_t>(i));
      put_u32(out, std::bit_cast<std::uint32_t>(weights[i]));
    }
  } else {
    for (float w : weights) put_u32(out, std::bit_cast<std::uint32_t>(w));
  }
  return out;
}

constexpr std::uint32_t kMaxDimension = (std::uint32_t{1} << 24) + (std::uint32_t{1} << 16);

Result<std::vector<float>> decode_weights(std::string_view bytes, const std::string& path) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto corrupt = [&](const std::string& what) {
    return Status(StatusCode::kCorrupt, path + ": " + what);
  };
  if (bytes.size() < 8) return corrupt("weight section too short");
  const std::uint32_t encoding = get_u32(p);
  const std::uint32_t dimension = get_u32(p + 4);
  // Checked before allocating: a damaged count made load() ask for 8 GB
  // (found by fuzz/model_load). The trainer's largest is 2^24 hashed
  // features plus the style signals.
  if (dimension > kMaxDimension)
    return corrupt("weight dimension " + std::to_string(dimension) + " is too large");
  std::vector<float> weights(dimension, 0.0F);
  if (encoding == kDense) {
    if (bytes.size() != 8 + std::size_t{4} * dimension)
      return corrupt("dense weight section has the wrong size");
    for (std::uint32_t i = 0; i < dimension; ++i)
      weights[i] = std::bit_cast<float>(get_u32(p + 8 + 4 * i));
  } else if (encoding == kSparse) {
    if (bytes.size() < 12) return corrupt("sparse weight section too short");
    const std::uint32_t count = get_u32(p + 8);
    if (bytes.size() != 12 + std::size_t{8} * count)
      return corrupt("sparse weight section has the wrong size");
    for (std::uint32_t k = 0; k < count; ++k) {
      const std::uint32_t index = get_u32(p + 12 + 8 * k);
      if (index >= dimension) return corrupt("sparse weight index out of range");
      weights[index] = std::bit_cast<float>(get_u32(p + 16 + 8 * k));
    }
  } else {
    return corrupt("unknown weight encoding " + std::to_string(encoding));
  }
  return weights;
}

nlohmann::json metadata_json(const ModelData& model) {
  const FeatureConfig& f = model.features;
  nlohmann::json meta;
  meta["features"] = {{"hash_bits", f.hash_bits},
                      {"hash_seed", f.hash_seed},
                      {"hash", "xxh3-64"},
                      {"word_bigrams", f.word_bigrams},
                      {"char_min", f.char_min},
                      {"char_max", f.char_max},
                      {"mask_numbers", f.mask_numbers},
                      {"mask_outlets", f.mask_outlets},
                      {"mask_proper_nouns", f.mask_proper_nouns},
                      {"title_scale", f.title_scale},
                      {"body_scale", f.body_scale},
                      {"char_scale", f.char_scale},
                      {"style_scale", f.style_scale},
                      {"normalizer", "nfc+fold-quotes-dashes"},
                      {"tokenizer", "verity-1"}};
  meta["labels"] = {"real", "fake"};
  meta["style_signals"] = model.style_signal_names;
  meta["fake_calibration"] = {{"a", model.fake.platt_a}, {"b", model.fake.platt_b}};
  meta["satire_calibration"] = {{"a", model.satire.platt_a}, {"b", model.satire.platt_b}};
  meta["threshold"] = model.info.threshold;
  meta["uncertain_low"] = model.info.uncertain_low;
  meta["satire_threshold"] = model.info.satire_threshold;
  meta["trained_on"] = model.info.trained_on;
  meta["seed"] = model.info.seed;
  return meta;
}

Status parse_metadata(const nlohmann::json& meta, ModelData& model) {
  const nlohmann::json& f = meta.at("features");
  if (f.value("hash", "") != "xxh3-64" || f.value("tokenizer", "") != "verity-1") {
    return Status(StatusCode::kInvalidArgument,
                  "the model was built with a hash or tokenizer this build lacks");
  }
  FeatureConfig& config = model.features;
  config.hash_bits = f.at("hash_bits").get<std::uint32_t>();
  if (config.hash_bits < 8 || config.hash_bits > 26)
    return Status(StatusCode::kCorrupt, "hash_bits out of range");
  config.hash_seed = f.at("hash_seed").get<std::uint64_t>();
  config.word_bigrams = f.at("word_bigrams").get<bool>();
  config.char_min = f.at("char_min").get<std::uint32_t>();
  config.char_max = f.at("char_max").get<std::uint32_t>();
  config.mask_numbers = f.at("mask_numbers").get<bool>();
  config.mask_outlets = f.at("mask_outlets").get<bool>();
  config.mask_proper_nouns = f.at("mask_proper_nouns").get<bool>();
  config.title_scale = f.at("title_scale").get<float>();
  config.body_scale = f.at("body_scale").get<float>();
  config.char_scale = f.at("char_scale").get<float>();
  config.style_scale = f.at("style_scale").get<float>();
  model.style_signal_names = meta.at("style_signals").get<std::vector<std::string>>();
  model.fake.platt_a = meta.at("fake_calibration").at("a").get<double>();
  model.fake.platt_b = meta.at("fake_calibration").at("b").get<double>();
  model.satire.platt_a = meta.at("satire_calibration").at("a").get<double>();
  model.satire.platt_b = meta.at("satire_calibration").at("b").get<double>();
  model.info.threshold = meta.at("threshold").get<double>();
  model.info.uncertain_low = meta.at("uncertain_low").get<double>();
  model.info.satire_threshold = meta.at("satire_threshold").get<double>();
  // A damaged file once loaded with uncertain_low above the threshold
  // (fuzz/model_load): verdicts need 0 <= uncertain_low <= threshold <= 1.
  const ModelInfo& t = model.info;
  if (!(t.uncertain_low >= 0 && t.uncertain_low <= t.threshold && t.threshold <= 1 &&
        t.satire_threshold >= 0 && t.satire_threshold <= 1))
    return Status(StatusCode::kCorrupt, "thresholds outside [0, 1] or out of order");
  model.info.trained_on = meta.at("trained_on").get<std::string>();
  model.info.seed = meta.at("seed").get<std::uint64_t>();
  return Status();
}

}  // namespace

Status write_model_file(const std::string& path, const ModelData& model) {
  std::vector<std::pair<std::uint32_t, std::string>> sections;
  sections.emplace_back(kMetadata, metadata_json(model).dump());
  sections.emplace_back(kFakeWeights, encode_weights(model.fake.weights));
  if (!model.satire.weights.empty())
    sections.emplace_back(kSatireWeights, encode_weights(model.satire.weights));
  nlohmann::json tests = nlohmann::json::array();
  for (const SelfTest& test : model.self_tests) {
    tests.push_back({{"title", test.title},
                     {"text", test.text},
                     {"fake_probability", test.fake_probability},
                     {"satire_probability", test.satire_probability}});
  }
  sections.emplace_back(kSelfTests, tests.dump());

  std::string out(kMagic, sizeof kMagic);
  put_u32(out, kModelFormatVersion);
  put_u32(out, static_cast<std::uint32_t>(sections.size()));
  std::size_t offset = kHeaderBytes + kSectionEntryBytes * sections.size();
  std::vector<std::size_t> offsets;
  for (const auto& [id, bytes] : sections) {
    offset = (offset + kAlignment - 1) / kAlignment * kAlignment;
    offsets.push_back(offset);
    put_u32(out, id);
    put_u32(out, checksum(bytes));
    put_u64(out, offset);
    put_u64(out, bytes.size());
    offset += bytes.size();
  }
  for (std::size_t s = 0; s < sections.size(); ++s) {
    out.resize(offsets[s], '\0');
    out += sections[s].second;
  }
  // Write beside the target and rename, so a crash never leaves half a model.
  const std::string temporary = path + ".partial";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) return Status(StatusCode::kIoError, temporary + ": cannot open for writing");
    file.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!file) return Status(StatusCode::kIoError, temporary + ": write failed");
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    return Status(StatusCode::kIoError, path + ": cannot move the new model into place");
  }
  return Status();
}

Result<ModelData> read_model_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status(StatusCode::kNotFound, path + ": cannot open model file");
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const auto corrupt = [&](const std::string& what) {
    return Status(StatusCode::kCorrupt, path + ": " + what);
  };
  if (bytes.size() < kHeaderBytes || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return corrupt("not a verity model file (bad magic)");
  }
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::uint32_t version = get_u32(p + 8);
  if (version != kModelFormatVersion) {
    return Status(StatusCode::kInvalidArgument,
                  path + ": model format version " + std::to_string(version) +
                      ", this build reads version " + std::to_string(kModelFormatVersion));
  }
  const std::uint32_t count = get_u32(p + 12);
  if (count > 64 || kHeaderBytes + kSectionEntryBytes * count > bytes.size())
    return corrupt("bad section table");
  ModelData model;
  model.info.format_version = version;
  bool have_metadata = false;
  bool have_fake = false;
  for (std::uint32_t s = 0; s < count; ++s) {
    const unsigned char* entry = p + kHeaderBytes + kSectionEntryBytes * s;
    const std::uint32_t id = get_u32(entry);
    const std::uint32_t crc = get_u32(entry + 4);
    const std::uint64_t offset = get_u64(entry + 8);
    const std::uint64_t length = get_u64(entry + 16);
    if (offset > bytes.size() || length > bytes.size() - offset)
      return corrupt("section outside the file");
    const std::string_view section(bytes.data() + offset, length);
    if (checksum(section) != crc)
      return corrupt("checksum mismatch in section " + std::to_string(id));
    if (id == kMetadata) {
      const nlohmann::json meta = nlohmann::json::parse(section, nullptr, false);
      if (meta.is_discarded() || !meta.is_object()) return corrupt("metadata is not JSON");
      try {
        Status status = parse_metadata(meta, model);
        if (!status.ok()) return Status(status.code(), path + ": " + status.message());
      } catch (const nlohmann::json::exception& error) {
        return corrupt(std::string("metadata is incomplete: ") + error.what());
      }
      have_metadata = true;
    } else if (id == kFakeWeights || id == kSatireWeights) {
      Result<std::vector<float>> weights = decode_weights(section, path);
      if (!weights.ok()) return weights.status();
      (id == kFakeWeights ? model.fake : model.satire).weights = std::move(weights).value();
      have_fake = have_fake || id == kFakeWeights;
    } else if (id == kSelfTests) {
      const nlohmann::json tests = nlohmann::json::parse(section, nullptr, false);
      if (tests.is_discarded() || !tests.is_array()) return corrupt("self-tests are not JSON");
      for (const nlohmann::json& test : tests) {
        if (!test.is_object()) return corrupt("self-test is not an object");
        model.self_tests.push_back({test.value("title", ""), test.value("text", ""),
                                    test.value("fake_probability", -1.0),
                                    test.value("satire_probability", -1.0)});
      }
    }
  }
  if (!have_metadata || !have_fake) return corrupt("missing metadata or weights section");
  model.info.has_satire_head = !model.satire.weights.empty();
  model.info.dimension = static_cast<std::uint32_t>(model.fake.weights.size());
  return model;
}

}  // namespace verity::model
