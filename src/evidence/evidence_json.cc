#include "verity/evidence_json.h"

#include <nlohmann/json.hpp>

#include "verity/json.h"

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

nlohmann::json stored_article_object(const StoredArticle& a) {
  return {{"id", a.id},       {"title", a.title},   {"domain", a.domain},
          {"url", a.url},     {"date", a.date},     {"dataset", a.dataset},
          {"label", a.label}, {"origin", a.origin}, {"hash", a.hash}};
}

nlohmann::json copy_of_object(const std::optional<CopyMatch>& copy_of) {
  if (!copy_of) return nullptr;
  nlohmann::json out = {{"jaccard", copy_of->jaccard}, {"overlap", copy_of->overlap}};
  out.update(stored_article_object(copy_of->article));
  return out;
}

nlohmann::json claims_array(const std::vector<SentenceClaims>& claims) {
  nlohmann::json out = nlohmann::json::array();
  for (const SentenceClaims& found : claims) {
    const CheckWorthySentence& s = found.sentence;
    nlohmann::json cues = nlohmann::json::array();
    for (const ClaimCue& cue : s.cues)
      cues.push_back({{"cue", cue.cue}, {"text", cue.text}, {"weight", cue.weight}});
    nlohmann::json matches = nlohmann::json::array();
    for (const ClaimMatch& m : found.matches) {
      const RatedClaim& c = m.claim;
      matches.push_back({{"score", m.score},
                         {"cosine", m.cosine},
                         {"claim", c.claim},
                         {"rating", c.rating},
                         {"verdict", c.verdict},
                         {"speaker", c.speaker},
                         {"subjects", c.subjects},
                         {"context", c.context},
                         {"reviewer", c.reviewer},
                         {"url", c.url},
                         {"date", c.date},
                         {"collection", c.collection},
                         {"provenance", c.file + ":" + std::to_string(c.line)},
                         {"shared_terms", m.shared_terms},
                         {"shared_entities", m.shared_entities},
                         {"shared_numbers", m.shared_numbers}});
    }
    out.push_back({{"text", s.text},
                   {"paragraph", s.paragraph},
                   {"begin", s.span.begin},
                   {"end", s.span.end},
                   {"score", s.score},
                   {"cues", cues},
                   {"entities", s.entities},
                   {"numbers", s.numbers},
                   {"matches", matches}});
  }
  return out;
}

nlohmann::json related_array(const std::vector<RelatedArticle>& related,
                             const std::vector<SourceReputation>& reputations) {
  nlohmann::json found = nlohmann::json::array();
  for (std::size_t i = 0; i < related.size(); ++i) {
    nlohmann::json entry = {{"score", related[i].score},
                            {"coverage", related[i].coverage},
                            {"shared_terms", related[i].shared_terms}};
    entry.update(stored_article_object(related[i].article));
    entry["reputation"] = reputation_object(reputations[i]);
    found.push_back(std::move(entry));
  }
  return found;
}

std::string dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string reputation_to_json(const SourceReputation& reputation) {
  return dump(reputation_object(reputation));
}

std::string article_sources_to_json(const ArticleSources& sources) {
  nlohmann::json cited = nlohmann::json::array();
  for (const SourceReputation& source : sources.cited) cited.push_back(reputation_object(source));
  const nlohmann::json out = {{"publisher", reputation_object(sources.publisher)},
                              {"cited", cited}};
  return dump(out);
}

std::string related_to_json(const Article& article, const RelatedResult& related,
                            const std::vector<SourceReputation>& reputations,
                            const std::optional<std::optional<CopyMatch>>& copy_of) {
  nlohmann::json out = {{"id", article.id},
                        {"title", article.title},
                        {"query", related.query_terms},
                        {"related", related_array(related.articles, reputations)}};
  if (copy_of) out["copy_of"] = copy_of_object(*copy_of);
  return dump(out);
}

std::string related_articles_to_json(const std::vector<RelatedArticle>& related,
                                     const std::vector<SourceReputation>& reputations) {
  return dump(related_array(related, reputations));
}

std::string copy_of_to_json(const std::optional<CopyMatch>& copy_of) {
  return dump(copy_of_object(copy_of));
}

std::string claims_to_json(const std::vector<SentenceClaims>& claims) {
  return dump(claims_array(claims));
}

void add_evidence_fields(const ArticleEvidence& evidence, std::string& record) {
  add_json_field(record, "source", article_sources_to_json(evidence.sources));
  add_json_field(record, "claims", claims_to_json(evidence.claims));
  add_json_field(record, "related",
                 related_articles_to_json(evidence.related.articles, evidence.related_reputations));
  add_json_field(record, "copy_of", copy_of_to_json(evidence.copy_of));
}

std::string check_with_evidence_to_json(EvidenceStore& store, const EvidenceCombiner* combiner,
                                        const Model& model, CheckResult& result,
                                        bool include_body, Status* failure) {
  Result<ArticleEvidence> evidence = weigh_evidence(store, combiner, model, result);
  std::string record = check_to_json(result, include_body);
  if (evidence.ok()) {
    add_evidence_fields(evidence.value(), record);
  } else if (failure != nullptr) {
    *failure = evidence.status();
  }
  return record;
}

std::string article_claims_to_json(const Article& article,
                                   const std::vector<SentenceClaims>& claims) {
  return dump({{"id", article.id}, {"title", article.title}, {"claims", claims_array(claims)}});
}

}  // namespace verity
