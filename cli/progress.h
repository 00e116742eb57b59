// A one-line progress report on stderr for long jobs, shown only when stderr
// is a terminal so logs and pipes stay clean.
#ifndef VERITY_CLI_PROGRESS_H_
#define VERITY_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace verity::cli {

class Progress {
 public:
  explicit Progress(std::string label);
  ~Progress();  // clears the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Counts one more record of `bytes` bytes; redraws at most ten times a second.
  void advance(std::size_t bytes, bool failed = false);

 private:
  void draw();

  std::string label_;
  bool enabled_;
  std::size_t records_ = 0;
  std::size_t failed_ = 0;
  std::size_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
};

}  // namespace verity::cli

#endif  // VERITY_CLI_PROGRESS_H_
