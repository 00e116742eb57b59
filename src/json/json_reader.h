// How verity reads JSON (JSON Lines records, model and combiner metadata,
// rating and claim files, JSON-LD, HTTP bodies): RapidJSON's DOM, the same
// library that writes the records, with the few typed lookups the readers
// share. Nesting is capped (kMaxDepth) so hostile input cannot exhaust the
// stack of the code that walks a value.
#ifndef VERITY_JSON_JSON_READER_H_
#define VERITY_JSON_JSON_READER_H_

#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "verity/status.h"

namespace verity::json {

using Value = rapidjson::Value;

// Deeper arrays and objects are refused as a parse error.
inline constexpr int kMaxDepth = 1024;

// What parse() accepts beside standard JSON.
enum class Encoding {
  kAsGiven,    // bytes inside strings are kept as they are (the caller repairs)
  kValidUtf8,  // invalid UTF-8 is a parse error, as JSON from a client must be
};

// Parses one JSON text. kMalformed when it is not JSON, with RapidJSON's
// reason and the character where it stopped ("Missing a comma or '}' after an
// object member (at character 12)"). Numbers read at full precision.
// A NUL byte, which JSON allows only escaped, is an error.
Result<rapidjson::Document> parse(std::string_view text, Encoding encoding = Encoding::kAsGiven);

// The member `key` of `object`; nullptr when absent or `object` is not an
// object.
const Value* find(const Value& object, std::string_view key);

// The value as text when it is a string.
std::optional<std::string_view> string_of(const Value& value);
// The value as a number when it is one (integers too).
std::optional<double> number_of(const Value& value);
// The value when it is a non-negative integer.
std::optional<std::uint64_t> unsigned_of(const Value& value);
std::optional<bool> bool_of(const Value& value);

// The value written back as compact JSON, numbers laid out as verity writes
// them (json::shortest_number; integers as integers).
std::string compact(const Value& value);

// A field's text as the readers keep it: strings as they are, null empty,
// numbers as written but an integral float without its ".0" (an epoch given
// as 1493179200.0 becomes "1493179200"), anything else as compact JSON.
std::string scalar_text(const Value& value);

}  // namespace verity::json

#endif  // VERITY_JSON_JSON_READER_H_
