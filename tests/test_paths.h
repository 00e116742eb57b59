// Where tests find their inputs: fixtures we wrote (always present) and the
// shared seeds and data beside the checkout (optional: tests skip without them).
#ifndef VERITY_TESTS_TEST_PATHS_H_
#define VERITY_TESTS_TEST_PATHS_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace verity::testing {

inline std::string fixture_path(const std::string& name) {
  return std::string(VERITY_FIXTURES_DIR) + "/" + name;
}

inline std::string shared_path(const std::string& relative) {
  return std::string(VERITY_SHARED_DIR) + "/" + relative;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string read_fixture(const std::string& name) { return read_file(fixture_path(name)); }

}  // namespace verity::testing

// Skips the current test, with a message, when a shared file is missing.
#define VERITY_REQUIRE_SHARED(relative)                                                   \
  do {                                                                                    \
    if (!std::filesystem::exists(::verity::testing::shared_path(relative)))               \
      GTEST_SKIP() << "shared file " << (relative) << " is absent (../shared); skipping"; \
  } while (0)

#endif  // VERITY_TESTS_TEST_PATHS_H_
