// The evidence combiner: weights, their file, and the combination itself.
#include "verity/combiner.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "text/text.h"

namespace verity {
namespace {

constexpr std::string_view kFormatName = "verity-evidence-combiner";
// Content probabilities are clamped this far from 0 and 1 before taking the
// logit, so a saturated content model still has a finite offset.
constexpr double kProbabilityFloor = 1e-6;

double logit(double p) {
  p = std::clamp(p, kProbabilityFloor, 1 - kProbabilityFloor);
  return std::log(p / (1 - p));
}

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }

// What the checksum covers: the weights (to 17 significant digits, enough to
// give back the same doubles) and the provenance.
std::string canonical_text(const EvidenceVector& weights, const std::string& trained_on) {
  std::string text;
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    char value[64];
    std::snprintf(value, sizeof value, "%.17g", weights[i]);
    text += std::string(evidence_feature_infos()[i].name) + "=" + value + "\n";
  }
  return text + "trained_on=" + trained_on + "\n";
}

std::string checksum(const EvidenceVector& weights, const std::string& trained_on) {
  const std::string text = canonical_text(weights, trained_on);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
  return hex;
}

Status check_weights(const EvidenceVector& weights) {
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    const EvidenceFeatureInfo& info = evidence_feature_infos()[i];
    const double w = weights[i];
    const std::string name(info.name);
    if (!std::isfinite(w) || std::abs(w) > EvidenceCombiner::kMaxWeight) {
      return Status(StatusCode::kInvalidArgument,
                    "weight of " + name + " is not a number of size at most 10");
    }
    if (w * info.sign < 0) {
      return Status(StatusCode::kInvalidArgument,
                    "weight of " + name + " must be " + (info.sign > 0 ? ">= 0" : "<= 0") +
                        " (that evidence may only move the verdict " +
                        (info.sign > 0 ? "toward fake" : "toward real") + ")");
    }
  }
  return Status();
}

// An item's contribution before weighing: its name, features and reason.
EvidenceContribution describe(const EvidenceItem& item) {
  EvidenceContribution contribution;
  contribution.evidence = item.evidence;
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    if (item.features[i] != 0)
      contribution.features.emplace_back(evidence_feature_infos()[i].name, item.features[i]);
  }
  contribution.reason = item.reason;
  return contribution;
}

}  // namespace

Result<EvidenceCombiner> EvidenceCombiner::make(const EvidenceVector& weights,
                                                std::string trained_on) {
  if (Status checked = check_weights(weights); !checked.ok()) return checked;
  // The provenance is written into the JSON file: invalid UTF-8 made
  // to_json() throw (found by fuzz/combiner_load), so it is repaired here.
  std::string repaired;
  if (repair_utf8(trained_on, repaired) > 0) trained_on = std::move(repaired);
  return EvidenceCombiner(weights, std::move(trained_on));
}

std::string EvidenceCombiner::to_json() const {
  nlohmann::ordered_json weights = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i)
    weights[std::string(evidence_feature_infos()[i].name)] = weights_[i];
  const nlohmann::ordered_json out = {
      {"format", kFormatName},
      {"version", kFormatVersion},
      {"combination", "logit(p) = logit(content fake_probability) + sum of weight x feature"},
      {"trained_on", trained_on_},
      {"weights", weights},
      {"checksum", checksum(weights_, trained_on_)}};
  return out.dump(2) + "\n";
}

Status EvidenceCombiner::save(const std::string& path) const {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << to_json();
    if (!out) return Status(StatusCode::kIoError, temporary + ": cannot write");
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);  // no half-written file under the real name
  if (error) return Status(StatusCode::kIoError, path + ": cannot write (" + error.message() + ")");
  return Status();
}

Result<EvidenceCombiner> EvidenceCombiner::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, path + ": no evidence combiner file there");
  std::stringstream text;
  text << in.rdbuf();
  return parse(text.str(), path);
}

Result<EvidenceCombiner> EvidenceCombiner::parse(std::string_view text, const std::string& origin) {
  const auto corrupt = [&](const std::string& what) {
    return Status(StatusCode::kCorrupt, origin + ": " + what);
  };
  const nlohmann::json file = nlohmann::json::parse(text, nullptr, false);
  if (file.is_discarded() || !file.is_object()) return corrupt("not a JSON object");
  if (!file.contains("format") || file["format"] != kFormatName)
    return corrupt("not an evidence combiner file (no \"format\": \"" + std::string(kFormatName) +
                   "\")");
  if (!file.contains("version") || !file["version"].is_number_integer())
    return corrupt("no format version");
  const int version = file["version"].get<int>();
  if (version > kFormatVersion) {
    return Status(StatusCode::kInvalidArgument,
                  origin + ": evidence combiner format version " + std::to_string(version) +
                      "; this verity understands up to " + std::to_string(kFormatVersion));
  }
  if (!file.contains("weights") || !file["weights"].is_object()) return corrupt("no weights");
  const nlohmann::json& given = file["weights"];
  EvidenceVector weights{};
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    const std::string name(evidence_feature_infos()[i].name);
    if (!given.contains(name) || !given[name].is_number())
      return corrupt("no weight for feature " + name);
    weights[i] = given[name].get<double>();
  }
  for (const auto& [name, value] : given.items()) {
    const auto& infos = evidence_feature_infos();
    const std::string& key = name;  // clang 14 cannot capture a structured binding
    if (std::none_of(infos.begin(), infos.end(), [&](const auto& f) { return f.name == key; }))
      return corrupt("unknown feature " + name);
  }
  const std::string trained_on = file.contains("trained_on") && file["trained_on"].is_string()
                                     ? file["trained_on"].get<std::string>()
                                     : "";
  if (!file.contains("checksum") || !file["checksum"].is_string()) return corrupt("no checksum");
  if (file["checksum"].get<std::string>() != checksum(weights, trained_on))
    return corrupt("checksum mismatch: the weights were changed or damaged");
  Result<EvidenceCombiner> combiner = make(weights, trained_on);
  if (!combiner.ok()) return corrupt(combiner.status().message());
  return combiner;
}

EvidenceVerdict EvidenceCombiner::combine(double content_probability,
                                          const std::vector<EvidenceItem>& items) const {
  EvidenceVerdict verdict;
  verdict.content_probability = content_probability;
  verdict.fake_probability = content_probability;
  double total = 0;
  for (const EvidenceItem& item : items) {
    EvidenceContribution contribution = describe(item);
    for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i)
      contribution.logit += weights_[i] * item.features[i];
    total += contribution.logit;
    verdict.contributions.push_back(std::move(contribution));
  }
  // Nothing moved it: keep the content model's number exactly, not a
  // round trip through logit and sigmoid.
  if (total == 0 && std::all_of(verdict.contributions.begin(), verdict.contributions.end(),
                                [](const EvidenceContribution& c) { return c.logit == 0; })) {
    return verdict;
  }
  const double z = logit(content_probability) + total;
  verdict.fake_probability = sigmoid(z);
  for (EvidenceContribution& c : verdict.contributions)
    c.points = verdict.fake_probability - sigmoid(z - c.logit);
  std::stable_sort(
      verdict.contributions.begin(), verdict.contributions.end(),
      [](const auto& a, const auto& b) { return std::abs(a.logit) > std::abs(b.logit); });
  return verdict;
}

EvidenceVerdict unweighed_evidence(double content_probability,
                                   const std::vector<EvidenceItem>& items) {
  EvidenceVerdict verdict;
  verdict.content_probability = content_probability;
  verdict.fake_probability = content_probability;
  verdict.weighed = false;
  for (const EvidenceItem& item : items) verdict.contributions.push_back(describe(item));
  return verdict;
}

}  // namespace verity
