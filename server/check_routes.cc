#include "server/check_routes.h"

#include <optional>
#include <string>
#include <vector>

#include "server/http_errors.h"
#include "server/request_documents.h"
#include "verity/check.h"
#include "verity/json.h"

namespace verity::server {
namespace {

constexpr const char* kOverloaded = "overloaded: the check queue is full; try again later";

// The body's kind, or a 415 answer naming what is accepted.
std::optional<BodyKind> accepted_kind(const httplib::Request& request, httplib::Response& response,
                                      const char* accepted) {
  const std::string content_type = request.get_header_value("Content-Type");
  std::optional<BodyKind> kind = body_kind(content_type);
  if (!kind) {
    answer_error(response, 415,
                 "unsupported Content-Type \"" + content_type + "\"; send " + accepted);
  }
  return kind;
}

// ?paragraphs=1 adds the cleaned paragraphs (which the explanation's offsets
// refer to) to each record, as the page needs; the record is otherwise the
// CLI's.
bool wants_paragraphs(const httplib::Request& request) {
  const std::string value = request.get_param_value("paragraphs");
  return !value.empty() && value != "0" && value != "false";
}

Result<CheckResult> check_safely(const Checker& checker, const Document& document) {
  try {
    return checker.check(document);
  } catch (
      const std::exception& error) {  // out of memory, say: one request fails, the server goes on
    return Status(StatusCode::kUnreadable,
                  document.origin + ": could not be checked (" + error.what() + ")");
  }
}

// The record of a check, rendered on the worker. An evidence source that
// failed leaves the content verdict; the record then goes out without
// evidence, as `verity check` prints it.
std::string check_record(const CheckResult& result, bool paragraphs) {
  CheckJsonOptions json;
  json.include_body = paragraphs;
  return check_to_json(result, json);
}

void handle_check(const CheckService& service, const httplib::Request& request,
                  httplib::Response& response) {
  const std::optional<BodyKind> kind =
      accepted_kind(request, response, "application/json, text/plain or text/html");
  if (!kind) return;
  Result<Document> document = check_document_from_body(*kind, request.body, service.options->fetch);
  if (!document.ok()) return answer_error(response, document.status());
  Result<CheckResult> result{Status(StatusCode::kUnreadable, "not checked")};
  std::string record;
  const bool paragraphs = wants_paragraphs(request);
  const bool ran = service.pool->run(1, [&](std::size_t) {
    result = check_safely(*service.checker, document.value());
    if (result.ok()) record = check_record(result.value(), paragraphs);
  });
  if (!ran) {
    response.set_header("Retry-After", "1");
    return answer_error(response, 503, kOverloaded);
  }
  if (!result.ok()) {
    response.status = http_status_for(result.status().code());
    response.set_content(error_to_json(document.value().id, result.status()), "application/json");
    return;
  }
  response.set_content(std::move(record), "application/json");
}

void handle_batch(const CheckService& service, const httplib::Request& request,
                  httplib::Response& response) {
  const std::optional<BodyKind> kind =
      accepted_kind(request, response, "application/json (an array) or application/x-ndjson");
  if (!kind) return;
  Result<std::vector<BatchItem>> items = batch_documents_from_body(
      *kind, request.body, service.options->max_batch_documents, service.options->fetch);
  if (!items.ok()) return answer_error(response, items.status());
  std::vector<std::string> records(items.value().size());
  const bool paragraphs = wants_paragraphs(request);
  const bool ran = service.pool->run(records.size(), [&](std::size_t i) {
    const BatchItem& item = items.value()[i];
    if (!item.document.ok()) {
      records[i] = error_to_json(item.id, item.document.status());
      return;
    }
    Result<CheckResult> result = check_safely(*service.checker, item.document.value());
    records[i] = result.ok() ? check_record(result.value(), paragraphs)
                             : error_to_json(item.id, result.status());
  });
  if (!ran) {
    response.set_header("Retry-After", "1");
    return answer_error(response, 503, kOverloaded);
  }
  std::string body;
  if (*kind == BodyKind::kJson) {
    body = "[";
    for (std::size_t i = 0; i < records.size(); ++i) body += (i == 0 ? "" : ",") + records[i];
    body += "]";
    response.set_content(std::move(body), "application/json");
  } else {
    for (const std::string& record : records) body += record + "\n";
    response.set_content(std::move(body), "application/x-ndjson");
  }
}

}  // namespace

void add_check_routes(httplib::Server& http, const CheckService& service) {
  http.Post("/v1/check", [service](const httplib::Request& request, httplib::Response& response) {
    handle_check(service, request, response);
  });
  http.Post("/v1/batch", [service](const httplib::Request& request, httplib::Response& response) {
    handle_batch(service, request, response);
  });
}

}  // namespace verity::server
