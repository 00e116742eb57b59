// How verity's errors are answered over HTTP: a JSON body {"error": "..."}
// and a status that says what went wrong.
#ifndef VERITY_SERVER_HTTP_ERRORS_H_
#define VERITY_SERVER_HTTP_ERRORS_H_

#include <httplib.h>

#include <string>

#include "verity/status.h"

namespace verity::server {

// kMalformed and kInvalidArgument: 400; kNotFound: 404; kTooLarge: 413;
// kUnreadable: 422; kIoError (a page that could not be fetched): 502; else 500.
int http_status_for(StatusCode code);

// {"error": message} with `status`.
void answer_error(httplib::Response& response, int status, const std::string& message);

// The Status's message with its HTTP status.
void answer_error(httplib::Response& response, const Status& status);

}  // namespace verity::server

#endif  // VERITY_SERVER_HTTP_ERRORS_H_
