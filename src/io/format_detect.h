// Deciding an input's format when the caller asked for InputFormat::kAuto.
#ifndef VERITY_IO_FORMAT_DETECT_H_
#define VERITY_IO_FORMAT_DETECT_H_

#include <string_view>

#include "verity/reader.h"

namespace verity::io {

// The format a file name promises, from its extension after any ".gz":
// .jsonl/.ndjson/.json, .csv, .tsv, .html/.htm, .txt. kAuto when the name says
// nothing (no or another extension, "<stdin>"). A .tsv is kTsv here; whether
// it is really LIAR is for the content to say (see detect_input_format).
InputFormat format_from_name(std::string_view name);

// True when `first_line` is a LIAR row: 14 tab-separated fields and a LIAR
// label (pants-fire, false, barely-true, half-true, mostly-true, true) second.
// A header row never passes, since no header names a column "false".
bool looks_like_liar(std::string_view first_line);

// Decides the format from the name, then from `head`, the first decoded bytes
// of the input (BOM already dropped): '{' first → JSONL; a LIAR row → LIAR;
// otherwise HTML or plain text by sniff_content_kind. Never returns kAuto.
InputFormat detect_input_format(std::string_view name, std::string_view head);

}  // namespace verity::io

#endif  // VERITY_IO_FORMAT_DETECT_H_
