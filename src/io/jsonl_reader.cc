// JSON Lines: one object per line. Known fields fill the Document; every
// other field is kept in Document::extra in input order.
//
// Lines are parsed with simdjson, several times faster than a JSON tree, which
// matters when a dataset is read as fast as it is scored. A line simdjson
// refuses goes through nlohmann::ordered_json instead, which either reads it
// (both accept the same JSON except at the edges, e.g. integers beyond 64
// bits) or explains what is wrong with it.
//
// nlohmann::json refuses strings with invalid UTF-8, and scraped datasets
// carry some, so each line is repaired first (bad bytes become U+FFFD) and the
// record survives; the number of bytes replaced is kept in extra as
// "utf8_repaired_bytes" when it is not zero.
#include <simdjson.h>

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "io/dataset_reader.h"
#include "text/text.h"

namespace verity::io {
namespace {

using Json = nlohmann::ordered_json;

// Records nlohmann's parse error without letting an exception escape: the
// SAX interface hands the exception object over instead of throwing it.
class ParseErrorCatcher : public nlohmann::json_sax<Json> {
 public:
  std::string message;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&,
                   const nlohmann::detail::exception& error) override {
    message = error.what();
    return false;
  }
};

// nlohmann's message without its "[json.exception.parse_error.101] parse
// error at line 1, " prefix, which would repeat what the origin says.
std::string describe_parse_error(std::string_view line) {
  ParseErrorCatcher catcher;
  Json::sax_parse(line, &catcher);
  std::string message = catcher.message;
  const std::size_t bracket = message.find("] ");
  if (message.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) {
    message.erase(0, bracket + 2);
  }
  const std::string_view kPrefix = "parse error at line 1, ";
  if (message.rfind(kPrefix, 0) == 0) message.erase(0, kPrefix.size());
  return message.empty() ? "unexpected input" : message;
}

// The text of a scalar: strings as they are, numbers as written (an epoch
// given as 1493179200.0 becomes "1493179200"), booleans as true/false;
// objects and arrays as compact JSON. Null is empty.
std::string scalar_text(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return {};
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15) {
      return std::to_string(static_cast<std::int64_t>(number));
    }
  }
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The text of a simdjson value, as scalar_text does for nlohmann's.
std::string scalar_text(simdjson::dom::element value) {
  switch (value.type()) {
    case simdjson::dom::element_type::STRING: {
      std::string_view text;
      if (value.get_string().get(text) != simdjson::SUCCESS) return {};
      return std::string(text);
    }
    case simdjson::dom::element_type::NULL_VALUE:
      return {};
    case simdjson::dom::element_type::DOUBLE: {
      double number = 0;
      if (value.get_double().get(number) != simdjson::SUCCESS) return simdjson::minify(value);
      if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15) {
        return std::to_string(static_cast<std::int64_t>(number));
      }
      return simdjson::minify(value);
    }
    default:
      return simdjson::minify(value);
  }
}

bool is_null(const Json& value) { return value.is_null(); }
bool is_null(simdjson::dom::element value) { return value.is_null(); }
bool is_string(const Json& value) { return value.is_string(); }
bool is_string(simdjson::dom::element value) { return value.is_string(); }

// Calls `visit` on each item of an array value; other values have none.
template <typename Visit>
void for_each_item(const Json& value, Visit visit) {
  if (!value.is_array()) return;
  for (const Json& item : value) visit(item);
}
template <typename Visit>
void for_each_item(simdjson::dom::element value, Visit visit) {
  simdjson::dom::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) return;
  for (const simdjson::dom::element item : array) visit(item);
}

// "authors": one name, or a list of them; empty names are left out.
template <typename Value>
void read_authors(const Value& value, std::vector<std::string>& authors) {
  const auto add = [&](const auto& item) {
    std::string name = scalar_text(item);
    if (!name.empty()) authors.push_back(std::move(name));
  };
  if (is_string(value)) {
    add(value);
  } else {
    for_each_item(value, add);
  }
}

// Fills `document` from the fields of one object, in order; `text` and
// `html` receive the content fields. Works on either parser's values.
template <typename Value>
void fill_field(std::string_view key, Value value, Document& document, std::string& text,
                std::string& html) {
  if (key == "id") {
    document.id = scalar_text(value);
  } else if (key == "title") {
    document.title = scalar_text(value);
  } else if (key == "text") {
    text = scalar_text(value);
  } else if (key == "html") {
    html = scalar_text(value);
  } else if (key == "url") {
    document.url = scalar_text(value);
  } else if (key == "label") {
    document.label = scalar_text(value);
  } else if (key == "dataset") {
    document.dataset = scalar_text(value);
  } else if (key == "authors" || key == "author") {
    read_authors(value, document.authors);
  } else if (key == "date" || key == "publish_date") {
    if (document.date.empty()) document.date = scalar_text(value);
  } else if (!is_null(value)) {
    document.extra.emplace_back(std::string(key), scalar_text(value));
  }
}

class JsonlReader final : public LineDatasetReader {
 public:
  JsonlReader(std::unique_ptr<InputStream> stream, const ReaderOptions& options)
      : LineDatasetReader(std::move(stream), options) {}

  InputFormat format() const override { return InputFormat::kJsonl; }

 protected:
  Status parse_line(std::string_view line, const std::string& origin, Document& document) override {
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: reserved here.
    repaired_.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    const std::size_t repaired = repair_utf8(line, repaired_);
    std::string text;
    std::string html;
    simdjson::dom::element root;
    const bool padded = repaired_.capacity() - repaired_.size() >= simdjson::SIMDJSON_PADDING;
    const simdjson::error_code parsed =
        padded ? parser_.parse(repaired_.data(), repaired_.size(), false).get(root)
               : simdjson::UNINITIALIZED;
    // nlohmann copies and prints nested values recursively: a line nested a
    // million deep overflowed the stack there (tests/core/limits_test.cc), so
    // what simdjson refuses for depth is refused here.
    if (parsed == simdjson::DEPTH_ERROR) {
      return Status(StatusCode::kMalformed, origin + ": JSON nested deeper than " +
                                                std::to_string(simdjson::DEFAULT_MAX_DEPTH) +
                                                " levels");
    }
    const bool fast = parsed == simdjson::SUCCESS;
    if (fast) {
      simdjson::dom::object object;
      if (root.get_object().get(object) != simdjson::SUCCESS) return not_an_object(origin);
      for (const simdjson::dom::key_value_pair field : object) {
        fill_field(field.key, field.value, document, text, html);
      }
    } else {
      Json object = Json::parse(repaired_, nullptr, /*allow_exceptions=*/false);
      if (object.is_discarded()) {
        return Status(StatusCode::kMalformed,
                      origin + ": invalid JSON (" + describe_parse_error(repaired_) + ")");
      }
      if (!object.is_object()) return not_an_object(origin);
      for (auto& [key, value] : object.items()) fill_field(key, value, document, text, html);
    }
    set_content(document, std::move(text), std::move(html));
    if (document.content.empty() && document.title.empty()) {
      return Status(StatusCode::kMalformed, no_text_message(origin));
    }
    if (repaired > 0) document.extra.emplace_back("utf8_repaired_bytes", std::to_string(repaired));
    return Status();
  }

 private:
  static Status not_an_object(const std::string& origin) {
    return Status(StatusCode::kMalformed,
                  origin + ": no text field (the line is JSON but not an object)");
  }

  std::string repaired_;  // scratch, reused for every line
  simdjson::dom::parser parser_;
};

}  // namespace

Result<std::unique_ptr<DocumentReader>> make_jsonl_reader(std::unique_ptr<InputStream> stream,
                                                          const ReaderOptions& options) {
  return std::unique_ptr<DocumentReader>(new JsonlReader(std::move(stream), options));
}

}  // namespace verity::io
