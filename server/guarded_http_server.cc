#include "server/guarded_http_server.h"

#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "server/connection_stream.h"

namespace verity::server {
namespace {

// Set on the accepting thread while it turns a connection away.
thread_local bool rejecting_connection = false;

thread_local std::chrono::steady_clock::time_point request_start;
thread_local const ConnectionStream* current_stream = nullptr;

// The connection threads. When `max_pending` connections already wait, the
// new one is handled right away on the accepting thread in rejecting mode,
// which only writes a 503 and closes, so accepting never blocks.
class BoundedConnectionQueue final : public httplib::TaskQueue {
 public:
  BoundedConnectionQueue(unsigned threads, std::size_t max_pending) : max_pending_(max_pending) {
    for (unsigned i = 0; i < std::max(1u, threads); ++i) threads_.emplace_back([this] { work(); });
  }

  void enqueue(std::function<void()> task) override {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (pending_.size() < max_pending_) {
        pending_.push_back(std::move(task));
        lock.unlock();
        wake_.notify_one();
        return;
      }
    }
    rejecting_connection = true;
    task();
    rejecting_connection = false;
  }

  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

 private:
  void work() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
        if (pending_.empty()) return;
        task = std::move(pending_.front());
        pending_.pop_front();
      }
      task();
    }
  }

  const std::size_t max_pending_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> pending_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

GuardedHttpServer::GuardedHttpServer(const ConnectionLimits& limits)
    : limits_(limits), wake_fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
  new_task_queue = [this] {
    return new BoundedConnectionQueue(limits_.threads, limits_.max_pending);
  };
}

std::chrono::steady_clock::time_point GuardedHttpServer::request_started() { return request_start; }

bool GuardedHttpServer::request_timed_out() {
  return current_stream != nullptr && current_stream->timed_out();
}

GuardedHttpServer::~GuardedHttpServer() {
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

void GuardedHttpServer::shut_down() {
  shutting_down_ = true;
  const std::uint64_t one = 1;
  if (wake_fd_ >= 0 && ::write(wake_fd_, &one, sizeof one) < 0) {
    // Cannot happen for an eventfd below its maximum; idle connections then close on their timeout.
  }
  // httplib's stop() does nothing before listening has started; closing the
  // listening socket ourselves also covers a stop that comes first.
  const int listening = svr_sock_.exchange(INVALID_SOCKET);
  if (listening != INVALID_SOCKET) {
    ::shutdown(listening, SHUT_RDWR);
    ::close(listening);
  }
}

void GuardedHttpServer::reject_overloaded(int socket) {
  static constexpr char kResponse[] =
      "HTTP/1.1 503 Service Unavailable\r\n"
      "Content-Type: application/json\r\n"
      "Retry-After: 1\r\n"
      "Connection: close\r\n"
      "Content-Length: 61\r\n\r\n"
      "{\"error\":\"overloaded: too many connections; try again later\"}";
  [[maybe_unused]] auto sent =
      ::send(socket, kResponse, sizeof kResponse - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
  ::shutdown(socket, SHUT_WR);
  char drain[4096];  // read what already arrived, so closing does not reset the connection
  while (::recv(socket, drain, sizeof drain, MSG_DONTWAIT) > 0) {
  }
  ::close(socket);
}

bool GuardedHttpServer::listen_after_bind() {
  constexpr int kListenBacklog = 1024;  // the kernel caps it at net.core.somaxconn
  if (const int listening = svr_sock_.load(); listening != INVALID_SOCKET)
    ::listen(listening, kListenBacklog);  // on a listening socket: resizes its queue
  return httplib::Server::listen_after_bind();
}

bool GuardedHttpServer::process_and_close_socket(int socket) {
  if (rejecting_connection) {
    reject_overloaded(socket);
    return true;
  }
  ++open_connections_;
  ConnectionStream stream(socket, limits_.io_timeout);
  current_stream = &stream;
  bool ok = true;
  for (std::size_t served = 0; served < limits_.keep_alive_max_requests && !shutting_down_;
       ++served) {
    const auto wait = served == 0 ? limits_.request_timeout : limits_.keep_alive_timeout;
    if (!stream.wait_for_request(wait, wake_fd_)) break;
    request_start = ConnectionStream::Clock::now();
    stream.start_request(request_start + limits_.request_timeout);
    const bool last = served + 1 == limits_.keep_alive_max_requests || shutting_down_;
    bool connection_closed = false;
    ok = process_request(stream, last, connection_closed, nullptr);
    if (!ok || connection_closed || stream.timed_out()) break;
  }
  current_stream = nullptr;
  ::shutdown(socket, SHUT_RDWR);
  ::close(socket);
  --open_connections_;
  return ok;
}

}  // namespace verity::server
