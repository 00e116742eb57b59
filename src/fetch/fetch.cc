#include "verity/fetch/fetch.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

#include "fetch/charset.h"
#include "verity/extract.h"

namespace verity {
namespace {

struct Download {
  std::string bytes;
  std::size_t limit = 0;
  bool over_limit = false;
};

std::size_t append_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* download = static_cast<Download*>(user);
  const std::size_t length = size * count;
  if (download->bytes.size() + length > download->limit) {
    download->over_limit = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  download->bytes.append(data, length);
  return length;
}

std::string lower_mime(const char* content_type) {
  std::string mime = content_type == nullptr ? "" : content_type;
  mime = mime.substr(0, mime.find(';'));
  while (!mime.empty() && mime.back() == ' ') mime.pop_back();
  for (char& c : mime) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return mime;
}

Status too_large(const std::string& url, std::size_t limit) {
  return Status(StatusCode::kTooLarge,
                url + ": the page is over the fetch limit of " + std::to_string(limit) + " bytes");
}

}  // namespace

bool is_web_url(std::string_view text) {
  const auto starts = [&](std::string_view scheme) {
    if (text.size() <= scheme.size()) return false;
    for (std::size_t i = 0; i < scheme.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(text[i])) != scheme[i]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://");
}

void fetch_global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Result<Document> fetch_document(const std::string& url, const FetchOptions& options) {
  if (!is_web_url(url)) {
    return Status(StatusCode::kInvalidArgument,
                  url + ": only http:// and https:// URLs can be fetched");
  }
  fetch_global_init();
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return Status(StatusCode::kIoError, url + ": could not start libcurl");
  Download download;
  download.limit = options.max_bytes;
  char error[CURL_ERROR_SIZE] = "";
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(handle, CURLOPT_MAXREDIRS, options.max_redirects);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, options.total_timeout_ms);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM: safe in threads
  curl_easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));
  curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
  curl_easy_setopt(handle, CURLOPT_USERAGENT, options.user_agent.c_str());
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, append_body);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &download);
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error);

  const CURLcode code = curl_easy_perform(handle);
  if (download.over_limit || code == CURLE_FILESIZE_EXCEEDED)
    return too_large(url, options.max_bytes);
  if (code != CURLE_OK) {
    return Status(StatusCode::kIoError,
                  url + ": " + (error[0] != '\0' ? error : curl_easy_strerror(code)));
  }
  long http_status = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &http_status);
  if (http_status >= 400) {
    return Status(StatusCode::kIoError,
                  url + ": the server answered HTTP " + std::to_string(http_status));
  }
  char* content_type = nullptr;
  curl_easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &content_type);
  char* final_url = nullptr;
  curl_easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &final_url);

  const std::string mime = lower_mime(content_type);
  Document document;
  document.origin = url;
  document.id = url;
  document.url = final_url != nullptr ? final_url : url;
  if (mime == "text/html" || mime == "application/xhtml+xml") {
    document.kind = ContentKind::kHtml;
  } else if (mime.empty() || mime == "text/plain") {
    document.kind = sniff_content_kind(download.bytes);
  } else {
    return Status(StatusCode::kUnreadable, url + ": the page is " + mime + ", not text or HTML");
  }
  std::string charset =
      fetch::charset_from_content_type(content_type == nullptr ? "" : content_type);
  if (charset.empty() && document.kind == ContentKind::kHtml)
    charset = fetch::charset_from_meta(download.bytes);
  document.content = fetch::to_utf8(download.bytes, charset);
  return document;
}

}  // namespace verity
