#include "model/model_file.h"

#include <zlib.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <optional>

#include "json/json_reader.h"
#include "json/json_writer.h"

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
constexpr float kMaxAbsWeight = 1e4F;

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
  // A NaN or huge weight would make every probability NaN (found by
  // fuzz/model_load); trained weights stay far inside the bound.
  for (std::uint32_t i = 0; i < dimension; ++i) {
    if (!(std::abs(weights[i]) <= kMaxAbsWeight))
      return corrupt("weight " + std::to_string(i) + " is not a finite number of sensible size");
  }
  return weights;
}

// Keys in alphabetical order, as the first files were written.
std::string metadata_json(const ModelData& model) {
  const FeatureConfig& f = model.features;
  return json::written(-1, [&](auto& out) {
    const auto calibration = [&](const char* key, const LinearHead& head) {
      out.key(key);
      out.start_object();
      out.key("a");
      out.number(head.platt_a);
      out.key("b");
      out.number(head.platt_b);
      out.end_object();
    };
    const auto number = [&](const char* key, double value) {
      out.key(key);
      out.number(value);
    };
    const auto integer = [&](const char* key, std::uint64_t value) {
      out.key(key);
      out.integer(value);
    };
    const auto boolean = [&](const char* key, bool value) {
      out.key(key);
      out.boolean(value);
    };
    const auto text = [&](const char* key, std::string_view value) {
      out.key(key);
      out.string(value);
    };
    out.start_object();
    calibration("fake_calibration", model.fake);
    out.key("features");
    out.start_object();
    number("body_scale", f.body_scale);
    integer("char_max", f.char_max);
    integer("char_min", f.char_min);
    number("char_scale", f.char_scale);
    text("hash", "xxh3-64");
    integer("hash_bits", f.hash_bits);
    integer("hash_seed", f.hash_seed);
    boolean("mask_numbers", f.mask_numbers);
    boolean("mask_outlets", f.mask_outlets);
    boolean("mask_proper_nouns", f.mask_proper_nouns);
    text("normalizer", "nfc+fold-quotes-dashes");
    number("style_scale", f.style_scale);
    number("title_scale", f.title_scale);
    text("tokenizer", "verity-1");
    boolean("word_bigrams", f.word_bigrams);
    out.end_object();
    out.key("labels");
    out.strings({"real", "fake"});
    calibration("satire_calibration", model.satire);
    number("satire_threshold", model.info.satire_threshold);
    integer("seed", model.info.seed);
    out.key("style_signals");
    out.strings(model.style_signal_names);
    number("threshold", model.info.threshold);
    text("trained_on", model.info.trained_on);
    number("uncertain_low", model.info.uncertain_low);
    out.end_object();
  });
}

std::string self_tests_json(const std::vector<SelfTest>& tests) {
  return json::written(-1, [&](auto& out) {
    out.start_array();
    for (const SelfTest& test : tests) {
      out.start_object();
      out.key("fake_probability");
      out.number(test.fake_probability);
      out.key("satire_probability");
      out.number(test.satire_probability);
      out.key("text");
      out.string(test.text);
      out.key("title");
      out.string(test.title);
      out.end_object();
    }
    out.end_array();
  });
}

// Reads the metadata object; the first missing or mistyped field is named.
class MetadataReader {
 public:
  explicit MetadataReader(const json::Value& object) : object_(object) {}

  const json::Value& object(const json::Value& parent, const char* key) {
    const json::Value* value = json::find(parent, key);
    if (value == nullptr || !value->IsObject()) return fail(key);
    return *value;
  }
  double number(const json::Value& parent, const char* key) {
    const json::Value* value = json::find(parent, key);
    const std::optional<double> number = value ? json::number_of(*value) : std::nullopt;
    if (!number) fail(key);
    return number.value_or(0.0);
  }
  std::uint64_t integer(const json::Value& parent, const char* key) {
    const json::Value* value = json::find(parent, key);
    const std::optional<std::uint64_t> number = value ? json::unsigned_of(*value) : std::nullopt;
    if (!number) fail(key);
    return number.value_or(0);
  }
  bool boolean(const json::Value& parent, const char* key) {
    const json::Value* value = json::find(parent, key);
    const std::optional<bool> flag = value ? json::bool_of(*value) : std::nullopt;
    if (!flag) fail(key);
    return flag.value_or(false);
  }
  std::string text(const json::Value& parent, const char* key) {
    const json::Value* value = json::find(parent, key);
    const std::optional<std::string_view> text = value ? json::string_of(*value) : std::nullopt;
    if (!text) fail(key);
    return std::string(text.value_or(""));
  }
  std::vector<std::string> strings(const json::Value& parent, const char* key) {
    const json::Value* value = json::find(parent, key);
    std::vector<std::string> out;
    if (value == nullptr || !value->IsArray()) {
      fail(key);
      return out;
    }
    for (const json::Value& item : value->GetArray()) {
      const std::optional<std::string_view> text = json::string_of(item);
      if (!text) fail(key);
      out.emplace_back(text.value_or(""));
    }
    return out;
  }

  const json::Value& root() const { return object_; }
  const std::string& missing() const { return missing_; }

 private:
  const json::Value& fail(const char* key) {
    if (missing_.empty()) missing_ = key;
    return empty_;
  }

  const json::Value& object_;
  const json::Value empty_{rapidjson::kObjectType};
  std::string missing_;
};

Status parse_metadata(const json::Value& meta, ModelData& model) {
  MetadataReader read(meta);
  const json::Value& f = read.object(meta, "features");
  const std::string hash = read.text(f, "hash");
  const std::string tokenizer = read.text(f, "tokenizer");
  if (read.missing().empty() && (hash != "xxh3-64" || tokenizer != "verity-1")) {
    return Status(StatusCode::kInvalidArgument,
                  "the model was built with a hash or tokenizer this build lacks");
  }
  FeatureConfig& config = model.features;
  config.hash_bits = static_cast<std::uint32_t>(read.integer(f, "hash_bits"));
  config.hash_seed = read.integer(f, "hash_seed");
  config.word_bigrams = read.boolean(f, "word_bigrams");
  config.char_min = static_cast<std::uint32_t>(read.integer(f, "char_min"));
  config.char_max = static_cast<std::uint32_t>(read.integer(f, "char_max"));
  config.mask_numbers = read.boolean(f, "mask_numbers");
  config.mask_outlets = read.boolean(f, "mask_outlets");
  config.mask_proper_nouns = read.boolean(f, "mask_proper_nouns");
  config.title_scale = static_cast<float>(read.number(f, "title_scale"));
  config.body_scale = static_cast<float>(read.number(f, "body_scale"));
  config.char_scale = static_cast<float>(read.number(f, "char_scale"));
  config.style_scale = static_cast<float>(read.number(f, "style_scale"));
  model.style_signal_names = read.strings(meta, "style_signals");
  const json::Value& fake = read.object(meta, "fake_calibration");
  model.fake.platt_a = read.number(fake, "a");
  model.fake.platt_b = read.number(fake, "b");
  const json::Value& satire = read.object(meta, "satire_calibration");
  model.satire.platt_a = read.number(satire, "a");
  model.satire.platt_b = read.number(satire, "b");
  model.info.threshold = read.number(meta, "threshold");
  model.info.uncertain_low = read.number(meta, "uncertain_low");
  model.info.satire_threshold = read.number(meta, "satire_threshold");
  model.info.trained_on = read.text(meta, "trained_on");
  model.info.seed = read.integer(meta, "seed");
  if (!read.missing().empty()) {
    return Status(StatusCode::kCorrupt,
                  "metadata is incomplete: no valid \"" + read.missing() + "\"");
  }
  if (config.hash_bits < 8 || config.hash_bits > 26)
    return Status(StatusCode::kCorrupt, "hash_bits out of range");
  // A damaged file once loaded with uncertain_low above the threshold
  // (fuzz/model_load): verdicts need 0 <= uncertain_low <= threshold <= 1.
  const ModelInfo& t = model.info;
  if (!(t.uncertain_low >= 0 && t.uncertain_low <= t.threshold && t.threshold <= 1 &&
        t.satire_threshold >= 0 && t.satire_threshold <= 1))
    return Status(StatusCode::kCorrupt, "thresholds outside [0, 1] or out of order");
  return Status();
}

}  // namespace

Status write_model_file(const std::string& path, const ModelData& model) {
  std::vector<std::pair<std::uint32_t, std::string>> sections;
  sections.emplace_back(kMetadata, metadata_json(model));
  sections.emplace_back(kFakeWeights, encode_weights(model.fake.weights));
  if (!model.satire.weights.empty())
    sections.emplace_back(kSatireWeights, encode_weights(model.satire.weights));
  sections.emplace_back(kSelfTests, self_tests_json(model.self_tests));

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
      const Result<rapidjson::Document> meta = json::parse(section);
      if (!meta.ok() || !meta.value().IsObject()) return corrupt("metadata is not JSON");
      Status status = parse_metadata(meta.value(), model);
      if (!status.ok()) return Status(status.code(), path + ": " + status.message());
      have_metadata = true;
    } else if (id == kFakeWeights || id == kSatireWeights) {
      Result<std::vector<float>> weights = decode_weights(section, path);
      if (!weights.ok()) return weights.status();
      (id == kFakeWeights ? model.fake : model.satire).weights = std::move(weights).value();
      have_fake = have_fake || id == kFakeWeights;
    } else if (id == kSelfTests) {
      const Result<rapidjson::Document> tests = json::parse(section);
      if (!tests.ok() || !tests.value().IsArray()) return corrupt("self-tests are not JSON");
      for (const json::Value& test : tests.value().GetArray()) {
        if (!test.IsObject()) return corrupt("self-test is not an object");
        const auto text = [&](const char* key) {
          const json::Value* value = json::find(test, key);
          return std::string(value ? json::string_of(*value).value_or("") : "");
        };
        const auto probability = [&](const char* key) {
          const json::Value* value = json::find(test, key);
          return value ? json::number_of(*value).value_or(-1.0) : -1.0;
        };
        model.self_tests.push_back({text("title"), text("text"), probability("fake_probability"),
                                    probability("satire_probability")});
      }
    }
  }
  if (!have_metadata || !have_fake) return corrupt("missing metadata or weights section");
  model.info.has_satire_head = !model.satire.weights.empty();
  model.info.dimension = static_cast<std::uint32_t>(model.fake.weights.size());
  return model;
}

}  // namespace verity::model
