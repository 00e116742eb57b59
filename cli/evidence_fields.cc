#include "evidence_fields.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "store_option.h"
#include "verity/evidence_json.h"
#include "verity/json.h"

namespace verity::cli {
namespace {

// The combiner named by --combiner (must load), else the default file when it
// exists. Null with *failed false: no combiner, evidence shown unweighed.
std::shared_ptr<const EvidenceCombiner> load_combiner(const std::string& flag, bool* failed) {
  *failed = false;
  const std::string path = flag.empty() ? EvidenceCombiner::default_path() : flag;
  if (flag.empty() && !std::filesystem::exists(path)) {
    std::cerr << "verity: no evidence combiner at " << path
              << ": evidence is shown but does not move the verdict "
                 "(scripts/train-evidence-combiner.sh makes one)\n";
    return nullptr;
  }
  Result<EvidenceCombiner> combiner = EvidenceCombiner::load(path);
  if (!combiner.ok()) {
    std::cerr << "verity: " << combiner.status().to_string() << "\n";
    *failed = true;
    return nullptr;
  }
  return std::make_shared<const EvidenceCombiner>(std::move(combiner).value());
}

std::string percent(double p) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", 100 * p);
  return text;
}

}  // namespace

std::unique_ptr<EvidenceFields> EvidenceFields::open(const EvidenceFlags& flags, bool* failed) {
  *failed = false;
  if (flags.store.empty() && !std::filesystem::exists(EvidenceStore::default_path()))
    return nullptr;
  std::unique_ptr<EvidenceStore> store = open_store_or_report(flags.store, false);
  if (!store) {
    *failed = true;
    return nullptr;
  }
  std::shared_ptr<const EvidenceCombiner> combiner = load_combiner(flags.combiner, failed);
  if (*failed) return nullptr;
  return std::unique_ptr<EvidenceFields>(new EvidenceFields(std::move(store), std::move(combiner)));
}

std::unique_ptr<EvidenceFields> EvidenceFields::another() const {
  StoreOptions options;
  options.create_if_missing = false;
  Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(store_->path(), options);
  if (!store.ok()) {
    std::cerr << "verity: " << store.status().to_string() << "\n";
    return nullptr;
  }
  return std::unique_ptr<EvidenceFields>(new EvidenceFields(std::move(store).value(), combiner_));
}

std::vector<std::unique_ptr<EvidenceFields>> EvidenceFields::for_threads(
    std::unique_ptr<EvidenceFields> first, unsigned count) {
  std::vector<std::unique_ptr<EvidenceFields>> all;
  all.push_back(std::move(first));
  for (unsigned i = 1; i < count; ++i) {
    all.push_back(all.front()->another());
    if (!all.back()) return {};
  }
  return all;
}

std::optional<ArticleEvidence> EvidenceFields::weigh(CheckResult& result, const Model& model) {
  Result<ArticleEvidence> evidence = weigh_evidence(*store_, combiner_.get(), model, result);
  if (!evidence.ok()) {
    std::cerr << "verity: evidence: " << evidence.status().to_string() << "\n";
    return std::nullopt;
  }
  return std::move(evidence).value();
}

std::string EvidenceFields::record_json(CheckResult& result, const Model& model,
                                        bool include_body) {
  Status failure;
  std::string record = check_with_evidence_to_json(*store_, combiner_.get(), model, result,
                                                   include_body, &failure);
  if (!failure.ok()) std::cerr << "verity: evidence: " << failure.to_string() << "\n";
  return record;
}

void EvidenceFields::print(const CheckResult& result, const ArticleEvidence& evidence,
                           std::ostream& out) {
  if (result.evidence) {
    const EvidenceVerdict& verdict = *result.evidence;
    if (verdict.contributions.empty()) {
      out << "  evidence: none that moves the verdict (content model alone: "
          << percent(verdict.content_probability) << ")\n";
    } else if (!verdict.weighed) {
      out << "  evidence (not weighed: no combiner file):\n";
    } else {
      out << "  evidence moved it: content model " << percent(verdict.content_probability)
          << " -> " << percent(verdict.fake_probability) << " with the evidence\n";
    }
    for (const EvidenceContribution& item : verdict.contributions) {
      char moved[64];
      std::snprintf(moved, sizeof moved, "%+.2f logit, %+.0f points", item.logit,
                    100 * item.points);
      out << "    " << (verdict.weighed ? std::string(moved) + "  " : "") << item.reason << "\n";
    }
  }
  const ArticleSources& rated = evidence.sources;
  if (!rated.publisher.query.empty()) {
    out << "  publisher: " << rated.publisher.query << " — "
        << describe_reputation(rated.publisher) << "\n";
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
        << evidence.related_reputations[i].standing << "), score " << score << ", shares "
        << static_cast<int>(std::lround(related.coverage * 100)) << "% of the query\n";
  }
  if (evidence.copy_of) {
    const CopyMatch& match = *evidence.copy_of;
    out << "  copy of: " << match.article.title << " (" << match.article.domain << "), "
        << percent(match.overlap) << " of the text shared\n";
  }
}

Result<std::string> EvidenceFields::lookup_json(const std::string& domain) {
  Result<SourceReputation> reputation = store_->reputation().lookup(domain);
  if (!reputation.ok()) return reputation.status();
  return reputation_to_json(reputation.value());
}

void add_evidence_options(CLI::App& command, EvidenceFlags& flags, std::string store_help) {
  if (store_help.empty()) {
    store_help =
        "Evidence store: source ratings, fact-checks, related articles and copies, weighed into "
        "the verdict (default: $VERITY_STORE, else ~/.local/share/verity/verity.db, when it "
        "exists)";
  }
  command.add_option("--store", flags.store, store_help);
  command.add_option("--combiner", flags.combiner,
                     "Evidence combiner weights (default: $VERITY_EVIDENCE_MODEL, else "
                     "models/verity-evidence.json beside the default model)");
}

}  // namespace verity::cli
