// verity: tells fabricated and misleading news from reliable reporting.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"verity: clean, judge and explain news articles"};
  app.set_version_flag("--version", "verity " VERITY_VERSION);
  app.require_subcommand(1);

  verity::cli::CommandAction action;
  verity::cli::add_extract_command(app, action);
  verity::cli::add_train_command(app, action);
  verity::cli::add_check_command(app, action);
  verity::cli::add_batch_command(app, action);
  verity::cli::add_eval_command(app, action);
  verity::cli::add_fit_evidence_command(app, action);
  verity::cli::add_source_command(app, action);
  verity::cli::add_index_command(app, action);
  verity::cli::add_related_command(app, action);
  verity::cli::add_claims_command(app, action);
#ifdef VERITY_WITH_SERVER
  verity::cli::add_serve_command(app, action);
#endif

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }
  try {
    return action ? action() : 2;
  } catch (const std::exception& error) {
    // Library calls report errors as Status; this only catches the unexpected
    // (e.g. out of memory) so the user gets a message instead of an abort.
    std::cerr << "verity: internal error: " << error.what() << "\n";
    return 70;
  }
}
