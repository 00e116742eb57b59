// Turning a request body into the Documents to check: JSON objects (title,
// text or html, url, and the other fields the JSONL reader knows), raw text
// or HTML, and for /v1/batch a JSON array or JSON Lines. A document given
// only as a url is fetched (fetch.h).
#ifndef VERITY_SERVER_REQUEST_DOCUMENTS_H_
#define VERITY_SERVER_REQUEST_DOCUMENTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "verity/document.h"
#include "verity/fetch/fetch.h"
#include "verity/reader.h"
#include "verity/status.h"

namespace verity::server {

// How a body is written, from its Content-Type (parameters ignored).
enum class BodyKind { kJson, kJsonLines, kText, kHtml };
std::optional<BodyKind> body_kind(std::string_view content_type);

// The document of a /v1/check body. Fails with kMalformed for JSON that does
// not parse or is not an object, kInvalidArgument for a field of the wrong
// type or no text, html or url, and with fetch_document's errors for a url.
Result<Document> check_document_from_body(BodyKind kind, const std::string& body,
                                          const FetchOptions& fetch);

// The items of a /v1/batch body (kJson: an array; kJsonLines: one object a
// line, blank lines skipped), each a document or why it cannot be read; the
// request itself fails (kMalformed, kTooLarge over `max_items`) only when
// the body is not a list at all.
using BatchItem = JsonRecord;  // id: the item's id, or its 1-based position
Result<std::vector<BatchItem>> batch_documents_from_body(BodyKind kind, const std::string& body,
                                                         std::size_t max_items,
                                                         const FetchOptions& fetch);

}  // namespace verity::server

#endif  // VERITY_SERVER_REQUEST_DOCUMENTS_H_
