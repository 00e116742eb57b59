// Request counters and latency histograms by route, written out in the
// Prometheus text format for GET /metrics. Thread-safe.
#ifndef VERITY_SERVER_METRICS_H_
#define VERITY_SERVER_METRICS_H_

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace verity::server {

class Metrics {
 public:
  // The route label for a request path: "/v1/check", "/v1/source/{domain}",
  // "page" for the page's files, "other" for anything unknown (so labels
  // stay few whatever clients ask for).
  static std::string_view route_of(std::string_view path);

  // Counts one answered request. `seconds` is the time spent handling it.
  void record(std::string_view route, int status, double seconds);

  // Gauges sampled when the metrics are written.
  struct Gauges {
    std::size_t queued_checks = 0;
    std::size_t open_connections = 0;
  };
  std::string prometheus_text(const Gauges& gauges) const;

 private:
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1,    2.5,   10};
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // cumulative when written
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;  // (route, status) -> count
  std::map<std::string, Histogram, std::less<>> latency_;
};

}  // namespace verity::server

#endif  // VERITY_SERVER_METRICS_H_
