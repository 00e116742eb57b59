// JSON forms of verity's records, shared by the CLI, the HTTP service and the
// Python bindings so every face prints the same thing.
#ifndef VERITY_JSON_H_
#define VERITY_JSON_H_

#include <string>
#include <string_view>

#include "verity/article.h"
#include "verity/check.h"

namespace verity {

// One JSON object: id, title, authors, date (ISO 8601 or null), url, domain,
// body, paragraphs, cited_sources, removed [{text, reason}], repaired_bytes,
// and label/dataset when the input had them. No newline; `indent` < 0 gives
// one line (JSON Lines), otherwise pretty-printed with that indent.
std::string article_to_json(const Article& article, int indent = -1);

// The record of `verity check --json` and `verity batch`: id,
// fake_probability, verdict, satire_probability, signals (feature groups and
// their contribution in logits), explanation {top_fake, top_real, sentences,
// signals}, and the article's title, url, domain, authors, date and
// cited_sources. When evidence was weighed (CheckResult::evidence),
// fake_probability and verdict are the combined ones, content_probability is
// the content model's, and explanation.evidence lists each item [{feature,
// value, logit, points, reason}]. With `include_body`, also the cleaned paragraphs (offsets in
// the explanation refer to them joined by blank lines).
std::string check_to_json(const CheckResult& result, bool include_body = false, int indent = -1);

// Adds "name": value to the JSON object `object` (as made by the functions
// here); `value_json` must itself be JSON. How evidence (source ratings,
// claims, related coverage) joins a check record without re-serializing it.
void add_json_field(std::string& object, std::string_view name, std::string_view value_json);

// The record for an input that could not be checked: {"id": …, "error": …}.
std::string error_to_json(const std::string& id, const Status& status);

}  // namespace verity

#endif  // VERITY_JSON_H_
