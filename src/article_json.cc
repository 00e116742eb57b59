#include <nlohmann/json.hpp>

#include "verity/json.h"

namespace verity {

std::string article_to_json(const Article& article, int indent) {
  nlohmann::ordered_json out;
  out["id"] = article.id;
  out["title"] = article.title;
  out["authors"] = article.authors;
  out["date"] = article.date ? nlohmann::ordered_json(*article.date) : nlohmann::ordered_json();
  out["url"] = article.url;
  out["domain"] = article.domain;
  out["body"] = article.body();
  out["paragraphs"] = article.paragraphs;
  out["cited_sources"] = article.cited_sources;
  nlohmann::ordered_json removed = nlohmann::ordered_json::array();
  for (const RemovedLine& line : article.removed) {
    removed.push_back({{"text", line.text}, {"reason", line.reason}});
  }
  out["removed"] = std::move(removed);
  out["repaired_bytes"] = article.repaired_bytes;
  if (!article.label.empty()) out["label"] = article.label;
  if (!article.dataset.empty()) out["dataset"] = article.dataset;
  if (!article.extra.empty()) {
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    for (const auto& [key, value] : article.extra) extra[key] = value;
    out["extra"] = std::move(extra);
  }
  // Text was repaired to valid UTF-8 upstream; replace guards any slip.
  return out.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace verity
