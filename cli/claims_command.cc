// verity claims FILE...: each article's check-worthy sentences with the rated
// claims they match; verity claims import FILE...: load fact checks (LIAR TSV,
// ClaimReview-like JSONL) into the evidence store.
#include <cstdio>
#include <iostream>

#include "article_inputs.h"
#include "commands.h"
#include "input_options.h"
#include "joined.h"
#include "store_option.h"
#include "verity/json.h"

namespace verity::cli {
namespace {

struct ClaimsFlags {
  std::vector<std::string> inputs;
  std::string store;
  InputFlags input;
  std::size_t top = 10;
  std::size_t matches = 3;
  double min_match = ClaimMatchOptions{}.min_score;
  bool offline = false;
  bool json = false;
};

struct ClaimImportFlags {
  std::vector<std::string> files;
  std::string store;
  std::string format = "auto";
  std::size_t show_bad = 10;
};

std::string number(double value, const char* format = "%.2f") {
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

void print_claims(const Article& article, const std::vector<SentenceClaims>& claims, bool offline,
                  std::ostream& out) {
  out << (article.title.empty() ? article.id : article.title) << "\n";
  if (claims.empty()) out << "  no check-worthy sentences\n";
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const CheckWorthySentence& s = claims[i].sentence;
    out << "  " << i + 1 << ". [" << number(s.score) << "] " << s.text << "\n     cues: ";
    for (std::size_t c = 0; c < s.cues.size(); ++c) {
      const ClaimCue& cue = s.cues[c];
      out << (c ? "; " : "") << cue.cue << (cue.text.empty() ? "" : " ") << cue.text << " ("
          << number(cue.weight, "%+.2f") << ")";
    }
    out << "\n";
    if (!offline && claims[i].matches.empty()) out << "     no rated claim matches\n";
    for (const ClaimMatch& m : claims[i].matches) {
      const RatedClaim& c = m.claim;
      out << "     -> " << c.verdict << " (" << c.rating << ", " << c.reviewer << ") "
          << number(m.score) << ": " << c.claim << "\n        "
          << (c.speaker.empty() ? "" : c.speaker + "; ") << "shares " << joined(m.shared_terms);
      if (!m.shared_entities.empty()) out << "; names " << joined(m.shared_entities);
      if (!m.shared_numbers.empty()) out << "; numbers " << joined(m.shared_numbers);
      out << "; " << c.file << ":" << c.line << "\n";
    }
  }
}

int run_claims(const ClaimsFlags& flags) {
  const std::optional<ReaderOptions> reader_flags = reader_options_or_report(flags.input);
  if (!reader_flags) return 2;
  std::unique_ptr<EvidenceStore> store;
  if (!flags.offline) {
    store = open_store_or_report(flags.store, false);
    if (!store) return 1;
  }
  ClaimDetectionOptions detection;
  detection.limit = flags.top;
  ClaimMatchOptions matching;
  matching.limit = flags.matches;
  matching.min_score = flags.min_match;
  bool first = true;
  return for_each_article(flags.inputs, *reader_flags,
                          [&](const DocumentRecord&, const Article& article) {
                            std::vector<SentenceClaims> claims;
                            if (store) {
                              Result<std::vector<SentenceClaims>> matched =
                                  store->fact_checks().match_article(article, detection, matching);
                              if (!matched.ok()) return matched.status();
                              claims = std::move(matched).value();
                            } else {
                              for (CheckWorthySentence& s : find_check_worthy(article, detection))
                                claims.push_back({std::move(s), {}});
                            }
                            if (flags.json) {
                              std::cout << article_claims_to_json(article, claims) << "\n";
                            } else {
                              if (!first) std::cout << "\n";
                              print_claims(article, claims, !store, std::cout);
                            }
                            first = false;
                            return Status();
                          });
}

int run_claim_import(const ClaimImportFlags& flags) {
  ClaimImportOptions options;
  if (flags.format == "liar") {
    options.format = ClaimFormat::kLiar;
  } else if (flags.format == "claimreview" || flags.format == "jsonl") {
    options.format = ClaimFormat::kClaimReview;
  } else if (flags.format != "auto") {
    std::cerr << "verity: --format " << flags.format << ": expected auto, liar or claimreview\n";
    return 2;
  }
  std::unique_ptr<EvidenceStore> store = open_store_or_report(flags.store, true);
  if (!store) return 1;
  int exit_code = 0;
  for (const std::string& file : flags.files) {
    Result<ClaimImportReport> report = store->fact_checks().import_file(file, options);
    if (!report.ok()) {
      std::cerr << "verity: " << report.status().to_string() << "\n";
      exit_code = 1;
      continue;
    }
    const ClaimImportReport& r = report.value();
    for (std::size_t i = 0; i < r.bad_rows.size() && i < flags.show_bad; ++i)
      std::cerr << "verity: skipped " << r.bad_rows[i].message() << "\n";
    if (r.bad > flags.show_bad)
      std::cerr << "verity: ... and " << r.bad - flags.show_bad << " more\n";
    std::cerr << "verity: " << file << ": " << r.imported << " new rated claims (" << r.format
              << "), " << r.already_stored << " already stored, " << r.bad
              << " bad rows skipped; store " << store->path() << "\n";
  }
  const Result<std::size_t> size = store->fact_checks().size();
  if (size.ok()) std::cerr << "verity: the store holds " << size.value() << " rated claims\n";
  return exit_code;
}

}  // namespace

void add_claims_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<ClaimsFlags>();
  CLI::App* command = app.add_subcommand(
      "claims", "Each article's check-worthy sentences, with the fact-checked claims they match");
  command->add_option("inputs", flags->inputs, "Articles (any input kind; - for standard input)");
  add_store_option(*command, flags->store);
  add_input_flags(*command, flags->input);
  command->add_option("--top", flags->top, "Check-worthy sentences to show")->capture_default_str();
  command->add_option("--matches", flags->matches, "Rated claims to show per sentence")
      ->capture_default_str();
  command->add_option("--min-match", flags->min_match, "Lowest match score shown")
      ->capture_default_str();
  command->add_flag("--offline", flags->offline, "Only find the sentences; no store needed");
  command->add_flag("--json", flags->json, "One JSON object per article: {id, title, claims}");
  command->footer(
      "Sentence cues: names, numbers, percentages, money, comparisons and reported speech count "
      "for; questions, hedges, opinion words and very short or long sentences count against. "
      "Matches: IDF-weighted term cosine plus shared numbers and names (docs/evidence.md).");

  auto import = std::make_shared<ClaimImportFlags>();
  CLI::App* import_command = command->add_subcommand(
      "import",
      "Load fact checks: LIAR TSV, or JSONL with claim, rating, reviewer, url, date, "
      "speaker");
  import_command->add_option("files", import->files, "Fact-check files")->required();
  add_store_option(*import_command, import->store);
  import_command->add_option("--format", import->format, "auto, liar or claimreview")
      ->capture_default_str();
  import_command->add_option("--show-bad", import->show_bad, "Bad rows to print per file")
      ->capture_default_str();
  // CLI11 runs a parent's callback after its subcommand's: decide here.
  command->callback([flags, import, import_command, &action] {
    if (import_command->parsed()) {
      action = [import] { return run_claim_import(*import); };
    } else if (flags->inputs.empty()) {
      action = [] {
        std::cerr << "verity: claims: give articles to read, or `claims import FILE...`\n";
        return 2;
      };
    } else {
      action = [flags] { return run_claims(*flags); };
    }
  });
}

}  // namespace verity::cli
