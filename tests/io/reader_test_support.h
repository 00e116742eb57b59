// Helpers for the reader tests: drain a reader, read extra fields.
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

#include "temp_file.h"
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

}  // namespace verity::testing

#endif  // VERITY_TESTS_READERS_READER_TEST_SUPPORT_H_
