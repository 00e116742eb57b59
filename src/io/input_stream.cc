// Byte source with transparent gzip. Gzip is recognised by its magic bytes,
// never by the name, and decoded with zlib's inflate one member after the
// other, so concatenated (multi-member) files read whole. Running out of raw
// bytes inside a member is a truncated file and is reported, not ignored.
#include "io/input_stream.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace verity::io {
namespace {

constexpr std::size_t kChunk = std::size_t{64} << 10;

bool starts_with_gzip_magic(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
         static_cast<unsigned char>(bytes[1]) == 0x8B;
}

}  // namespace

Result<std::unique_ptr<InputStream>> InputStream::open_file(const std::string& path) {
  if (path == "-") {
    return std::unique_ptr<InputStream>(new InputStream("<stdin>", stdin, false, {}));
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    const int error = errno;
    if (error == ENOENT) return Status(StatusCode::kNotFound, path + ": no such file");
    return Status(StatusCode::kIoError, path + ": " + std::strerror(error));
  }
  if (S_ISDIR(info.st_mode)) return Status(StatusCode::kIoError, path + ": is a directory");
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return Status(StatusCode::kIoError, path + ": cannot open (" + std::strerror(errno) + ")");
  }
  return std::unique_ptr<InputStream>(new InputStream(path, file, true, {}));
}

std::unique_ptr<InputStream> InputStream::from_string(std::string content, std::string name) {
  return std::unique_ptr<InputStream>(
      new InputStream(std::move(name), nullptr, false, std::move(content)));
}

InputStream::InputStream(std::string name, std::FILE* file, bool owns_file, std::string memory)
    : name_(std::move(name)), file_(file), owns_file_(owns_file), memory_(std::move(memory)) {}

InputStream::~InputStream() {
  if (zstream_ready_) inflateEnd(&zstream_);
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

void InputStream::fail(StatusCode code, const std::string& reason) {
  if (failed_) return;  // the first failure is the one worth reporting
  failed_ = true;
  status_ = Status(code, name_ + ": " + reason);
}

std::size_t InputStream::read_raw(char* out, std::size_t size) {
  if (raw_end_ || failed_) return 0;
  if (file_ == nullptr) {
    const std::size_t n = std::min(size, memory_.size() - memory_position_);
    std::memcpy(out, memory_.data() + memory_position_, n);
    memory_position_ += n;
    if (n == 0) raw_end_ = true;
    return n;
  }
  const std::size_t n = std::fread(out, 1, size, file_);
  if (n < size) {
    if (std::ferror(file_)) {
      fail(StatusCode::kIoError, std::string("read error (") + std::strerror(errno) + ")");
    } else if (n == 0) {
      raw_end_ = true;
    }
  }
  return n;
}

void InputStream::start() {
  started_ = true;
  raw_.resize(kChunk);
  raw_.resize(read_raw(raw_.data(), kChunk));
  if (starts_with_gzip_magic(raw_)) {
    gzipped_ = true;
    // 16 + MAX_WBITS: expect a gzip header and trailer (CRC and length checked).
    if (inflateInit2(&zstream_, 16 + MAX_WBITS) != Z_OK) {
      fail(StatusCode::kIoError, "cannot start gzip decoder");
      return;
    }
    zstream_ready_ = true;
    zstream_.next_in = reinterpret_cast<Bytef*>(raw_.data());
    zstream_.avail_in = static_cast<uInt>(raw_.size());
  } else {
    buffer_.swap(raw_);
    raw_.clear();
  }
  // A byte order mark says nothing about the content; drop it so a first
  // JSON line or CSV header reads as it should.
  std::string_view head = peek(3);
  if (head == "\xEF\xBB\xBF") position_ += 3;
}

bool InputStream::inflate_more() {
  for (;;) {
    if (zstream_.avail_in == 0) {
      raw_.resize(kChunk);
      raw_.resize(read_raw(raw_.data(), kChunk));
      if (failed_) return false;
      if (raw_.empty()) {
        if (in_member_)
          fail(StatusCode::kMalformed, "truncated gzip stream (unexpected end of file)");
        return false;
      }
      zstream_.next_in = reinterpret_cast<Bytef*>(raw_.data());
      zstream_.avail_in = static_cast<uInt>(raw_.size());
    }
    in_member_ = true;
    const std::size_t old_size = buffer_.size();
    buffer_.resize(old_size + kChunk);
    zstream_.next_out = reinterpret_cast<Bytef*>(buffer_.data() + old_size);
    zstream_.avail_out = static_cast<uInt>(kChunk);
    const int rc = inflate(&zstream_, Z_NO_FLUSH);
    const std::size_t produced = kChunk - zstream_.avail_out;
    buffer_.resize(old_size + produced);
    if (rc == Z_STREAM_END) {
      // Another member may follow (concatenated gzip files are one stream).
      in_member_ = false;
      inflateReset(&zstream_);
    } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT) {
      fail(StatusCode::kMalformed, std::string("corrupt gzip data (") +
                                       (zstream_.msg != nullptr ? zstream_.msg : "bad data") + ")");
      return produced > 0;
    } else if (rc == Z_MEM_ERROR) {
      fail(StatusCode::kIoError, "out of memory while decompressing");
      return produced > 0;
    }
    if (produced > 0) return true;
  }
}

bool InputStream::fill() {
  if (!started_) start();
  if (failed_) return false;
  // Drop consumed bytes so the buffer holds about one line or chunk at most.
  if (position_ > 0) {
    buffer_.erase(0, position_);
    position_ = 0;
  }
  if (gzipped_) return inflate_more();
  const std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunk);
  const std::size_t n = read_raw(buffer_.data() + old_size, kChunk);
  buffer_.resize(old_size + n);
  return n > 0;
}

std::string_view InputStream::peek(std::size_t n) {
  if (!started_) start();
  while (buffered() < n && fill()) {
  }
  return std::string_view(buffer_).substr(position_, std::min(n, buffered()));
}

InputStream::LineResult InputStream::read_line(std::string& line, std::size_t max_bytes) {
  line.clear();
  if (!started_) start();
  bool too_long = false;
  std::size_t scanned = 0;  // bytes after position_ known to hold no newline
  for (;;) {
    const char* begin = buffer_.data() + position_;
    const std::size_t available = buffered();
    const void* newline = std::memchr(begin + scanned, '\n', available - scanned);
    if (newline != nullptr) {
      std::size_t length = static_cast<std::size_t>(static_cast<const char*>(newline) - begin);
      position_ += length + 1;
      ++line_number_;
      if (length > 0 && begin[length - 1] == '\r') --length;
      if (too_long || length > max_bytes) return LineResult::kTooLong;
      line.assign(begin, length);
      return LineResult::kLine;
    }
    // No newline yet. Past the limit, stop keeping the line's bytes; keep
    // scanning for its end so the next line starts where it should. One more
    // byte is allowed for a "\r" that may end it.
    if (available > max_bytes + 1) {
      too_long = true;
      position_ = buffer_.size();
      scanned = 0;
    } else {
      scanned = available;
    }
    if (!fill()) {
      if (failed_) return LineResult::kError;
      if (buffered() == 0 && !too_long) return LineResult::kEnd;
      ++line_number_;
      std::size_t length = buffered();
      const char* rest = buffer_.data() + position_;
      position_ = buffer_.size();
      if (length > 0 && rest[length - 1] == '\r') --length;
      if (too_long || length > max_bytes) return LineResult::kTooLong;
      line.assign(rest, length);
      return LineResult::kLine;
    }
  }
}

Status InputStream::read_up_to(std::string& out, std::size_t limit) {
  if (!started_) start();
  while (out.size() < limit) {
    if (buffered() == 0 && !fill()) break;
    const std::size_t take = std::min(buffered(), limit - out.size());
    out.append(buffer_, position_, take);
    position_ += take;
  }
  return status_;
}

}  // namespace verity::io
