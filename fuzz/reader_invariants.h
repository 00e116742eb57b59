// Reading a whole input through verity::DocumentReader and checking what the
// reader contract (include/verity/reader.h) promises for every record.
#ifndef VERITY_FUZZ_READER_INVARIANTS_H_
#define VERITY_FUZZ_READER_INVARIANTS_H_

#include <memory>
#include <string>

#include "fuzz_support.h"
#include "verity/reader.h"

namespace verity::fuzz {

// Reads `content` as `name` to the end. Records are numbered 1, 2, 3...;
// origins start with the name; a bad record says why, naming the input;
// a good one has content (or, for JSONL, at least a title). With
// `strings_are_utf8` (JSON: the reader repairs before parsing), every
// decoded string must be valid UTF-8.
inline void read_all(std::string content, const std::string& name, const ReaderOptions& options,
                     bool strings_are_utf8) {
  auto opened = DocumentReader::from_string(std::move(content), name, options);
  if (!opened.ok()) {
    FUZZ_REQUIRE(!opened.status().message().empty(), "open failed without a message");
    return;
  }
  DocumentReader& reader = *opened.value();
  FUZZ_REQUIRE(reader.format() != InputFormat::kAuto, "format() is kAuto");
  DocumentRecord record;
  std::size_t expected = 1;
  while (reader.next(record)) {
    // A stream-level failure may repeat the last number; records never go back.
    FUZZ_REQUIRE(record.number == expected || record.number + 1 == expected,
                 "record number " + std::to_string(record.number) + ", expected " +
                     std::to_string(expected));
    expected = record.number + 1;
    if (!record.status.ok()) {
      FUZZ_REQUIRE(record.status.message().find(name) != std::string::npos,
                   "a bad record's message does not name the input: " + record.status.message());
      continue;
    }
    const Document& document = record.document;
    FUZZ_REQUIRE(document.origin.rfind(name, 0) == 0, "origin " + document.origin);
    FUZZ_REQUIRE(!document.content.empty() || !document.title.empty(),
                 "a good record without content or title at " + document.origin);
    if (strings_are_utf8) {
      FUZZ_REQUIRE(valid_utf8(document.content), "content at " + document.origin);
      FUZZ_REQUIRE(valid_utf8(document.title), "title at " + document.origin);
      FUZZ_REQUIRE(valid_utf8(document.id), "id at " + document.origin);
      for (const auto& [key, value] : document.extra)
        FUZZ_REQUIRE(valid_utf8(key) && valid_utf8(value), "extra " + key);
    }
  }
}

}  // namespace verity::fuzz

#endif  // VERITY_FUZZ_READER_INVARIANTS_H_
