// The cleaned article as JSON: `verity extract --json`, Python's extract.
#include <algorithm>
#include <utility>

#include "json/json_writer.h"
#include "verity/json.h"

namespace verity {

std::string article_to_json(const Article& article, int indent) {
  return json::written(indent, [&](auto& out) {
    out.start_object();
    out.key("id");
    out.string(article.id);
    out.key("title");
    out.string(article.title);
    out.key("authors");
    out.strings(article.authors);
    out.key("date");
    if (article.date) {
      out.string(*article.date);
    } else {
      out.null();
    }
    out.key("url");
    out.string(article.url);
    out.key("domain");
    out.string(article.domain);
    out.key("publisher");
    json::write_publisher(out, article.publisher);
    out.key("body");
    out.string(article.body());
    out.key("paragraphs");
    out.strings(article.paragraphs);
    out.key("cited_sources");
    out.strings(article.cited_sources);
    out.key("removed");
    out.start_array();
    for (const RemovedLine& line : article.removed) {
      out.start_object();
      out.key("text");
      out.string(line.text);
      out.key("reason");
      out.string(line.reason);
      out.end_object();
    }
    out.end_array();
    out.key("repaired_bytes");
    out.integer(article.repaired_bytes);
    if (!article.label.empty()) {
      out.key("label");
      out.string(article.label);
    }
    if (!article.dataset.empty()) {
      out.key("dataset");
      out.string(article.dataset);
    }
    if (!article.extra.empty()) {
      // A name given twice keeps its first place and its last value.
      std::vector<std::pair<std::string_view, std::string_view>> fields;
      for (const auto& [key, value] : article.extra) {
        const std::string& name = key;  // clang 14 cannot capture a structured binding
        const auto seen = std::find_if(fields.begin(), fields.end(),
                                       [&](const auto& field) { return field.first == name; });
        if (seen == fields.end()) {
          fields.emplace_back(key, value);
        } else {
          seen->second = value;
        }
      }
      out.key("extra");
      out.start_object();
      for (const auto& [key, value] : fields) {
        out.external_key(key);
        out.string(value);
      }
      out.end_object();
    }
    out.end_object();
  });
}

}  // namespace verity
