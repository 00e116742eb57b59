// JSON forms of verity's records, shared by the CLI, the HTTP service and the
// Python bindings so every face prints the same thing.
#ifndef VERITY_JSON_H_
#define VERITY_JSON_H_

#include <string>

#include "verity/article.h"

namespace verity {

// One JSON object: id, title, authors, date (ISO 8601 or null), url, domain,
// body, paragraphs, cited_sources, removed [{text, reason}], repaired_bytes,
// and label/dataset when the input had them. No newline; `indent` < 0 gives
// one line (JSON Lines), otherwise pretty-printed with that indent.
std::string article_to_json(const Article& article, int indent = -1);

}  // namespace verity

#endif  // VERITY_JSON_H_
