// Flags shared by every subcommand that reads articles: --format, --columns,
// --max-bytes. Turned into ReaderOptions after parsing.
#ifndef VERITY_CLI_INPUT_OPTIONS_H_
#define VERITY_CLI_INPUT_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "verity/reader.h"
#include "verity/status.h"

namespace verity::cli {

struct InputFlags {
  std::string format = "auto";
  std::string columns;  // "text=body,title=headline"
  std::size_t max_bytes = std::size_t{32} << 20;
};

void add_input_flags(CLI::App& command, InputFlags& flags);

// Fails with kInvalidArgument naming the bad flag value.
Result<ReaderOptions> reader_options(const InputFlags& flags);

// reader_options, printing the error (the caller then exits with 2).
std::optional<ReaderOptions> reader_options_or_report(const InputFlags& flags);

}  // namespace verity::cli

#endif  // VERITY_CLI_INPUT_OPTIONS_H_
