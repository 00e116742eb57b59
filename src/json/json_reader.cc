#include "json/json_reader.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "json/json_writer.h"

namespace verity::json {
namespace {

// RapidJSON 1.1.0 turns an escaped lone surrogate ("\udc00") into its
// three-byte encoding (ED B0 80), which is not UTF-8. Each becomes U+FFFD,
// also three bytes, so lengths and positions stay; nullopt when there is none.
std::optional<std::string> without_surrogates(const char* text, std::size_t length) {
  const auto is_surrogate = [&](std::size_t i) {
    return static_cast<unsigned char>(text[i]) == 0xED && i + 2 < length &&
           static_cast<unsigned char>(text[i + 1]) >= 0xA0 &&
           static_cast<unsigned char>(text[i + 1]) <= 0xBF;
  };
  std::optional<std::string> fixed;
  const void* found = std::memchr(text, 0xED, length);
  for (std::size_t i = found ? static_cast<const char*>(found) - text : length; i < length; ++i) {
    if (!is_surrogate(i)) continue;
    if (!fixed) fixed.emplace(text, length);
    (*fixed)[i] = '\xEF';
    (*fixed)[i + 1] = '\xBF';
    (*fixed)[i + 2] = '\xBD';
    i += 2;
  }
  return fixed;
}

// Passes the parser's events to the document, refusing to go deeper than
// kMaxDepth (the reader is iterative; this keeps the tree walkable), and
// turns numbers into values itself: Debian's RapidJSON 1.1.0 reads "0e154"
// in full precision through DiyFp::Normalize(0), which is undefined
// (__builtin_clzll(0)) and can give a number that is not 0 (upstream issue
// 1249, fixed after 1.1.0). std::from_chars rounds correctly every time.
class DepthLimitedBuilder {
 public:
  explicit DepthLimitedBuilder(rapidjson::Document& document) : document_(document) {}

  bool Null() { return document_.Null(); }
  bool Bool(bool b) { return document_.Bool(b); }
  bool Int(int i) { return document_.Int(i); }
  bool Uint(unsigned u) { return document_.Uint(u); }
  bool Int64(std::int64_t i) { return document_.Int64(i); }
  bool Uint64(std::uint64_t u) { return document_.Uint64(u); }
  bool Double(double d) { return document_.Double(d); }
  bool RawNumber(const char* text, rapidjson::SizeType length, bool /*copy*/) {
    const char* end = text + length;
    if (std::string_view(text, length).find_first_of(".eE") == std::string_view::npos) {
      if (*text == '-') {
        std::int64_t value = 0;
        if (std::from_chars(text, end, value).ec == std::errc()) return document_.Int64(value);
      } else {
        std::uint64_t value = 0;
        if (std::from_chars(text, end, value).ec == std::errc()) return document_.Uint64(value);
      }
    }
    double value = 0;
    const std::from_chars_result read = std::from_chars(text, end, value);
    if (read.ec == std::errc::result_out_of_range) {
      // Too small rounds to 0 (or a subnormal), as strtod does; too big is
      // refused, as RapidJSON does.
      value = std::strtod(std::string(text, length).c_str(), nullptr);
      if (std::isinf(value)) {
        number_too_big_ = true;
        return false;
      }
    } else if (read.ec != std::errc() || read.ptr != end) {
      return false;  // the reader checked the grammar; this does not happen
    }
    return document_.Double(value);
  }
  bool String(const char* text, rapidjson::SizeType length, bool copy) {
    if (std::optional<std::string> fixed = without_surrogates(text, length))
      return document_.String(fixed->data(), length, true);
    return document_.String(text, length, copy);
  }
  bool Key(const char* text, rapidjson::SizeType length, bool copy) {
    if (std::optional<std::string> fixed = without_surrogates(text, length))
      return document_.Key(fixed->data(), length, true);
    return document_.Key(text, length, copy);
  }
  bool StartObject() { return enter() && document_.StartObject(); }
  bool EndObject(rapidjson::SizeType members) {
    --depth_;
    return document_.EndObject(members);
  }
  bool StartArray() { return enter() && document_.StartArray(); }
  bool EndArray(rapidjson::SizeType elements) {
    --depth_;
    return document_.EndArray(elements);
  }

  bool too_deep() const { return too_deep_; }
  bool number_too_big() const { return number_too_big_; }

 private:
  bool enter() {
    if (++depth_ > kMaxDepth) too_deep_ = true;
    return !too_deep_;
  }

  rapidjson::Document& document_;
  int depth_ = 0;
  bool too_deep_ = false;
  bool number_too_big_ = false;
};

template <typename Writer>
void write_value(const Value& value, Out<Writer>& out, Writer& writer) {
  switch (value.GetType()) {
    case rapidjson::kNullType:
      out.null();
      break;
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      out.boolean(value.GetBool());
      break;
    case rapidjson::kStringType:
      out.string(std::string_view(value.GetString(), value.GetStringLength()));
      break;
    case rapidjson::kNumberType:
      if (value.IsUint64()) {
        writer.Uint64(value.GetUint64());
      } else if (value.IsInt64()) {
        writer.Int64(value.GetInt64());
      } else {
        out.number(value.GetDouble());
      }
      break;
    case rapidjson::kArrayType:
      out.start_array();
      for (const Value& item : value.GetArray()) write_value(item, out, writer);
      out.end_array();
      break;
    case rapidjson::kObjectType:
      out.start_object();
      for (const auto& member : value.GetObject()) {
        out.external_key(std::string_view(member.name.GetString(), member.name.GetStringLength()));
        write_value(member.value, out, writer);
      }
      out.end_object();
      break;
  }
}

// Parses a NUL-terminated text: RapidJSON scans strings 16 bytes at a time
// only from a StringStream (RAPIDJSON_SSE2, set by CMake where it is safe).
template <unsigned kFlags>
rapidjson::ParseResult parse_into(const char* text, rapidjson::Document& target, bool& too_deep,
                                  bool& too_big) {
  rapidjson::StringStream stream(text);
  DepthLimitedBuilder builder(target);
  rapidjson::Reader reader;
  const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, builder);
  too_deep = builder.too_deep();
  too_big = builder.number_too_big();
  return result;
}

}  // namespace

Result<rapidjson::Document> parse(std::string_view view, Encoding encoding) {
  // A NUL would end the text early and hide what follows it.
  if (const std::size_t nul = view.find('\0'); nul != std::string_view::npos) {
    return Status(StatusCode::kMalformed,
                  "a NUL byte outside a string (at character " + std::to_string(nul) + ")");
  }
  // The copy is NUL-terminated, as the fast scan needs; it costs far less
  // than the parse.
  thread_local std::string text;
  text.assign(view);
  constexpr unsigned kFlags =
      rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
  rapidjson::Document document;
  rapidjson::ParseResult result;
  bool too_deep = false;
  bool too_big = false;
  const auto generate = [&](rapidjson::Document& target) {
    result = encoding == Encoding::kValidUtf8
                 ? parse_into<kFlags | rapidjson::kParseValidateEncodingFlag>(text.c_str(), target,
                                                                              too_deep, too_big)
                 : parse_into<kFlags>(text.c_str(), target, too_deep, too_big);
    return !result.IsError();
  };
  document.Populate(generate);
  if (result.IsError()) {
    const std::string reason =
        too_deep  ? "nested deeper than " + std::to_string(kMaxDepth) + " levels"
        : too_big ? std::string(rapidjson::GetParseError_En(rapidjson::kParseErrorNumberTooBig))
                  : std::string(rapidjson::GetParseError_En(result.Code()));
    return Status(StatusCode::kMalformed,
                  reason + " (at character " + std::to_string(result.Offset()) + ")");
  }
  return document;
}

const Value* find(const Value& object, std::string_view key) {
  if (!object.IsObject()) return nullptr;
  const auto found = object.FindMember(
      Value(rapidjson::StringRef(key.data(), static_cast<rapidjson::SizeType>(key.size()))));
  return found == object.MemberEnd() ? nullptr : &found->value;
}

std::optional<std::string_view> string_of(const Value& value) {
  if (!value.IsString()) return std::nullopt;
  return std::string_view(value.GetString(), value.GetStringLength());
}

std::optional<double> number_of(const Value& value) {
  if (!value.IsNumber()) return std::nullopt;
  return value.GetDouble();
}

std::optional<std::uint64_t> unsigned_of(const Value& value) {
  if (!value.IsUint64()) return std::nullopt;
  return value.GetUint64();
}

std::optional<bool> bool_of(const Value& value) {
  if (!value.IsBool()) return std::nullopt;
  return value.GetBool();
}

std::string compact(const Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  Out out(writer);
  write_value(value, out, writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string scalar_text(const Value& value) {
  if (value.IsString()) return std::string(value.GetString(), value.GetStringLength());
  if (value.IsNull()) return {};
  if (value.IsDouble()) {
    const double number = value.GetDouble();
    if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15) {
      return std::to_string(static_cast<std::int64_t>(number));
    }
  }
  return compact(value);
}

}  // namespace verity::json
