#include "server/connection_stream.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>

namespace verity::server {
namespace {

void address_of(const sockaddr_storage& address, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (address.ss_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(&address);
    inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    port = ntohs(v4->sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&address);
    inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
    port = ntohs(v6->sin6_port);
  }
  ip = text;
}

bool poll_one(int socket, short events, int timeout_ms) {
  pollfd entry{socket, events, 0};
  int got = 0;
  do {
    got = ::poll(&entry, 1, timeout_ms);
  } while (got < 0 && errno == EINTR);
  return got > 0;
}

}  // namespace

ConnectionStream::ConnectionStream(int socket, std::chrono::milliseconds io_timeout)
    : socket_(socket), io_timeout_(io_timeout) {}

int ConnectionStream::poll_timeout_ms() const {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now());
  return static_cast<int>(std::max<std::int64_t>(0, std::min(left.count(), io_timeout_.count())));
}

bool ConnectionStream::wait_for_request(std::chrono::milliseconds timeout, int wake_fd) const {
  if (buffered_begin_ < buffered_end_) return true;
  pollfd entries[2] = {{socket_, POLLIN, 0}, {wake_fd, POLLIN, 0}};
  int got = 0;
  do {
    got = ::poll(entries, wake_fd >= 0 ? 2 : 1, static_cast<int>(timeout.count()));
  } while (got < 0 && errno == EINTR);
  return got > 0 && (entries[0].revents & POLLIN) != 0 && (entries[1].revents & POLLIN) == 0;
}

bool ConnectionStream::is_readable() const {
  return buffered_begin_ < buffered_end_ || poll_one(socket_, POLLIN, poll_timeout_ms());
}

bool ConnectionStream::is_writable() const {
  return poll_one(socket_, POLLOUT, static_cast<int>(io_timeout_.count()));
}

ssize_t ConnectionStream::read(char* ptr, size_t size) {
  if (buffered_begin_ == buffered_end_) {
    if (!is_readable()) {  // too slow: past the read timeout or the request's deadline
      timed_out_ = true;
      return -1;
    }
    ssize_t got = 0;
    do {
      got = ::recv(socket_, buffer_.data(), buffer_.size(), 0);
    } while (got < 0 && errno == EINTR);
    if (got <= 0) return got;
    buffered_begin_ = 0;
    buffered_end_ = static_cast<std::size_t>(got);
  }
  const std::size_t count = std::min(size, buffered_end_ - buffered_begin_);
  std::memcpy(ptr, buffer_.data() + buffered_begin_, count);
  buffered_begin_ += count;
  return static_cast<ssize_t>(count);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
  if (!is_writable()) return -1;
  ssize_t sent = 0;
  do {
    sent = ::send(socket_, ptr, size, MSG_NOSIGNAL);
  } while (sent < 0 && errno == EINTR);
  return sent;
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getpeername(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    address_of(address, ip, port);
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    address_of(address, ip, port);
}

}  // namespace verity::server
