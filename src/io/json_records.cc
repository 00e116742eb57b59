// JSON as clients send it: one object, an array of objects, or JSON Lines
// (read_json_records in reader.h). Stricter than the dataset reader: a client
// can fix its request, so invalid UTF-8 and mistyped fields are refused, not
// repaired.
#include <deque>
#include <string_view>
#include <utility>
#include <vector>

#include "io/dataset_reader.h"
#include "io/json_object.h"
#include "verity/reader.h"

namespace verity {
namespace {

const char* type_name(const json::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return "boolean";
    case rapidjson::kObjectType:
      return "object";
    case rapidjson::kArrayType:
      return "array";
    case rapidjson::kStringType:
      return "string";
    case rapidjson::kNumberType:
      return "number";
  }
  return "value";
}

bool nonempty_string(const json::Value& object, const char* key) {
  const json::Value* field = json::find(object, key);
  return field != nullptr && field->IsString() && field->GetStringLength() > 0;
}

Result<Document> document_from_object(const json::Value& object, const std::string& name) {
  if (!object.IsObject()) return Status(StatusCode::kMalformed, name + ": expected a JSON object");
  for (const char* key : {"title", "text", "html", "url"}) {
    const json::Value* field = json::find(object, key);
    if (field != nullptr && !field->IsString() && !field->IsNull()) {
      return Status(StatusCode::kInvalidArgument,
                    name + ": field \"" + key + "\" must be a string, not " + type_name(*field));
    }
  }
  Document document;
  document.origin = name;
  if (!nonempty_string(object, "text") && !nonempty_string(object, "html") &&
      nonempty_string(object, "url")) {
    io::fill_document(object, document);  // the content comes from the url
    return document;
  }
  if (!nonempty_string(object, "text") && !nonempty_string(object, "html") &&
      !nonempty_string(object, "title")) {
    return Status(StatusCode::kInvalidArgument, name + ": give text, html or url");
  }
  if (Status status = io::read_json_object(object, name, document); !status.ok()) return status;
  return document;
}

std::string record_id(const json::Value& item, std::size_t position) {
  if (const json::Value* id = json::find(item, "id")) {
    if (id->IsString()) return json::scalar_text(*id);
    if (id->IsNumber()) return json::compact(*id);
  }
  return std::to_string(position);
}

Status invalid_json(const std::string& name, const Status& status) {
  return Status(StatusCode::kMalformed, name + ": invalid JSON (" + status.message() + ")");
}

// The items of a batch body, each parsed or why it is not. A deque keeps each
// document where it was put, so the items can point into them.
struct BatchItems {
  struct Item {
    const json::Value* value = nullptr;
    Status error;
  };
  std::deque<rapidjson::Document> parsed;
  std::vector<Item> items;
};

Status parse_array(std::string_view text, BatchItems& batch) {
  Result<rapidjson::Document> array = json::parse(text, json::Encoding::kValidUtf8);
  if (!array.ok()) return invalid_json("request", array.status());
  if (!array.value().IsArray()) {
    return Status(StatusCode::kMalformed,
                  "request: a batch is a JSON array of objects (or JSON Lines)");
  }
  batch.parsed.push_back(std::move(array).value());
  for (const json::Value& item : batch.parsed.back().GetArray()) {
    batch.items.push_back({&item, Status()});
  }
  return Status();
}

void parse_lines(std::string_view text, BatchItems& batch) {
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++line_number;
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!io::is_blank(line)) {
      Result<rapidjson::Document> item = json::parse(line, json::Encoding::kValidUtf8);
      if (item.ok()) {
        batch.parsed.push_back(std::move(item).value());
        batch.items.push_back({&batch.parsed.back(), Status()});
      } else {
        batch.items.push_back(
            {nullptr, invalid_json("line " + std::to_string(line_number), item.status())});
      }
    }
    start = end + 1;
  }
}

}  // namespace

Result<std::vector<JsonRecord>> read_json_records(std::string_view text, JsonLayout layout,
                                                  std::size_t max_records) {
  std::vector<JsonRecord> records;
  if (layout == JsonLayout::kObject) {
    Result<rapidjson::Document> object = json::parse(text, json::Encoding::kValidUtf8);
    if (!object.ok()) return invalid_json("request", object.status());
    records.push_back({"1", document_from_object(object.value(), "request")});
    if (!records.back().document.ok()) return records.back().document.status();
    return records;
  }
  // Every item is parsed first, so the count is checked before any is read.
  BatchItems batch;
  if (layout == JsonLayout::kArray) {
    if (Status status = parse_array(text, batch); !status.ok()) return status;
  } else {
    parse_lines(text, batch);
  }
  if (batch.items.size() > max_records) {
    return Status(StatusCode::kTooLarge, "request: " + std::to_string(batch.items.size()) +
                                             " documents is over the batch limit of " +
                                             std::to_string(max_records));
  }
  records.resize(batch.items.size());
  for (std::size_t i = 0; i < batch.items.size(); ++i) {
    const BatchItems::Item& item = batch.items[i];
    const std::size_t position = i + 1;
    if (item.value == nullptr) {
      records[i].id = std::to_string(position);
      records[i].document = item.error;
      continue;
    }
    records[i].id = record_id(*item.value, position);
    records[i].document = document_from_object(*item.value, "item " + std::to_string(position));
    if (records[i].document.ok() && records[i].document.value().id.empty()) {
      records[i].document.value().id = records[i].id;
    }
  }
  return records;
}

}  // namespace verity
