// cpp-httplib's Server with verity's connection handling: a fixed pool of
// connection threads with a bounded queue of accepted connections (beyond
// it a connection gets a 503 at once, written by the accepting thread), the
// deadlines of ConnectionStream against slow clients, and a stop that closes
// idle keep-alive connections at once while requests being handled finish.
//
// HTTP parsing and routing stay cpp-httplib's (process_request); only the
// per-connection loop is ours.
#ifndef VERITY_SERVER_GUARDED_HTTP_SERVER_H_
#define VERITY_SERVER_GUARDED_HTTP_SERVER_H_

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstddef>

namespace verity::server {

struct ConnectionLimits {
  unsigned threads = 128;
  std::size_t max_pending = 256;
  std::chrono::milliseconds io_timeout{5000};
  std::chrono::milliseconds request_timeout{10000};
  std::chrono::milliseconds keep_alive_timeout{5000};
  std::size_t keep_alive_max_requests = 10000;
};

class GuardedHttpServer final : public httplib::Server {
 public:
  explicit GuardedHttpServer(const ConnectionLimits& limits);
  ~GuardedHttpServer() override;

  // Stops listening and wakes idle connections so they close; run's
  // listen_after_bind() returns once the in-flight requests are answered.
  void shut_down();

  // cpp-httplib (Debian's compiled library) listens with a backlog of 5:
  // under bench/soak.sh's 64 clients the accept queue overflowed and clients
  // got a reset after the 1 s SYN retry instead of an answer. This widens the
  // backlog, then serves as httplib::Server::listen_after_bind does (it hides
  // that non-virtual function: call it on a GuardedHttpServer).
  bool listen_after_bind();

  std::size_t open_connections() const { return open_connections_.load(); }

  // When the request being served on the calling thread began to arrive;
  // for handlers and the logger to time it.
  static std::chrono::steady_clock::time_point request_started();

  // Whether the request on the calling thread stopped arriving in time (the
  // error handler then answers 408).
  static bool request_timed_out();

 private:
  bool process_and_close_socket(int socket) override;
  void reject_overloaded(int socket);

  ConnectionLimits limits_;
  int wake_fd_ = -1;  // an eventfd, readable once shutting down
  std::atomic<bool> shutting_down_{false};
  std::atomic<std::size_t> open_connections_{0};
};

}  // namespace verity::server

#endif  // VERITY_SERVER_GUARDED_HTTP_SERVER_H_
