// Shared by every fuzz target: a failed invariant aborts with a message (so
// libFuzzer records the input and the replay test fails), plus the checks
// several targets make — valid UTF-8, valid JSON — and a scratch file for the
// doors that only take a path.
#ifndef VERITY_FUZZ_FUZZ_SUPPORT_H_
#define VERITY_FUZZ_FUZZ_SUPPORT_H_

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "text/text.h"

namespace verity::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* condition,
                              const std::string& detail) {
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, condition,
               detail.c_str());
  std::abort();
}

// Abort unless `condition` holds; `detail` (a std::string expression) is
// evaluated only on failure.
#define FUZZ_REQUIRE(condition, detail)                                             \
  do {                                                                              \
    if (!(condition)) ::verity::fuzz::fail(__FILE__, __LINE__, #condition, detail); \
  } while (false)

// Well-formed UTF-8 (NUL bytes allowed: they are valid UTF-8, though
// repair_utf8 drops them).
inline bool valid_utf8(std::string_view text) {
  std::string repaired;
  std::size_t nuls = 0;
  for (char c : text) nuls += c == '\0';
  return repair_utf8(text, repaired) == nuls;
}

// The input split at its first occurrences of `separator`: the next field,
// and the rest. A field runs to the end when no separator is left.
inline std::string_view take_field(std::string_view& rest, char separator = '\n') {
  const std::size_t at = rest.find(separator);
  std::string_view field = rest.substr(0, at);
  rest = at == std::string_view::npos ? std::string_view() : rest.substr(at + 1);
  return field;
}

// One scratch file per process (libFuzzer's -fork and -jobs run several).
inline std::string scratch_path(const char* suffix) {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/verity-fuzz-" +
         std::to_string(::getpid()) + suffix;
}

inline void write_file(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  FUZZ_REQUIRE(out.good(), "cannot write the scratch file " + path);
}

}  // namespace verity::fuzz

#endif  // VERITY_FUZZ_FUZZ_SUPPORT_H_
