#include "server/http_errors.h"

#include "verity/json.h"

namespace verity::server {

int http_status_for(StatusCode code) {
  switch (code) {
    case StatusCode::kMalformed:
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kTooLarge:
      return 413;
    case StatusCode::kUnreadable:
      return 422;
    case StatusCode::kIoError:
      return 502;
    default:
      return 500;
  }
}

void answer_error(httplib::Response& response, int status, const std::string& message) {
  response.status = status;
  response.set_content(flat_json_object({{"error", message}}), "application/json");
}

void answer_error(httplib::Response& response, const Status& status) {
  answer_error(response, http_status_for(status.code()), status.to_string());
}

}  // namespace verity::server
