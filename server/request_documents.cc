#include "server/request_documents.h"

#include "verity/reader.h"

namespace verity::server {
namespace {

std::string media_type(std::string_view content_type) {
  std::string type(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

// A document given only by its url gets the page's content.
Status fetch_if_needed(Document& document, const FetchOptions& fetch) {
  if (!document.content.empty() || document.url.empty()) return Status();
  Result<Document> page = fetch_document(document.url, fetch);
  if (!page.ok()) return page.status();
  document.content = std::move(page.value().content);
  document.kind = page.value().kind;
  document.url = page.value().url;
  return Status();
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
  Result<std::vector<JsonRecord>> records =
      read_json_records(body, JsonLayout::kObject, /*max_records=*/1);
  if (!records.ok()) return records.status();
  Document document = std::move(records.value().front().document).value();
  if (Status fetched = fetch_if_needed(document, fetch); !fetched.ok()) return fetched;
  return document;
}

Result<std::vector<BatchItem>> batch_documents_from_body(BodyKind kind, const std::string& body,
                                                         std::size_t max_items,
                                                         const FetchOptions& fetch) {
  if (kind != BodyKind::kJson && kind != BodyKind::kJsonLines) {
    return Status(StatusCode::kInvalidArgument,
                  "request: a batch is application/json or application/x-ndjson");
  }
  Result<std::vector<JsonRecord>> records = read_json_records(
      body, kind == BodyKind::kJson ? JsonLayout::kArray : JsonLayout::kLines, max_items);
  if (!records.ok()) return records.status();
  for (JsonRecord& record : records.value()) {
    if (record.document.ok()) {
      if (Status fetched = fetch_if_needed(record.document.value(), fetch); !fetched.ok()) {
        record.document = fetched;
      }
    }
  }
  return records;
}

}  // namespace verity::server
