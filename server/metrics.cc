#include "server/metrics.h"

#include <cstdio>

namespace verity::server {
namespace {

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace

std::string_view Metrics::route_of(std::string_view path) {
  for (std::string_view route :
       {"/v1/check", "/v1/batch", "/v1/examples", "/healthz", "/metrics", "/openapi.json"}) {
    if (path == route) return route;
  }
  if (path.rfind("/v1/source/", 0) == 0) return "/v1/source/{domain}";
  if (path.rfind("/v1/", 0) == 0) return "other";
  return "page";
}

void Metrics::record(std::string_view route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{std::string(route), status}];
  auto histogram = latency_.find(route);
  if (histogram == latency_.end())
    histogram = latency_.emplace(std::string(route), Histogram{}).first;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++histogram->second.buckets[i];
      break;
    }
  }
  ++histogram->second.count;
  histogram->second.sum += seconds;
}

std::string Metrics::prometheus_text(const Gauges& gauges) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out;
  out += "# HELP verity_http_requests_total HTTP requests answered, by route and status.\n";
  out += "# TYPE verity_http_requests_total counter\n";
  std::map<std::string, std::uint64_t> errors;
  for (const auto& [key, count] : requests_) {
    out += "verity_http_requests_total{route=\"" + key.first + "\",status=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(count) + "\n";
    if (key.second >= 400) errors[key.first] += count;
  }
  out +=
      "# HELP verity_http_request_errors_total HTTP requests answered with a 4xx or 5xx status, by "
      "route.\n";
  out += "# TYPE verity_http_request_errors_total counter\n";
  for (const auto& [route, count] : errors) {
    out +=
        "verity_http_request_errors_total{route=\"" + route + "\"} " + std::to_string(count) + "\n";
  }
  out += "# HELP verity_http_request_duration_seconds Time spent handling a request, by route.\n";
  out += "# TYPE verity_http_request_duration_seconds histogram\n";
  for (const auto& [route, histogram] : latency_) {
    std::uint64_t cumulative = 0;
    const std::string label = "route=\"" + route + "\"";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += histogram.buckets[i];
      out += "verity_http_request_duration_seconds_bucket{" + label + ",le=\"" +
             number(kBuckets[i]) + "\"} " + std::to_string(cumulative) + "\n";
    }
    out += "verity_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " +
           std::to_string(histogram.count) + "\n";
    out +=
        "verity_http_request_duration_seconds_sum{" + label + "} " + number(histogram.sum) + "\n";
    out += "verity_http_request_duration_seconds_count{" + label + "} " +
           std::to_string(histogram.count) + "\n";
  }
  out += "# HELP verity_check_queue_length Documents waiting for a check worker.\n";
  out += "# TYPE verity_check_queue_length gauge\n";
  out += "verity_check_queue_length " + std::to_string(gauges.queued_checks) + "\n";
  out += "# HELP verity_open_connections Client connections being served.\n";
  out += "# TYPE verity_open_connections gauge\n";
  out += "verity_open_connections " + std::to_string(gauges.open_connections) + "\n";
  return out;
}

}  // namespace verity::server
