// The flags that say how to check — --model, --store, --combiner — shared by
// check, batch, eval, fit-evidence and serve, and the Checker they build.
// The environment is read here, in the face, never in the library:
// $VERITY_MODEL, $VERITY_STORE (else $XDG_DATA_HOME/verity/verity.db, else
// ~/.local/share/verity/verity.db) and $VERITY_EVIDENCE_MODEL name the
// defaults.
#ifndef VERITY_CLI_CHECKER_FLAGS_H_
#define VERITY_CLI_CHECKER_FLAGS_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "verity/check.h"
#include "verity/model.h"

namespace verity::cli {

struct CheckerFlags {
  std::string model;
  std::string store;
  std::string combiner;
};

// When a command looks evidence up.
enum class EvidenceUse {
  kDefaultStore,  // --store, else the default store when it exists (check, serve)
  kWhenGiven,     // only with --store: lookups cost more than scoring (batch, eval)
  // --store or the default store must open, and no combiner is loaded: fit-evidence makes one,
  // so an outdated or missing file must not stop it.
  kRequiredUnweighed,
};

void add_model_option(CLI::App& command, std::string& path);
// --store (with `store_help`, or the default help) and --combiner.
void add_evidence_options(CLI::App& command, CheckerFlags& flags, std::string store_help = "");

std::string default_model_path();     // $VERITY_MODEL, else the shipped model
std::string default_store_path();     // $VERITY_STORE, else under the user's data directory
std::string default_combiner_path();  // $VERITY_EVIDENCE_MODEL, else beside the shipped model

// Loads the model --model names (the default without it), or prints why it
// cannot and returns null.
std::shared_ptr<const Model> load_model_or_report(const std::string& flag);

// The Checker the flags describe, on top of `options` (extraction and
// prediction settings); null after printing why when the model, the store or
// the combiner named cannot be loaded. Without a combiner file at the
// default place, evidence is shown but not weighed (a note says so).
std::shared_ptr<const Checker> make_checker_or_report(const CheckerFlags& flags, EvidenceUse use,
                                                      CheckerOptions options = {});

// Prints "verity: evidence: ..." when the evidence source failed for a result.
void report_evidence_failure(const CheckResult& result);

}  // namespace verity::cli

#endif  // VERITY_CLI_CHECKER_FLAGS_H_
