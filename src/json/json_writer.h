// What every JSON record of verity is written with: RapidJSON's SAX writer
// straight into a string (no tree), every string repaired to valid UTF-8 on
// the way out, since ids, labels and store fields come from outside.
#ifndef VERITY_JSON_JSON_WRITER_H_
#define VERITY_JSON_JSON_WRITER_H_

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/text.h"
#include "verity/article.h"

namespace verity::json {

// Four decimals are plenty for a person and keep JSON lines short: the check
// record's probabilities and weights are written this way.
inline double rounded(double value) {
  if (!std::isfinite(value)) return 0.0;
  // Beyond ~1e304 value * 1e4 overflows to infinity, which RapidJSON writes
  // as nothing ("weight":,); such a number has no decimals to round anyway
  // (fuzz/json_record).
  const double scaled = std::round(value * 1e4) / 1e4;
  return std::isfinite(scaled) ? scaled : value;
}

// The shortest decimal that reads back as `value` (std::to_chars), laid out
// as these records have always been written: fixed notation from 1e-4 to
// 1e15 with at least one decimal ("3.0", "0.0042", "123400.0"), else
// scientific with a signed exponent of two digits or more ("1e-05",
// "4.2e+16"). REQUIRES: value is finite.
inline std::string shortest_number(double value) {
  char scientific[64];
  const auto [end, error] = std::to_chars(scientific, scientific + sizeof scientific, value,
                                          std::chars_format::scientific);
  std::string_view text(scientific, static_cast<std::size_t>(end - scientific));
  std::string out;
  if (!text.empty() && text.front() == '-') {
    out.push_back('-');
    text.remove_prefix(1);
  }
  // "d.ddde±x": the significant digits and the power of ten of the first one.
  const std::size_t e = text.find('e');
  std::string digits;
  for (char c : text.substr(0, e))
    if (c != '.') digits.push_back(c);
  int exponent = 0;
  const std::string_view power_text = text.substr(e + 1);
  std::from_chars(power_text.data() + (power_text.front() == '+' ? 1 : 0),
                  power_text.data() + power_text.size(), exponent);
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;  // where the decimal point goes, counted from the first digit
  const std::string_view all(digits);
  if (k <= n && n <= 15) {
    out.append(all).append(static_cast<std::size_t>(n - k), '0').append(".0");
  } else if (0 < n && n <= 15) {
    out.append(all.substr(0, static_cast<std::size_t>(n)))
        .append(1, '.')
        .append(all.substr(static_cast<std::size_t>(n)));
  } else if (-4 < n && n <= 0) {
    out.append("0.").append(static_cast<std::size_t>(-n), '0').append(all);
  } else {
    out.append(all.substr(0, 1));
    if (k > 1) out.append(1, '.').append(all.substr(1));
    const int power = n - 1;
    out.append(power < 0 ? "e-" : "e+");
    const int magnitude = std::abs(power);
    if (magnitude < 10) out.append(1, '0');
    char exponent_digits[8];
    const auto written =
        std::to_chars(exponent_digits, exponent_digits + sizeof exponent_digits, magnitude);
    out.append(exponent_digits, written.ptr);
  }
  return out;
}

// A thin layer over a RapidJSON writer (compact or pretty).
template <typename Writer>
class Out {
 public:
  explicit Out(Writer& writer) : writer_(writer) {}

  void key(std::string_view name) {
    writer_.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  }
  // A key that came from outside (a CSV header, a JSON field name).
  void external_key(std::string_view name) {
    repair_utf8(name, repaired_);
    writer_.Key(repaired_.data(), static_cast<rapidjson::SizeType>(repaired_.size()));
  }
  void string(std::string_view text) {
    repair_utf8(text, repaired_);
    writer_.String(repaired_.data(), static_cast<rapidjson::SizeType>(repaired_.size()));
  }
  // A number as it is (shortest_number); a value that is not finite, which
  // JSON cannot hold, is written as null.
  void number(double value) {
    if (std::isfinite(value)) {
      const std::string text = shortest_number(value);
      writer_.RawValue(text.data(), text.size(), rapidjson::kNumberType);
    } else {
      writer_.Null();
    }
  }
  // A number rounded to four decimals (rounded()), as check records write
  // probabilities and weights; not finite gives 0.
  void rounded_number(double value) { writer_.Double(rounded(value)); }
  void optional_number(const std::optional<double>& value) {
    if (value) {
      number(*value);
    } else {
      writer_.Null();
    }
  }
  void integer(std::size_t value) { writer_.Uint64(value); }
  void boolean(bool value) { writer_.Bool(value); }
  void null() { writer_.Null(); }
  void strings(const std::vector<std::string>& values) {
    writer_.StartArray();
    for (const std::string& value : values) string(value);
    writer_.EndArray();
  }
  void start_object() { writer_.StartObject(); }
  void end_object() { writer_.EndObject(); }
  void start_array() { writer_.StartArray(); }
  void end_array() { writer_.EndArray(); }

 private:
  Writer& writer_;
  std::string repaired_;
};

// Runs write(Out<...>&) with a compact writer (indent < 0) or a pretty one,
// and returns the JSON text.
template <typename Write>
std::string written(int indent, const Write& write) {
  rapidjson::StringBuffer buffer;
  if (indent < 0) {
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    Out out(writer);
    write(out);
  } else {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', static_cast<unsigned>(indent));
    Out out(writer);
    write(out);
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

// An article's publisher: {"domain", "name", "method", "confidence",
// "evidence"}, or null when nothing named it. The article and check records
// both carry it.
template <typename Out>
void write_publisher(Out& out, const Publisher& publisher) {
  if (!publisher.found()) {
    out.null();
    return;
  }
  out.start_object();
  out.key("domain");
  out.string(publisher.domain);
  out.key("name");
  out.string(publisher.name);
  out.key("method");
  out.string(publisher.method);
  out.key("confidence");
  out.rounded_number(publisher.confidence);
  out.key("evidence");
  out.string(publisher.evidence);
  out.end_object();
}

}  // namespace verity::json

#endif  // VERITY_JSON_JSON_WRITER_H_
