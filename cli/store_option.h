// The --store flag shared by source, index and related, and opening the
// evidence store it names (EvidenceStore::default_path() when not given).
#ifndef VERITY_CLI_STORE_OPTION_H_
#define VERITY_CLI_STORE_OPTION_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "verity/evidence.h"

namespace verity::cli {

void add_store_option(CLI::App& command, std::string& path);

// Opens the store, or prints why it cannot (with how to build the default
// one) and returns null. `create` makes a missing store, and its directory.
std::unique_ptr<EvidenceStore> open_store_or_report(const std::string& flag, bool create);

}  // namespace verity::cli

#endif  // VERITY_CLI_STORE_OPTION_H_
