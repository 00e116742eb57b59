// The evidence store as a Checker's evidence source: every lookup a check
// makes, one SQLite connection per session.
#include "verity/evidence/claims.h"
#include "verity/evidence/copies.h"
#include "verity/evidence/store.h"

namespace verity {
namespace {

class StoreSession final : public EvidenceSession {
 public:
  explicit StoreSession(std::unique_ptr<EvidenceStore> store) : store_(std::move(store)) {}

  Result<ArticleEvidence> gather(const Article& article, const EvidenceOptions& options) override {
    ArticleEvidence evidence;
    Result<ArticleSources> sources = store_->reputation().rate_article(article);
    if (!sources.ok()) return sources.status();
    evidence.sources = std::move(sources).value();

    if (options.claim_sentences > 0) {
      ClaimDetectionOptions detection;
      detection.limit = options.claim_sentences;
      Result<std::vector<SentenceClaims>> claims =
          store_->fact_checks().match_article(article, detection);
      if (!claims.ok()) return claims.status();
      evidence.claims = std::move(claims).value();
    }

    if (options.related > 0) {
      RelatedOptions related;
      related.limit = options.related;
      Result<RelatedResult> found = find_related(store_->articles(), article, related);
      if (!found.ok()) return found.status();
      evidence.related = std::move(found).value();
      for (const RelatedArticle& r : evidence.related.articles) {
        Result<SourceReputation> reputation = store_->reputation().lookup(r.article.domain);
        if (!reputation.ok()) return reputation.status();
        evidence.related_reputations.push_back(std::move(reputation).value());
      }
    }

    Result<std::optional<CopyMatch>> copy = find_copy_of(store_->articles(), article);
    if (!copy.ok()) return copy.status();
    evidence.copy_of = std::move(copy).value();
    if (evidence.copy_of && !evidence.copy_of->article.domain.empty()) {
      Result<SourceReputation> reputation =
          store_->reputation().lookup(evidence.copy_of->article.domain);
      if (!reputation.ok()) return reputation.status();
      evidence.copy_of_reputation = std::move(reputation).value();
    }
    for (const std::string& name : article.authors) {
      Result<AuthorStanding> author = store_->authors().standing(name, store_->reputation());
      if (!author.ok()) return author.status();
      evidence.authors.push_back(std::move(author).value());
    }
    return evidence;
  }

  Result<SourceReputation> rate_source(std::string_view domain) override {
    return store_->reputation().lookup(domain);
  }

 private:
  std::unique_ptr<EvidenceStore> store_;
};

class StoreSource final : public EvidenceSource {
 public:
  explicit StoreSource(std::string path) : path_(std::move(path)) {}

  Result<std::unique_ptr<EvidenceSession>> open_session() const override {
    StoreOptions options;
    options.create_if_missing = false;
    Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(path_, options);
    if (!store.ok()) return store.status();
    return std::unique_ptr<EvidenceSession>(
        std::make_unique<StoreSession>(std::move(store).value()));
  }

  const std::string& name() const override { return path_; }

 private:
  std::string path_;
};

}  // namespace

Result<std::shared_ptr<const EvidenceSource>> open_evidence_source(const std::string& path) {
  auto source = std::make_shared<const StoreSource>(path);
  // Open once now, so a missing or foreign file is reported before any check.
  Result<std::unique_ptr<EvidenceSession>> first = source->open_session();
  if (!first.ok()) return first.status();
  return std::shared_ptr<const EvidenceSource>(std::move(source));
}

}  // namespace verity
