// The --store flag shared by source, index, related and claims, and opening
// the evidence store it names (default_store_path() when not given).
#ifndef VERITY_CLI_STORE_OPTION_H_
#define VERITY_CLI_STORE_OPTION_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "verity/evidence/store.h"

namespace verity::cli {

void add_store_option(CLI::App& command, std::string& path);

// Opens the store, or prints why it cannot (with how to build the default
// one) and returns null. `create` makes a missing store, and its directory.
std::unique_ptr<EvidenceStore> open_store_or_report(const std::string& flag, bool create);

// Prints why a store could not be opened, with how to build one when it is
// missing.
void report_store_failure(const Status& status);

}  // namespace verity::cli

#endif  // VERITY_CLI_STORE_OPTION_H_
