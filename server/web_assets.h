// The files verity serves from memory: the web page (server/web/), the
// OpenAPI document and the bundled examples, compiled into the binary at
// build time (embed_assets.cmake) so the page works from any directory.
#ifndef VERITY_SERVER_WEB_ASSETS_H_
#define VERITY_SERVER_WEB_ASSETS_H_

#include <string_view>
#include <vector>

namespace verity::server {

struct Asset {
  std::string_view path;  // URL path: "/index.html", "/openapi.json", "/examples/news-page.html"
  std::string_view bytes;
};

// Every embedded file (generated code).
const std::vector<Asset>& embedded_assets();

// The asset served at `path` ("/" is "/index.html"), or null.
const Asset* find_asset(std::string_view path);

// The Content-Type for a path, from its extension; text types in UTF-8.
const char* content_type_for(std::string_view path);

}  // namespace verity::server

#endif  // VERITY_SERVER_WEB_ASSETS_H_
