#include "verity/status.h"

namespace verity {

const char* status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid argument";
    case StatusCode::kNotFound:
      return "not found";
    case StatusCode::kIoError:
      return "I/O error";
    case StatusCode::kMalformed:
      return "malformed";
    case StatusCode::kUnreadable:
      return "unreadable";
    case StatusCode::kTooLarge:
      return "too large";
    case StatusCode::kCorrupt:
      return "corrupt";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  return std::string(status_code_name(code_)) + ": " + message_;
}

}  // namespace verity
