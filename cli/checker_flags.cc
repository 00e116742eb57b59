#include "checker_flags.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "store_option.h"
#include "verity/evidence/store.h"

namespace verity::cli {
namespace {

std::string from_environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

// The combiner --combiner names (must load), else the default file when it
// exists. Null with *failed false: no combiner, evidence shown unweighed.
std::shared_ptr<const EvidenceCombiner> load_combiner(const std::string& flag, bool* failed) {
  *failed = false;
  const std::string path = flag.empty() ? default_combiner_path() : flag;
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

}  // namespace

std::string default_model_path() {
  const std::string from_env = from_environment("VERITY_MODEL");
  return from_env.empty() ? Model::default_path() : from_env;
}

std::string default_store_path() {
  if (std::string store = from_environment("VERITY_STORE"); !store.empty()) return store;
  if (std::string data = from_environment("XDG_DATA_HOME"); !data.empty())
    return data + "/verity/verity.db";
  const std::string home = from_environment("HOME");
  return (home.empty() ? std::string(".") : home) + "/.local/share/verity/verity.db";
}

std::string default_combiner_path() {
  if (std::string from_env = from_environment("VERITY_EVIDENCE_MODEL"); !from_env.empty())
    return from_env;
  return (std::filesystem::path(Model::default_path()).parent_path() / "verity-evidence.json")
      .string();
}

void add_model_option(CLI::App& command, std::string& path) {
  command.add_option("--model", path,
                     "Model file (default: the model shipped in models/, or $VERITY_MODEL)");
}

void add_evidence_options(CLI::App& command, CheckerFlags& flags, std::string store_help) {
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

std::shared_ptr<const Model> load_model_or_report(const std::string& flag) {
  const std::string path = flag.empty() ? default_model_path() : flag;
  Result<std::shared_ptr<const Model>> model = Model::load(path);
  if (!model.ok()) {
    std::cerr << "verity: " << model.status().to_string() << "\n";
    if (flag.empty())
      std::cerr << "verity: (the default model; retrain it with `make model`, or pass --model)\n";
    return nullptr;
  }
  return model.value();
}

std::shared_ptr<const Checker> make_checker_or_report(const CheckerFlags& flags, EvidenceUse use,
                                                      CheckerOptions options) {
  options.model = load_model_or_report(flags.model);
  if (options.model == nullptr) return nullptr;
  const bool wanted =
      !flags.store.empty() || use == EvidenceUse::kRequiredUnweighed ||
      (use == EvidenceUse::kDefaultStore && std::filesystem::exists(default_store_path()));
  if (wanted) {
    const std::string path = flags.store.empty() ? default_store_path() : flags.store;
    Result<std::shared_ptr<const EvidenceSource>> source = open_evidence_source(path);
    if (!source.ok()) {
      report_store_failure(source.status());
      return nullptr;
    }
    options.evidence = std::move(source).value();
    if (use != EvidenceUse::kRequiredUnweighed) {
      bool failed = false;
      options.combiner = load_combiner(flags.combiner, &failed);
      if (failed) return nullptr;
    }
  }
  Result<std::shared_ptr<const Checker>> checker = Checker::make(std::move(options));
  if (!checker.ok()) {
    std::cerr << "verity: " << checker.status().to_string() << "\n";
    return nullptr;
  }
  return std::move(checker).value();
}

void report_evidence_failure(const CheckResult& result) {
  if (!result.evidence_status.ok())
    std::cerr << "verity: evidence: " << result.evidence_status.to_string() << "\n";
}

}  // namespace verity::cli
