// InputStream: the bytes of one input — a file, standard input or a string in
// memory — with gzip undone, a leading UTF-8 byte order mark dropped, and
// line-at-a-time reading in bounded memory. Readers (reader.h) sit on top.
//
// Not thread-safe: one stream per reader.
#ifndef VERITY_IO_INPUT_STREAM_H_
#define VERITY_IO_INPUT_STREAM_H_

#include <zlib.h>

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "verity/status.h"

namespace verity::io {

class InputStream {
 public:
  // Opens `path`; "-" is standard input (named "<stdin>" in messages). Fails
  // with kNotFound or kIoError naming the path.
  static Result<std::unique_ptr<InputStream>> open_file(const std::string& path);
  // Reads from `content`; `name` stands for the file name in messages.
  static std::unique_ptr<InputStream> from_string(std::string content, std::string name);

  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // The name used in messages: the path as given, or "<stdin>".
  const std::string& name() const { return name_; }
  // True when the raw bytes began with the gzip magic (1f 8b).
  bool gzipped() const { return gzipped_; }

  // Up to `n` bytes from the current position without consuming them (fewer
  // at the end of input). The view lives until the next call on the stream.
  std::string_view peek(std::size_t n);

  enum class LineResult {
    kLine,     // `line` holds the next line, without its "\n" or "\r\n"
    kTooLong,  // the line was over `max_bytes`; it was skipped to its end
    kEnd,      // no more input
    kError,    // the stream failed (see status()); a partial last line is dropped
  };
  // Reads the next line. Memory stays within about `max_bytes` whatever the
  // line's length. The last line needs no terminating newline.
  LineResult read_line(std::string& line, std::size_t max_bytes);
  // 1-based number of the line read last (0 before the first).
  std::size_t line_number() const { return line_number_; }

  // Appends the rest of the input to `out`, stopping once `out` holds `limit`
  // bytes, so a caller can ask for limit + 1 to learn that an input is over a
  // limit without reading all of it. Returns the stream's error, if any.
  Status read_up_to(std::string& out, std::size_t limit);

  // OK, or why the stream stopped early: "NAME: truncated gzip stream
  // (unexpected end of file)", "NAME: read error (...)".
  const Status& status() const { return status_; }

 private:
  InputStream(std::string name, std::FILE* file, bool owns_file, std::string memory);

  std::size_t buffered() const { return buffer_.size() - position_; }
  // Adds more decoded bytes to buffer_; false at the end of input or on error.
  bool fill();
  // Reads raw (possibly compressed) bytes; returns the count, 0 at the end,
  // and sets status_ on a read error.
  std::size_t read_raw(char* out, std::size_t size);
  bool inflate_more();
  void fail(StatusCode code, const std::string& reason);
  void start();

  std::string name_;
  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string memory_;  // the source when reading from a string
  std::size_t memory_position_ = 0;

  bool started_ = false;
  bool gzipped_ = false;
  bool raw_end_ = false;
  bool failed_ = false;
  bool in_member_ = false;  // inside a gzip member that has not ended yet
  z_stream zstream_{};
  bool zstream_ready_ = false;
  std::string raw_;  // compressed bytes waiting for inflate

  std::string buffer_;  // decoded bytes; [position_, size) not yet consumed
  std::size_t position_ = 0;
  std::size_t line_number_ = 0;
  Status status_;
};

}  // namespace verity::io

#endif  // VERITY_IO_INPUT_STREAM_H_
