// Library: verity_server.
//
// verity's HTTP service: the `check` pipeline behind a JSON API, plus the web
// page that shows a verdict and its reasons. `verity serve` is a thin face
// over this class.
//
// Routes: POST /v1/check, POST /v1/batch, GET /v1/source/{domain},
// GET /healthz, GET /metrics (Prometheus), GET /openapi.json, and the page at
// /. The API is documented in server/openapi.json (served at /openapi.json).
//
// Threads: connections are served by a bounded pool of connection threads;
// the checks themselves run on a smaller CheckPool (check_pool.h) of check
// workers (one per core by default), all sharing one Checker, whose contexts
// hold each thread's scratch and evidence session. When either pool's queue
// is full the service answers 503 at once rather than letting requests pile
// up; a client that is too slow to send a request is cut off after
// request_timeout_ms.
#ifndef VERITY_SERVER_SERVER_H_
#define VERITY_SERVER_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "verity/check.h"
#include "verity/fetch/fetch.h"
#include "verity/status.h"

namespace verity {

struct ServerOptions {
  std::string host = "127.0.0.1";                     // localhost only unless told otherwise
  int port = 8080;                                    // 0 picks a free port (see Server::port)
  unsigned check_threads = 0;                         // check workers; 0 means one per core
  std::size_t max_queued_checks = 256;                // documents waiting for a worker; beyond: 503
  unsigned connection_threads = 128;                  // connections served at once
  std::size_t max_pending_connections = 256;          // accepted, waiting for a thread; beyond: 503
  std::size_t max_body_bytes = std::size_t{4} << 20;  // larger request bodies get 413
  std::size_t max_batch_documents = 100;              // larger batches get 413
  int read_timeout_ms = 5000;                         // one read or write on a client socket
  int request_timeout_ms = 10000;  // a whole request (headers and body) must arrive within this
  int keep_alive_timeout_s = 5;    // an idle keep-alive connection is closed after this
  FetchOptions fetch;              // for documents given as a url without text
};

// Not copyable. bind() then run() on one thread; stop() from any other.
class Server {
 public:
  // Every check goes through `checker`: with an evidence source, records
  // carry the evidence and GET /v1/source answers from it (404 without one).
  // REQUIRES: checker is not null.
  Server(std::shared_ptr<const Checker> checker, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket. Fails with kIoError naming host:port.
  [[nodiscard]] Status bind();

  // The bound port (useful after binding port 0); 0 before bind().
  int port() const;

  // Serves until stop() is called, then returns once every in-flight request
  // has been answered. REQUIRES: bind() succeeded.
  [[nodiscard]] Status run();

  // Stops accepting connections and closes idle ones; requests being handled
  // finish first. Thread-safe; callable before run() starts (run then
  // returns at once).
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace verity

#endif  // VERITY_SERVER_SERVER_H_
