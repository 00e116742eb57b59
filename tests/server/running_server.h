// A verity Server on a free localhost port, serving from a thread for the
// length of a test, with the shipped model (or a given Checker); and small
// HTTP helpers.
#ifndef VERITY_TESTS_SERVER_RUNNING_SERVER_H_
#define VERITY_TESTS_SERVER_RUNNING_SERVER_H_

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

#include "verity/server/server.h"

namespace verity::testing {

// Throws (which fails the test with the reason) when the shipped model does
// not load, e.g. after a featurizer change without `make model`.
inline std::shared_ptr<const Model> shipped_model() {
  static const Result<std::shared_ptr<const Model>> loaded = Model::load(Model::default_path());
  if (!loaded.ok())
    throw std::runtime_error("the shipped model did not load: " + loaded.status().to_string());
  return loaded.value();
}

// A Checker with the shipped model and, when given, an evidence source and a
// combiner.
inline std::shared_ptr<const Checker> shipped_checker(
    std::shared_ptr<const EvidenceSource> evidence = nullptr,
    std::shared_ptr<const EvidenceCombiner> combiner = nullptr) {
  CheckerOptions options;
  options.model = shipped_model();
  options.evidence = std::move(evidence);
  options.combiner = std::move(combiner);
  return Checker::make(std::move(options)).value();
}

class RunningServer {
 public:
  explicit RunningServer(ServerOptions options = {},
                         std::shared_ptr<const Checker> checker = nullptr) {
    options.host = "127.0.0.1";
    options.port = 0;
    if (options.connection_threads == ServerOptions{}.connection_threads)
      options.connection_threads = 8;
    server_ = std::make_unique<Server>(checker ? std::move(checker) : shipped_checker(),
                                       std::move(options));
    const Status bound = server_->bind();
    EXPECT_TRUE(bound.ok()) << bound.to_string();
    thread_ = std::thread([this] { EXPECT_TRUE(server_->run().ok()); });
  }
  ~RunningServer() {
    server_->stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  int port() const { return server_->port(); }
  Server& server() { return *server_; }

  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port());
    client.set_read_timeout(30, 0);
    return client;
  }

  httplib::Result post(const std::string& path, const std::string& body,
                       const std::string& type) const {
    return client().Post(path.c_str(), body, type.c_str());
  }
  httplib::Result get(const std::string& path) const { return client().Get(path.c_str()); }

  // A raw TCP connection to the server, for clients that misbehave.
  int connect_raw() const {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    return fd;
  }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

// Reads from a raw connection until the server closes it or `seconds` pass.
inline std::string read_until_closed(int fd, int seconds) {
  timeval timeout{seconds, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  std::string got;
  char buffer[4096];
  ssize_t n = 0;
  while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
    got.append(buffer, static_cast<std::size_t>(n));
  return got;
}

}  // namespace verity::testing

#endif  // VERITY_TESTS_SERVER_RUNNING_SERVER_H_
