#include "evidence_fields.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "store_option.h"
#include "verity/evidence_json.h"
#include "verity/json.h"

namespace verity::cli {

std::unique_ptr<EvidenceFields> EvidenceFields::open(const std::string& store_flag, bool* failed) {
  *failed = false;
  if (store_flag.empty() && !std::filesystem::exists(EvidenceStore::default_path())) return nullptr;
  std::unique_ptr<EvidenceStore> store = open_store_or_report(store_flag, false);
  if (!store) {
    *failed = true;
    return nullptr;
  }
  return std::unique_ptr<EvidenceFields>(new EvidenceFields(std::move(store)));
}

namespace {

// Failures of one lookup are reported and leave the field out; the verdict
// and the other evidence still come.
template <typename T>
bool report_failure(const Result<T>& result) {
  if (result.ok()) return false;
  std::cerr << "verity: evidence: " << result.status().to_string() << "\n";
  return true;
}

constexpr std::size_t kClaimSentences = 5;  // check-worthy sentences shown

}  // namespace

void EvidenceFields::add_to_json(const Article& article, std::string& record) {
  Result<ArticleSources> sources = store_->reputation().rate_article(article);
  if (!report_failure(sources))
    add_json_field(record, "source", article_sources_to_json(sources.value()));
  Result<std::vector<SentenceClaims>> claims = match_claims(article);
  if (!report_failure(claims)) add_json_field(record, "claims", claims_to_json(claims.value()));
  Result<std::optional<CopyMatch>> copy = find_copy_of(store_->articles(), article);
  if (!report_failure(copy)) add_json_field(record, "copy_of", copy_of_to_json(copy.value()));
}

Result<std::vector<SentenceClaims>> EvidenceFields::match_claims(const Article& article) {
  ClaimDetectionOptions detection;
  detection.limit = kClaimSentences;
  return store_->fact_checks().match_article(article, detection);
}

void EvidenceFields::print(const Article& article, std::ostream& out) {
  Result<ArticleSources> sources = store_->reputation().rate_article(article);
  if (!report_failure(sources)) {
    const ArticleSources& rated = sources.value();
    if (!rated.publisher.query.empty()) {
      out << "  publisher: " << rated.publisher.query << " — "
          << describe_reputation(rated.publisher) << "\n";
    }
    for (const SourceReputation& cited : rated.cited)
      out << "  cited source: " << cited.query << " — " << describe_reputation(cited) << "\n";
  }
  Result<std::vector<SentenceClaims>> claims = match_claims(article);
  if (!report_failure(claims)) {
    for (const SentenceClaims& sentence : claims.value()) {
      if (sentence.matches.empty()) continue;
      const ClaimMatch& best = sentence.matches.front();
      std::string text = sentence.sentence.text;
      if (text.size() > 120) text = text.substr(0, 117) + "...";
      char score[32];
      std::snprintf(score, sizeof score, "%.2f", best.score);
      out << "  fact-check: \"" << text << "\"\n    matches \"" << best.claim.claim << "\" — rated "
          << best.claim.rating << (best.claim.speaker.empty() ? "" : " (" + best.claim.speaker + ")")
          << ", similarity " << score << "\n";
    }
  }
  Result<std::optional<CopyMatch>> copy = find_copy_of(store_->articles(), article);
  if (!report_failure(copy) && copy.value()) {
    const CopyMatch& match = *copy.value();
    char overlap[32];
    std::snprintf(overlap, sizeof overlap, "%.0f%%", 100 * match.overlap);
    out << "  copy of: " << match.article.title << " (" << match.article.domain << "), "
        << overlap << " of the text shared\n";
  }
}

Result<std::string> EvidenceFields::lookup_json(const std::string& domain) {
  Result<SourceReputation> reputation = store_->reputation().lookup(domain);
  if (!reputation.ok()) return reputation.status();
  return reputation_to_json(reputation.value());
}

void add_source_store_option(CLI::App& command, std::string& path) {
  command.add_option("--store", path,
                     "Evidence store for source ratings (default: $VERITY_STORE, else "
                     "~/.local/share/verity/verity.db, when it exists)");
}

}  // namespace verity::cli
