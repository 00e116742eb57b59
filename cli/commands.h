// The verity command line: one small file per subcommand, each registering
// itself on the CLI11 app. The commands are thin faces over libverity.
#ifndef VERITY_CLI_COMMANDS_H_
#define VERITY_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace verity::cli {

// A subcommand's work, run after parsing; returns the process exit code.
using CommandAction = std::function<int()>;

// Each registers its subcommand on `app` and stores its action in `action`
// (called when that subcommand was chosen).
void add_extract_command(CLI::App& app, CommandAction& action);
void add_train_command(CLI::App& app, CommandAction& action);
void add_eval_command(CLI::App& app, CommandAction& action);
void add_fit_evidence_command(CLI::App& app, CommandAction& action);
void add_check_command(CLI::App& app, CommandAction& action);
void add_batch_command(CLI::App& app, CommandAction& action);
void add_source_command(CLI::App& app, CommandAction& action);
void add_index_command(CLI::App& app, CommandAction& action);
void add_related_command(CLI::App& app, CommandAction& action);
void add_claims_command(CLI::App& app, CommandAction& action);
void add_serve_command(CLI::App& app, CommandAction& action);  // when built with the server

}  // namespace verity::cli

#endif  // VERITY_CLI_COMMANDS_H_
