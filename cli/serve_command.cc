// verity serve: the HTTP API and the web page, until SIGTERM or SIGINT.
#include <pthread.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "checker_flags.h"
#include "commands.h"
#include "verity/server/server.h"

namespace verity::cli {
namespace {

struct ServeFlags {
  CheckerFlags checker;
  ServerOptions options;
};

int run_serve(ServeFlags& flags) {
  const std::shared_ptr<const Checker> checker =
      make_checker_or_report(flags.checker, EvidenceUse::kDefaultStore);
  if (!checker) return 1;
  if (checker->has_evidence())
    std::cerr << "verity: evidence from " << checker->options().evidence->name() << "\n";

  // Block the stop signals in every thread; one thread waits for them and
  // stops the server, so in-flight requests finish before we exit.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGUSR1);  // how run() ending by itself releases the waiter
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Server server(checker, flags.options);
  if (const Status bound = server.bind(); !bound.ok()) {
    std::cerr << "verity: " << bound.to_string() << "\n";
    return 1;
  }
  std::cout << "verity: serving on http://" << flags.options.host << ":" << server.port() << "/"
            << std::endl;
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    if (signal == SIGUSR1) return;  // run() ended by itself
    std::cerr << "verity: stopping (finishing the requests in flight)\n";
    server.stop();
  });
  const Status served = server.run();
  pthread_kill(waiter.native_handle(), SIGUSR1);
  waiter.join();
  if (!served.ok()) {
    std::cerr << "verity: " << served.to_string() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<ServeFlags>();
  ServerOptions& options = flags->options;
  CLI::App* command = app.add_subcommand("serve", "Serve the check API and the web page over HTTP");
  command->add_option("--port", options.port, "Port to listen on (0: any free port)")
      ->capture_default_str();
  command->add_option("--host", options.host, "Address to listen on (0.0.0.0 for every interface)")
      ->capture_default_str();
  add_model_option(*command, flags->checker.model);
  add_evidence_options(*command, flags->checker);
  command->add_option("--threads", options.check_threads, "Check workers (0: one per core)")
      ->capture_default_str();
  command
      ->add_option("--max-body", options.max_body_bytes,
                   "Largest request body in bytes (413 above)")
      ->capture_default_str();
  command
      ->add_option("--max-batch", options.max_batch_documents,
                   "Most documents in one /v1/batch (413 above)")
      ->capture_default_str();
  command
      ->add_option("--max-queue", options.max_queued_checks,
                   "Documents waiting for a worker before 503")
      ->capture_default_str();
  command->add_option("--connections", options.connection_threads, "Connections served at once")
      ->capture_default_str();
  command
      ->add_option("--request-timeout", options.request_timeout_ms,
                   "Milliseconds a client has to send a whole request")
      ->capture_default_str();
  command->footer(
      "API: POST /v1/check, POST /v1/batch, GET /v1/source/{domain}, GET /healthz, GET /metrics; "
      "documented at /openapi.json. The web page is at /.");
  command->callback([flags, &action] { action = [flags] { return run_serve(*flags); }; });
}

}  // namespace verity::cli
