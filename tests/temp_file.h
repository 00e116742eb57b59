// A file in the system's temporary directory, removed when the test ends.
// One definition for every test: two classes of this name in one test
// binary broke the one-definition rule (AddressSanitizer caught it).
#ifndef VERITY_TESTS_TEMP_FILE_H_
#define VERITY_TESTS_TEMP_FILE_H_

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

namespace verity::testing {

class TempFile {
 public:
  explicit TempFile(const std::string& name)
      : path_((std::filesystem::temp_directory_path() /
               ("verity-test-" + std::to_string(::getpid()) + "-" + name))
                  .string()) {}
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::string& path() const { return path_; }

  void write(std::string_view bytes) const {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  // Writes `text` gzip-compressed as one member, or appends another member.
  void write_gzip(std::string_view text, bool append = false) const {
    gzFile file = gzopen(path_.c_str(), append ? "ab" : "wb");
    ASSERT_NE(file, nullptr);
    ASSERT_EQ(gzwrite(file, text.data(), static_cast<unsigned>(text.size())),
              static_cast<int>(text.size()));
    ASSERT_EQ(gzclose(file), Z_OK);
  }
  void truncate_by(std::uintmax_t bytes) const {
    std::filesystem::resize_file(path_, std::filesystem::file_size(path_) - bytes);
  }

 private:
  std::string path_;
};

}  // namespace verity::testing

#endif  // VERITY_TESTS_TEMP_FILE_H_
