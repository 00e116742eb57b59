// Library: verity (core).
//
// Errors across verity's API come back as a Status (or a Result<T> holding a
// value or a Status), never as exceptions. Messages name the input, the record
// and what was wrong, so they can be shown to a person as they are.
#ifndef VERITY_STATUS_H_
#define VERITY_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace verity {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something that cannot be done
  kNotFound,         // a file or key does not exist
  kIoError,          // reading or writing failed
  kMalformed,        // the input is not what its format says (bad JSON, CSV, gzip)
  kUnreadable,       // the input has no text to work with (empty, binary)
  kTooLarge,         // the input is over a configured limit
  kCorrupt,          // a file verity wrote is damaged or foreign
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "malformed: data.jsonl:12: ..." — the code's name, then the message.
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

const char* status_code_name(StatusCode code);

// A value of type T, or the Status that explains why there is none.
// REQUIRES: value() only when ok(); status() is OK when a value is held.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  // A Result made from a Status holds an error: an OK status (a caller's
  // mistake, since there is no value to hold) becomes kInvalidArgument rather
  // than a Result that is neither a value nor an error.
  Result(Status status)  // NOLINT(google-explicit-constructor)
      : state_(status.ok() ? Status(StatusCode::kInvalidArgument,
                                    "internal error: a result was made from an OK status")
                           : std::move(status)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  Status status() const { return ok() ? Status() : std::get<Status>(state_); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace verity

#endif  // VERITY_STATUS_H_
