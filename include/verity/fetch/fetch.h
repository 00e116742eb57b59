// Library: verity_fetch.
//
// Fetching a web page for checking: `verity check https://…` and the HTTP
// service's `url` input both come here. The page is fetched with libcurl
// (redirects followed, a connect and a total timeout, a size limit), its
// bytes are converted to UTF-8 from the charset named by the Content-Type
// header or, failing that, by the page's own <meta> tag, and it is handed
// back as a Document ready for Checker::check.
//
// Thread-safe: each call uses its own curl handle. Call
// fetch_global_init() once before starting threads that fetch.
#ifndef VERITY_FETCH_FETCH_H_
#define VERITY_FETCH_FETCH_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "verity/document.h"
#include "verity/status.h"

namespace verity {

struct FetchOptions {
  long connect_timeout_ms = 5000;
  long total_timeout_ms = 15000;  // the whole transfer, redirects included
  long max_redirects = 5;
  // A page over this size is refused with kTooLarge as soon as the size is
  // known (from Content-Length, or while downloading), never read whole.
  std::size_t max_bytes = std::size_t{8} << 20;
  std::string user_agent = "verity/0.1 (+news credibility check)";
};

// True for "http://…" and "https://…" (case-insensitive scheme).
bool is_web_url(std::string_view text);

// Initializes libcurl for the process; safe to call more than once.
void fetch_global_init();

// Fetches `url` and returns it as a Document: content in UTF-8, kind from the
// Content-Type (HTML, or plain text; other types are sniffed), url set to the
// final address after redirects, id and origin set to the url as given. Fails with
// kInvalidArgument for a URL that is not http(s), kIoError when the server
// cannot be reached, times out or answers with an HTTP error (the message
// names the URL and the status), kTooLarge over max_bytes, and kUnreadable
// when the page is not text (an image, a PDF).
[[nodiscard]] Result<Document> fetch_document(const std::string& url,
                                              const FetchOptions& options = {});

}  // namespace verity

#endif  // VERITY_FETCH_FETCH_H_
