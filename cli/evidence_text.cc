#include "evidence_text.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace verity::cli {
namespace {

std::string percent(double p) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", 100 * p);
  return text;
}

void print_verdict_change(const EvidenceVerdict& verdict, std::ostream& out) {
  if (verdict.contributions.empty()) {
    out << "  evidence: none that moves the verdict (content model alone: "
        << percent(verdict.content_probability) << ")\n";
  } else if (!verdict.weighed) {
    out << "  evidence (not weighed: no combiner file):\n";
  } else {
    out << "  evidence moved it: content model " << percent(verdict.content_probability) << " -> "
        << percent(verdict.fake_probability) << " with the evidence\n";
  }
  for (const EvidenceContribution& item : verdict.contributions) {
    char moved[64];
    std::snprintf(moved, sizeof moved, "%+.2f logit, %+.0f points", item.logit, 100 * item.points);
    out << "    " << (verdict.weighed ? std::string(moved) + "  " : "") << item.reason << "\n";
  }
}

}  // namespace

void print_evidence(const CheckResult& result, std::ostream& out) {
  if (!result.evidence || !result.evidence_verdict) return;
  print_verdict_change(*result.evidence_verdict, out);
  const ArticleEvidence& evidence = *result.evidence;
  const ArticleSources& rated = evidence.sources;
  if (!rated.publisher.query.empty()) {
    out << "  publisher: " << rated.publisher.query << " — " << describe_reputation(rated.publisher)
        << "\n";
  }
  for (const SourceReputation& cited : rated.cited)
    out << "  cited source: " << cited.query << " — " << describe_reputation(cited) << "\n";
  for (const SentenceClaims& sentence : evidence.claims) {
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
  for (std::size_t i = 0; i < evidence.related.articles.size(); ++i) {
    const RelatedArticle& related = evidence.related.articles[i];
    char score[32];
    std::snprintf(score, sizeof score, "%.1f", related.score);
    const StoredArticle& a = related.article;
    out << "  related: " << (a.title.empty() ? a.id : a.title) << " ("
        << (a.domain.empty() ? "no domain" : a.domain) << ", "
        << standing_name(evidence.related_reputations[i].standing) << "), score " << score
        << ", shares " << static_cast<int>(std::lround(related.coverage * 100))
        << "% of the query\n";
  }
  if (evidence.copy_of) {
    const CopyMatch& match = *evidence.copy_of;
    out << "  copy of: " << match.article.title << " (" << match.article.domain << "), "
        << percent(match.overlap) << " of the text shared\n";
  }
}

}  // namespace verity::cli
