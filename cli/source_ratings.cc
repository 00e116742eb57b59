#include "source_ratings.h"

#include <filesystem>
#include <iostream>

#include "store_option.h"
#include "verity/evidence_json.h"
#include "verity/json.h"

namespace verity::cli {

std::unique_ptr<SourceRatings> SourceRatings::open(const std::string& store_flag, bool* failed) {
  *failed = false;
  if (store_flag.empty() && !std::filesystem::exists(EvidenceStore::default_path())) return nullptr;
  std::unique_ptr<EvidenceStore> store = open_store_or_report(store_flag, false);
  if (!store) {
    *failed = true;
    return nullptr;
  }
  return std::unique_ptr<SourceRatings>(new SourceRatings(std::move(store)));
}

void SourceRatings::add_to_json(const Article& article, std::string& record) {
  Result<ArticleSources> sources = store_->reputation().rate_article(article);
  if (!sources.ok()) {
    std::cerr << "verity: " << sources.status().to_string() << "\n";
    return;
  }
  add_json_field(record, "source", article_sources_to_json(sources.value()));
}

void SourceRatings::print(const Article& article, std::ostream& out) {
  Result<ArticleSources> sources = store_->reputation().rate_article(article);
  if (!sources.ok()) {
    std::cerr << "verity: " << sources.status().to_string() << "\n";
    return;
  }
  const ArticleSources& rated = sources.value();
  if (!rated.publisher.query.empty()) {
    out << "  publisher: " << rated.publisher.query << " — " << describe_reputation(rated.publisher)
        << "\n";
  }
  for (const SourceReputation& cited : rated.cited)
    out << "  cited source: " << cited.query << " — " << describe_reputation(cited) << "\n";
}

Result<std::string> SourceRatings::lookup_json(const std::string& domain) {
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
