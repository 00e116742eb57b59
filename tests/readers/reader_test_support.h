// Helpers for the reader tests: drain a reader, write temporary (gzip) files.
#ifndef VERITY_TESTS_READERS_READER_TEST_SUPPORT_H_
#define VERITY_TESTS_READERS_READER_TEST_SUPPORT_H_

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "verity/reader.h"

namespace verity::testing {

inline std::vector<DocumentRecord> read_records(DocumentReader& reader) {
  std::vector<DocumentRecord> records;
  DocumentRecord record;
  while (reader.next(record)) records.push_back(record);
  return records;
}

// The value of `key` in document.extra, or "<absent>".
inline std::string extra_value(const Document& document, const std::string& key) {
  for (const auto& [name, value] : document.extra) {
    if (name == key) return value;
  }
  return "<absent>";
}

// A file in the system's temporary directory, removed when the test ends.
class TempFile {
 public:
  explicit TempFile(const std::string& name)
      : path_((std::filesystem::temp_directory_path() /
               ("verity_" + std::to_string(::getpid()) + "_" + name))
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

#endif  // VERITY_TESTS_READERS_READER_TEST_SUPPORT_H_
