// Looking an article up in the evidence store: every lookup `check` makes.
#include "verity/evidence_verdict.h"

namespace verity {

Result<ArticleEvidence> gather_evidence(EvidenceStore& store, const Article& article,
                                        const EvidenceOptions& options) {
  ArticleEvidence evidence;
  Result<ArticleSources> sources = store.reputation().rate_article(article);
  if (!sources.ok()) return sources.status();
  evidence.sources = std::move(sources).value();

  ClaimDetectionOptions detection;
  detection.limit = options.claim_sentences;
  if (options.claim_sentences > 0) {
    Result<std::vector<SentenceClaims>> claims =
        store.fact_checks().match_article(article, detection);
    if (!claims.ok()) return claims.status();
    evidence.claims = std::move(claims).value();
  }

  if (options.related > 0) {
    RelatedOptions related;
    related.limit = options.related;
    Result<RelatedResult> found = find_related(store.articles(), article, related);
    if (!found.ok()) return found.status();
    evidence.related = std::move(found).value();
    for (const RelatedArticle& r : evidence.related.articles) {
      Result<SourceReputation> reputation = store.reputation().lookup(r.article.domain);
      if (!reputation.ok()) return reputation.status();
      evidence.related_reputations.push_back(std::move(reputation).value());
    }
  }

  Result<std::optional<CopyMatch>> copy = find_copy_of(store.articles(), article);
  if (!copy.ok()) return copy.status();
  evidence.copy_of = std::move(copy).value();
  if (evidence.copy_of && !evidence.copy_of->article.domain.empty()) {
    Result<SourceReputation> reputation =
        store.reputation().lookup(evidence.copy_of->article.domain);
    if (!reputation.ok()) return reputation.status();
    evidence.copy_of_reputation = std::move(reputation).value();
  }
  return evidence;
}

}  // namespace verity
