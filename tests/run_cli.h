// Runs the built `verity` binary the way a user would, capturing its output.
#ifndef VERITY_TESTS_RUN_CLI_H_
#define VERITY_TESTS_RUN_CLI_H_

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "temp_file.h"
#include "test_paths.h"

namespace verity::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// `arguments` is passed to the shell after the binary's path, so it may use
// quoting and redirection ("extract --json - < file"). The user's own evidence
// store is kept out of the way: a test that wants one names it with --store.
inline CliResult run_cli(const std::string& arguments) {
  const std::filesystem::path err_path =
      std::filesystem::temp_directory_path() / ("verity-cli-stderr-" + std::to_string(::getpid()));
  const std::string command = std::string("VERITY_STORE=/nonexistent/verity-test.db '") +
                              VERITY_CLI_PATH + "' " + arguments + " 2>'" + err_path.string() + "'";
  CliResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[65536];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, got);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_path.string());
  std::filesystem::remove(err_path);
  return result;
}

}  // namespace verity::testing

#endif  // VERITY_TESTS_RUN_CLI_H_
