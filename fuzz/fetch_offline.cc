// The network boundary for the fuzz targets: request decoding fetches a
// document given only as a url, and a fuzzer must never reach the network.
// The targets link this in place of the verity_fetch library: every fetch
// fails the way an unreachable server does.
#include <string>
#include <string_view>

#include "verity/fetch/fetch.h"

namespace verity {

bool is_web_url(std::string_view text) {
  auto starts = [&](std::string_view scheme) {
    if (text.size() < scheme.size()) return false;
    for (std::size_t i = 0; i < scheme.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(text[i])) != scheme[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://");
}

void fetch_global_init() {}

Result<Document> fetch_document(const std::string& url, const FetchOptions& /*options*/) {
  if (!is_web_url(url)) return Status(StatusCode::kInvalidArgument, url + ": not an http(s) URL");
  return Status(StatusCode::kIoError, url + ": offline (fuzzing)");
}

}  // namespace verity
