#include "verity/evidence_json.h"

#include <nlohmann/json.hpp>

namespace verity {
namespace {

nlohmann::json optional_number(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json reputation_object(const SourceReputation& reputation) {
  nlohmann::json ratings = nlohmann::json::array();
  for (const SourceRating& rating : reputation.ratings) {
    nlohmann::json components = nlohmann::json::object();
    for (const auto& [name, value] : rating.components) components[name] = value;
    ratings.push_back({{"list", rating.list},
                       {"file", rating.file},
                       {"line", rating.line},
                       {"domain", rating.domain},
                       {"score", optional_number(rating.score)},
                       {"labels", rating.labels},
                       {"components", components},
                       {"notes", rating.notes}});
  }
  nlohmann::json out = {{"query", reputation.query},
                        {"domain", reputation.domain},
                        {"unicode", reputation.unicode},
                        {"matched", reputation.matched},
                        {"standing", reputation.standing},
                        {"score", optional_number(reputation.score)},
                        {"summary", describe_reputation(reputation)},
                        {"ratings", ratings}};
  if (!reputation.error.empty()) out["error"] = reputation.error;
  return out;
}

}  // namespace

std::string reputation_to_json(const SourceReputation& reputation) {
  return reputation_object(reputation).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string article_sources_to_json(const ArticleSources& sources) {
  nlohmann::json cited = nlohmann::json::array();
  for (const SourceReputation& source : sources.cited) cited.push_back(reputation_object(source));
  const nlohmann::json out = {{"publisher", reputation_object(sources.publisher)},
                              {"cited", cited}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string related_to_json(const Article& article, const RelatedResult& related,
                            const std::vector<SourceReputation>& reputations) {
  nlohmann::json found = nlohmann::json::array();
  for (std::size_t i = 0; i < related.articles.size(); ++i) {
    const StoredArticle& a = related.articles[i].article;
    found.push_back({{"score", related.articles[i].score},
                     {"id", a.id},
                     {"title", a.title},
                     {"domain", a.domain},
                     {"url", a.url},
                     {"date", a.date},
                     {"dataset", a.dataset},
                     {"label", a.label},
                     {"origin", a.origin},
                     {"hash", a.hash},
                     {"reputation", reputation_object(reputations[i])}});
  }
  const nlohmann::json out = {{"id", article.id},
                              {"title", article.title},
                              {"query", related.query_terms},
                              {"related", found}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace verity
