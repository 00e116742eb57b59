#include "verity/server/server.h"

#include <thread>

#include "server/check_routes.h"
#include "server/guarded_http_server.h"
#include "server/http_errors.h"
#include "server/metrics.h"
#include "server/web_assets.h"
#include "verity/json.h"

namespace verity {
namespace {

using server::GuardedHttpServer;

server::ConnectionLimits connection_limits(const ServerOptions& options) {
  server::ConnectionLimits limits;
  limits.threads = options.connection_threads;
  limits.max_pending = options.max_pending_connections;
  limits.io_timeout = std::chrono::milliseconds(options.read_timeout_ms);
  limits.request_timeout = std::chrono::milliseconds(options.request_timeout_ms);
  limits.keep_alive_timeout = std::chrono::seconds(options.keep_alive_timeout_s);
  return limits;
}

}  // namespace

struct Server::Impl {
  Impl(std::shared_ptr<const Checker> given_checker, ServerOptions given)
      : checker(std::move(given_checker)),
        options(std::move(given)),
        pool(options.check_threads, options.max_queued_checks),
        http(connection_limits(options)) {}

  void add_routes();
  void configure_connections();
  void answer_errors_as_json();
  void add_info_routes();
  void serve_asset(const httplib::Request& request, httplib::Response& response) const;

  std::shared_ptr<const Checker> checker;
  const ServerOptions options;
  CheckPool pool;
  server::Metrics metrics;
  GuardedHttpServer http;
  int port = 0;
};

void Server::Impl::serve_asset(const httplib::Request& request, httplib::Response& response) const {
  const server::Asset* asset = server::find_asset(request.path);
  if (asset == nullptr) return server::answer_error(response, 404, "not found: " + request.path);
  response.set_content(std::string(asset->bytes), server::content_type_for(asset->path));
  // The page's files change only with the binary; let the browser revalidate cheaply.
  response.set_header("Cache-Control", "no-cache");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header(
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
      "connect-src 'self'; frame-ancestors 'none'");
}

void Server::Impl::add_routes() {
  configure_connections();
  answer_errors_as_json();
  http.set_logger([this](const httplib::Request& request, const httplib::Response& response) {
    const std::chrono::duration<double> seconds =
        std::chrono::steady_clock::now() - GuardedHttpServer::request_started();
    metrics.record(server::Metrics::route_of(request.path), response.status, seconds.count());
  });
  server::add_check_routes(http, {checker.get(), &pool, &options});
  add_info_routes();
  http.Get(R"(/.*)", [this](const httplib::Request& request, httplib::Response& response) {
    serve_asset(request, response);
  });
}

void Server::Impl::configure_connections() {
  http.set_payload_max_length(options.max_body_bytes);
  // A response goes out in two writes (headers, then body); with Nagle's
  // algorithm on, the second waits for the client's delayed ACK of the
  // first, 40 ms on Linux, on every keep-alive request after the first.
  http.set_tcp_nodelay(true);
  http.set_keep_alive_timeout(options.keep_alive_timeout_s);
  http.set_keep_alive_max_count(
      server::ConnectionLimits{}.keep_alive_max_requests);  // for its Keep-Alive header
}

void Server::Impl::answer_errors_as_json() {
  // Errors cpp-httplib answers itself (no route, a body over the limit, a
  // request it cannot parse) get the same JSON body as ours.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request& request, httplib::Response& response) {
        if (!response.body.empty())
          return httplib::Server::HandlerResponse::Unhandled;  // ours, already JSON
        std::string message = "bad request: malformed HTTP";
        if (GuardedHttpServer::request_timed_out()) {
          response.status = 408;
          message = "request timeout: the request did not arrive within " +
                    std::to_string(options.request_timeout_ms) + " ms";
        }
        if (response.status == 404) message = "not found: " + request.path;
        if (response.status == 413) {
          message =
              "request body over the limit of " + std::to_string(options.max_body_bytes) + " bytes";
        }
        if (response.status == 414) message = "request line too long";
        if (response.status >= 500) message = "internal error";
        server::answer_error(response, response.status, message);
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
        std::string what = "unknown";
        try {
          if (error) std::rethrow_exception(error);
        } catch (const std::exception& exception) {
          what = exception.what();
        } catch (...) {
        }
        server::answer_error(response, 500, "internal error: " + what);
      });
}

// Health, metrics, source ratings and the list of bundled examples.
void Server::Impl::add_info_routes() {
  http.Get("/healthz", [this](const httplib::Request&, httplib::Response& response) {
    response.set_content(flat_json_object({{"status", "ok"},
                                           {"version", VERITY_VERSION},
                                           {"check_workers", std::size_t{pool.workers()}}}),
                         "application/json");
  });
  http.Get("/metrics", [this](const httplib::Request&, httplib::Response& response) {
    response.set_content(metrics.prometheus_text({pool.queued(), http.open_connections()}),
                         "text/plain; version=0.0.4; charset=utf-8");
  });
  http.Get(R"(/v1/source/([^/]+))",
           [this](const httplib::Request& request, httplib::Response& response) {
             if (!checker->has_evidence())
               return server::answer_error(response, 404, "no source store loaded");
             Result<SourceReputation> reputation = checker->rate_source(request.matches[1].str());
             if (!reputation.ok()) return server::answer_error(response, reputation.status());
             response.set_content(reputation_to_json(reputation.value()), "application/json");
           });
  http.Get("/v1/examples", [](const httplib::Request&, httplib::Response& response) {
    std::string list = "[";
    for (const server::Asset& asset : server::embedded_assets()) {
      if (asset.path.rfind("/examples/", 0) == 0) {
        if (list.size() > 1) list += ',';
        list += flat_json_object(
            {{"name", std::string_view(asset.path).substr(10)}, {"path", asset.path}});
      }
    }
    response.set_content(list + "]", "application/json");
  });
}

Server::Server(std::shared_ptr<const Checker> checker, ServerOptions options)
    : impl_(std::make_unique<Impl>(std::move(checker), std::move(options))) {
  fetch_global_init();
  impl_->add_routes();
}

Server::~Server() = default;

Status Server::bind() {
  const std::string address = impl_->options.host + ":" + std::to_string(impl_->options.port);
  if (impl_->options.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(impl_->options.host);
    if (impl_->port <= 0) return Status(StatusCode::kIoError, address + ": cannot listen there");
  } else {
    if (!impl_->http.bind_to_port(impl_->options.host, impl_->options.port)) {
      return Status(StatusCode::kIoError,
                    address + ": cannot listen there (in use, or not an address of this machine)");
    }
    impl_->port = impl_->options.port;
  }
  return Status();
}

int Server::port() const { return impl_->port; }

Status Server::run() {
  impl_->http.listen_after_bind();
  return Status();
}

void Server::stop() { impl_->http.shut_down(); }

}  // namespace verity
