#include "server/request_documents.h"

#include <nlohmann/json.hpp>

#include "verity/reader.h"

namespace verity::server {
namespace {

using Json = nlohmann::ordered_json;

std::string media_type(std::string_view content_type) {
  std::string type(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

// nlohmann copies and prints nested values recursively: a 2 MB body nested a
// million deep overflowed the stack and took the service down
// (tests/core/limits_test.cc). Bodies nested deeper than simdjson's default
// limit are refused before parsing.
constexpr std::size_t kMaxJsonDepth = 1024;

bool nested_too_deep(std::string_view text) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

Result<Json> parse_json(std::string_view text, const std::string& name) {
  if (nested_too_deep(text)) {
    return Status(StatusCode::kMalformed,
                  name + ": JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  }
  Json value = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    return Status(StatusCode::kMalformed,
                  name + ": invalid JSON (not UTF-8 JSON, or a syntax error)");
  }
  return value;
}

bool nonempty_string(const Json& object, const char* key) {
  const auto field = object.find(key);
  return field != object.end() && field->is_string() &&
         !field->get_ref<const std::string&>().empty();
}

// One JSON object as a Document, read by the same JSONL reader as the CLI's
// so every face understands the same fields.
Result<Document> document_from_object(Json object, const std::string& name,
                                      const FetchOptions& fetch) {
  if (!object.is_object()) return Status(StatusCode::kMalformed, name + ": expected a JSON object");
  for (const char* key : {"title", "text", "html", "url"}) {
    const auto field = object.find(key);
    if (field != object.end() && !field->is_string() && !field->is_null()) {
      return Status(StatusCode::kInvalidArgument,
                    name + ": field \"" + key + "\" must be a string, not " + field->type_name());
    }
  }
  if (!nonempty_string(object, "text") && !nonempty_string(object, "html")) {
    if (nonempty_string(object, "url")) {
      Result<Document> page = fetch_document(object["url"].get<std::string>(), fetch);
      if (!page.ok()) return page.status();
      object[page.value().kind == ContentKind::kHtml ? "html" : "text"] =
          std::move(page.value().content);
      object["url"] = page.value().url;
    } else if (!nonempty_string(object, "title")) {
      return Status(StatusCode::kInvalidArgument, name + ": give text, html or url");
    }
  }
  ReaderOptions options;
  options.format = InputFormat::kJsonl;
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::from_string(
      object.dump(-1, ' ', false, Json::error_handler_t::replace), name, options);
  if (!reader.ok()) return reader.status();
  DocumentRecord record;
  if (!reader.value()->next(record)) return Status(StatusCode::kMalformed, name + ": empty");
  if (!record.status.ok()) return record.status;
  return std::move(record.document);
}

std::string item_id(const Json& item, std::size_t position) {
  const auto id = item.is_object() ? item.find("id") : item.end();
  if (id != item.end() && id->is_string()) return id->get<std::string>();
  if (id != item.end() && id->is_number()) return id->dump();
  return std::to_string(position);
}

}  // namespace

std::optional<BodyKind> body_kind(std::string_view content_type) {
  const std::string type = media_type(content_type);
  if (type == "application/json") return BodyKind::kJson;
  if (type == "application/x-ndjson" || type == "application/jsonl" ||
      type == "application/x-jsonlines")
    return BodyKind::kJsonLines;
  if (type == "text/plain") return BodyKind::kText;
  if (type == "text/html" || type == "application/xhtml+xml") return BodyKind::kHtml;
  return std::nullopt;
}

Result<Document> check_document_from_body(BodyKind kind, const std::string& body,
                                          const FetchOptions& fetch) {
  if (kind == BodyKind::kText || kind == BodyKind::kHtml) {
    Document document;
    document.content = body;
    document.kind = kind == BodyKind::kHtml ? ContentKind::kHtml : ContentKind::kText;
    document.origin = "request";
    return document;
  }
  if (kind == BodyKind::kJsonLines) {
    return Status(StatusCode::kInvalidArgument,
                  "request: JSON Lines are for /v1/batch; send one JSON object");
  }
  Result<Json> object = parse_json(body, "request");
  if (!object.ok()) return object.status();
  return document_from_object(std::move(object).value(), "request", fetch);
}

Result<std::vector<BatchItem>> batch_documents_from_body(BodyKind kind, const std::string& body,
                                                         std::size_t max_items,
                                                         const FetchOptions& fetch) {
  std::vector<Result<Json>> values;
  if (kind == BodyKind::kJson) {
    Result<Json> array = parse_json(body, "request");
    if (!array.ok()) return array.status();
    if (!array.value().is_array()) {
      return Status(StatusCode::kMalformed,
                    "request: a batch is a JSON array of objects (or JSON Lines)");
    }
    for (Json& item : array.value()) values.emplace_back(std::move(item));
  } else if (kind == BodyKind::kJsonLines) {
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < body.size();) {
      std::size_t end = body.find('\n', start);
      if (end == std::string::npos) end = body.size();
      ++line_number;
      std::string_view line(body.data() + start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") != std::string_view::npos) {
        values.push_back(parse_json(line, "line " + std::to_string(line_number)));
      }
      start = end + 1;
    }
  } else {
    return Status(StatusCode::kInvalidArgument,
                  "request: a batch is application/json or application/x-ndjson");
  }
  if (values.size() > max_items) {
    return Status(StatusCode::kTooLarge, "request: " + std::to_string(values.size()) +
                                             " documents is over the batch limit of " +
                                             std::to_string(max_items));
  }
  std::vector<BatchItem> items(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string position = std::to_string(i + 1);
    if (!values[i].ok()) {
      items[i].id = position;
      items[i].document = values[i].status();
      continue;
    }
    items[i].id = item_id(values[i].value(), i + 1);
    items[i].document =
        document_from_object(std::move(values[i]).value(), "item " + position, fetch);
    if (items[i].document.ok() && items[i].document.value().id.empty()) {
      items[i].document.value().id = items[i].id;
    }
  }
  return items;
}

}  // namespace verity::server
