// One client connection as cpp-httplib's Stream, with the deadlines that keep
// slow clients from holding a thread: every read waits at most the read
// timeout and never past the current request's deadline (a whole request —
// request line, headers and body — must arrive within request_timeout), and
// every write waits at most the write timeout. Reads are buffered.
//
// Not thread-safe: one per connection, used by the thread serving it.
#ifndef VERITY_SERVER_CONNECTION_STREAM_H_
#define VERITY_SERVER_CONNECTION_STREAM_H_

#include <httplib.h>

#include <array>
#include <chrono>

namespace verity::server {

class ConnectionStream final : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;

  ConnectionStream(int socket, std::chrono::milliseconds io_timeout);

  // Starts the next request: reads from now on must finish by `deadline`.
  void start_request(Clock::time_point deadline) {
    deadline_ = deadline;
    timed_out_ = false;
  }

  // Whether a read of the current request gave up at the deadline.
  bool timed_out() const { return timed_out_; }

  // Waits until the client sends something (true) or `timeout` passes, the
  // peer closes, or `wake_fd` becomes readable (false). Buffered bytes count.
  bool wait_for_request(std::chrono::milliseconds timeout, int wake_fd) const;

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return socket_; }

 private:
  int poll_timeout_ms() const;  // min(io timeout, time left to the deadline), >= 0

  int socket_;
  std::chrono::milliseconds io_timeout_;
  Clock::time_point deadline_ = Clock::time_point::max();
  bool timed_out_ = false;
  std::array<char, 4096> buffer_{};
  std::size_t buffered_begin_ = 0;
  std::size_t buffered_end_ = 0;
};

}  // namespace verity::server

#endif  // VERITY_SERVER_CONNECTION_STREAM_H_
