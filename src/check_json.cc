#include <cmath>
#include <nlohmann/json.hpp>

#include "verity/json.h"

namespace verity {
namespace {

using Json = nlohmann::ordered_json;

// Four decimals are plenty for a person and keep JSON lines short.
double rounded(double value) { return std::isfinite(value) ? std::round(value * 1e4) / 1e4 : 0.0; }

Json terms_json(const std::vector<TermContribution>& terms) {
  Json out = Json::array();
  for (const TermContribution& term : terms) {
    Json spans = Json::array();
    for (const auto& [begin, end] : term.spans) spans.push_back({begin, end});
    out.push_back({{"term", term.term},
                   {"weight", rounded(term.weight)},
                   {"field", term.field},
                   {"spans", spans}});
  }
  return out;
}

Json evidence_json(const EvidenceVerdict& evidence) {
  Json items = Json::array();
  for (const EvidenceContribution& item : evidence.contributions) {
    Json features = Json::object();
    for (const auto& [name, value] : item.features) features[name] = rounded(value);
    items.push_back({{"evidence", item.evidence},
                     {"features", std::move(features)},
                     {"logit", rounded(item.logit)},
                     {"points", rounded(item.points)},
                     {"reason", item.reason}});
  }
  return items;
}

}  // namespace

std::string check_to_json(const CheckResult& result, bool include_body, int indent) {
  const Article& article = result.article;
  const Prediction& prediction = result.prediction;
  Json out;
  out["id"] = article.id;
  out["fake_probability"] = rounded(result.fake_probability());
  if (result.evidence) out["content_probability"] = rounded(result.evidence->content_probability);
  out["verdict"] = result.verdict;
  out["satire_probability"] = rounded(prediction.satire_probability);
  Json groups = Json::object();
  for (const GroupContribution& group : prediction.groups)
    groups[group.name] = rounded(group.contribution);
  out["signals"] = std::move(groups);

  const Explanation& explanation = prediction.explanation;
  Json sentences = Json::array();
  for (const SentenceContribution& sentence : explanation.sentences) {
    sentences.push_back({{"text", sentence.text},
                         {"weight", rounded(sentence.weight)},
                         {"begin", sentence.begin},
                         {"end", sentence.end}});
  }
  Json signals = Json::array();
  for (const SignalContribution& signal : explanation.signals) {
    signals.push_back({{"name", signal.name},
                       {"value", rounded(signal.value)},
                       {"contribution", rounded(signal.contribution)},
                       {"examples", signal.examples}});
  }
  out["explanation"] = {{"top_fake", terms_json(explanation.top_fake)},
                        {"top_real", terms_json(explanation.top_real)},
                        {"sentences", std::move(sentences)},
                        {"signals", std::move(signals)}};
  if (result.evidence) out["explanation"]["evidence"] = evidence_json(*result.evidence);
  out["article"] = {{"title", article.title},
                    {"url", article.url},
                    {"domain", article.domain},
                    {"authors", article.authors},
                    {"date", article.date ? Json(*article.date) : Json()},
                    {"cited_sources", article.cited_sources}};
  if (include_body) out["article"]["paragraphs"] = article.paragraphs;
  if (!article.label.empty()) out["label"] = article.label;
  if (!article.dataset.empty()) out["dataset"] = article.dataset;
  return out.dump(indent, ' ', false, Json::error_handler_t::replace);
}

void add_json_field(std::string& object, std::string_view name, std::string_view value_json) {
  const std::size_t close = object.rfind('}');
  if (close == std::string::npos) return;
  std::size_t last = close;
  while (last > 0 && (object[last - 1] == ' ' || object[last - 1] == '\n')) --last;
  const bool empty = last > 0 && object[last - 1] == '{';
  std::string field = empty ? "" : ",";
  field += Json(std::string(name)).dump();
  field += ':';
  field += value_json;
  object.insert(last, field);
}

std::string error_to_json(const std::string& id, const Status& status) {
  Json out;
  out["id"] = id;
  out["error"] = status.to_string();
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace verity
