// The evidence commands' records: `verity source --json`, `related --json`
// and `claims --json`.
#include "json/evidence_json.h"

#include "verity/json.h"

namespace verity {

std::string reputation_to_json(const SourceReputation& reputation) {
  return json::written(-1, [&](auto& out) { json::write_reputation(out, reputation); });
}

std::string related_to_json(const Article& article, const RelatedResult& related,
                            const std::vector<SourceReputation>& reputations,
                            const std::optional<CopyMatch>& copy_of) {
  return json::written(-1, [&](auto& out) {
    out.start_object();
    out.key("copy_of");
    json::write_copy_of(out, copy_of);
    out.key("id");
    out.string(article.id);
    out.key("query");
    out.strings(related.query_terms);
    out.key("related");
    json::write_related_articles(out, related.articles, reputations);
    out.key("title");
    out.string(article.title);
    out.end_object();
  });
}

std::string article_claims_to_json(const Article& article,
                                   const std::vector<SentenceClaims>& claims) {
  return json::written(-1, [&](auto& out) {
    out.start_object();
    out.key("claims");
    json::write_claims(out, claims);
    out.key("id");
    out.string(article.id);
    out.key("title");
    out.string(article.title);
    out.end_object();
  });
}

}  // namespace verity
