// verity source DOMAIN...: what the rating lists say about outlets.
// verity source import FILE...: load rating lists into the store.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "store_option.h"
#include "verity/json.h"

namespace verity::cli {
namespace {

struct SourceFlags {
  std::vector<std::string> domains;
  std::string store;
  bool json = false;
  bool lists = false;
};

struct ImportFlags {
  std::vector<std::string> files;
  std::string store;
  std::string format = "auto";
  std::string list;
  std::size_t show_bad = 20;
};

std::string two_decimals(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

void print_reputation(const SourceReputation& reputation, std::ostream& out) {
  const std::string shown = reputation.unicode.empty() ? reputation.query : reputation.unicode;
  out << shown << ": " << describe_reputation(reputation) << "\n";
  for (const SourceRating& rating : reputation.ratings) {
    out << "  " << rating.list << " (" << rating.file << ":" << rating.line << ")";
    if (rating.score) out << " score " << two_decimals(*rating.score);
    std::string components;
    for (const auto& [name, value] : rating.components)
      components += (components.empty() ? "" : ", ") + name + " " + two_decimals(value);
    if (!components.empty()) out << " [" << components << "]";
    if (!rating.notes.empty()) out << " - " << rating.notes;
    out << "\n";
  }
}

int run_source(const SourceFlags& flags) {
  std::unique_ptr<EvidenceStore> store = open_store_or_report(flags.store, false);
  if (!store) return 1;
  if (flags.lists || flags.domains.empty()) {
    Result<std::vector<RatingList>> lists = store->reputation().lists();
    if (!lists.ok()) {
      std::cerr << "verity: " << lists.status().to_string() << "\n";
      return 1;
    }
    std::cout << "store " << store->path() << "\n";
    for (const RatingList& list : lists.value())
      std::cout << "  " << list.list << ": " << list.ratings << " domains from " << list.files
                << "\n";
    if (lists.value().empty()) std::cout << "  no rating lists (verity source import FILE)\n";
    return 0;
  }
  for (const std::string& domain : flags.domains) {
    Result<SourceReputation> reputation = store->reputation().lookup(domain);
    if (!reputation.ok()) {
      std::cerr << "verity: " << reputation.status().to_string() << "\n";
      return 1;
    }
    if (flags.json) {
      std::cout << reputation_to_json(reputation.value()) << "\n";
    } else {
      print_reputation(reputation.value(), std::cout);
    }
  }
  return 0;
}

std::optional<RatingFormat> parse_rating_format(const std::string& name) {
  if (name == "auto") return RatingFormat::kAuto;
  if (name == "domain-ratings") return RatingFormat::kDomainRatings;
  if (name == "opensources") return RatingFormat::kOpenSources;
  if (name == "csv") return RatingFormat::kUserCsv;
  if (name == "jsonl") return RatingFormat::kUserJsonl;
  return std::nullopt;
}

int run_import(const ImportFlags& flags) {
  const std::optional<RatingFormat> format = parse_rating_format(flags.format);
  if (!format) {
    std::cerr << "verity: --format " << flags.format
              << ": expected auto, domain-ratings, opensources, csv or jsonl\n";
    return 2;
  }
  std::unique_ptr<EvidenceStore> store = open_store_or_report(flags.store, true);
  if (!store) return 1;
  int exit_code = 0;
  for (const std::string& file : flags.files) {
    ImportOptions options;
    options.format = *format;
    options.list = flags.list;
    Result<ImportReport> report = store->reputation().import_file(file, options);
    if (!report.ok()) {
      std::cerr << "verity: " << report.status().to_string() << "\n";
      exit_code = 1;
      continue;
    }
    const ImportReport& r = report.value();
    for (std::size_t i = 0; i < r.bad_rows.size() && i < flags.show_bad; ++i)
      std::cerr << "verity: skipped " << r.bad_rows[i].message() << "\n";
    if (r.bad > flags.show_bad)
      std::cerr << "verity: ... and " << r.bad - flags.show_bad << " more\n";
    std::cerr << "verity: " << file << ": " << r.imported << " ratings into list '" << r.list
              << "' (" << r.format << "), " << r.bad << " bad rows skipped";
    if (r.repeated > 0)
      std::cerr << ", " << r.repeated << " rows repeat a domain (the later row wins)";
    std::cerr << "; store " << store->path() << "\n";
    if (r.imported == 0) exit_code = 1;
  }
  return exit_code;
}

}  // namespace

void add_source_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<SourceFlags>();
  CLI::App* command = app.add_subcommand(
      "source", "What rating lists say about outlets: quality scores and labels, with provenance");
  command->add_option("domains", flags->domains, "Domains, hosts or URLs to look up");
  add_store_option(*command, flags->store);
  command->add_flag("--json", flags->json, "One JSON object per domain");
  command->add_flag("--lists", flags->lists, "List the rating lists in the store");
  command->footer(
      "Standing: low (score < 0.4 or labelled fake, conspiracy, junksci, hate, unreliable or "
      "rumor), satire, high (score >= 0.75, nothing against), mixed, or unknown when no list "
      "names the domain. Lookups fall back from the host to its registrable domain.");

  auto import = std::make_shared<ImportFlags>();
  CLI::App* import_command = command->add_subcommand(
      "import", "Load rating lists (domain ratings CSV, OpenSources CSV, or your own CSV/JSONL)");
  import_command->add_option("files", import->files, "Rating list files")->required();
  add_store_option(*import_command, import->store);
  import_command
      ->add_option("--format", import->format,
                   "auto, domain-ratings, opensources, csv (domain, score, labels, notes, "
                   "provenance) or jsonl (the same fields)")
      ->capture_default_str();
  import_command->add_option("--list", import->list,
                             "Name of the list, kept as each rating's provenance");
  import_command->add_option("--show-bad", import->show_bad, "Bad rows to print per file")
      ->capture_default_str();
  // CLI11 runs a parent's callback after its subcommand's: decide here.
  command->callback([flags, import, import_command, &action] {
    if (import_command->parsed()) {
      action = [import] { return run_import(*import); };
    } else {
      action = [flags] { return run_source(*flags); };
    }
  });
}

}  // namespace verity::cli
