#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace verity::cli {

Progress::Progress(std::string label)
    : label_(std::move(label)),
      enabled_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() {
  if (drawn_) std::fputs("\r\033[K", stderr);
}

void Progress::advance(std::size_t bytes, bool failed) {
  ++records_;
  failed_ += failed ? 1 : 0;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  const double seconds = std::chrono::duration<double>(last_draw_ - start_).count();
  const double megabytes = static_cast<double>(bytes_) / 1e6;
  std::fprintf(stderr, "\r\033[K%s: %zu records (%zu unreadable), %.1f MB, %.0f records/s",
               label_.c_str(), records_, failed_, megabytes,
               seconds > 0 ? static_cast<double>(records_) / seconds : 0.0);
  drawn_ = true;
}

}  // namespace verity::cli
