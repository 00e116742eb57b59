// The evidence combiner: weights, their file, and the combination itself.
#include "verity/combiner.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "json/json_reader.h"
#include "json/json_writer.h"
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
      char given[32];
      std::snprintf(given, sizeof given, "%g", w);
      return Status(StatusCode::kInvalidArgument,
                    "weight of " + name + " is " + given + " but must be " +
                        std::string(info.rule) + " (that evidence may only move the verdict " +
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
  std::string text = json::written(2, [&](auto& out) {
    out.start_object();
    out.key("format");
    out.string(kFormatName);
    out.key("version");
    out.integer(static_cast<std::size_t>(kFormatVersion));
    out.key("combination");
    out.string("logit(p) = logit(content fake_probability) + sum of weight x feature");
    out.key("trained_on");
    out.string(trained_on_);
    out.key("sign_rules");
    out.start_object();
    for (const EvidenceFeatureInfo& info : evidence_feature_infos()) {
      out.key(std::string(info.name));
      out.string(info.rule);
    }
    out.end_object();
    out.key("weights");
    out.start_object();
    for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
      out.key(std::string(evidence_feature_infos()[i].name));
      out.number(weights_[i]);
    }
    out.end_object();
    out.key("checksum");
    out.string(checksum(weights_, trained_on_));
    out.end_object();
  });
  return text + "\n";
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
  const Result<rapidjson::Document> parsed = json::parse(text);
  if (!parsed.ok() || !parsed.value().IsObject()) return corrupt("not a JSON object");
  const json::Value& file = parsed.value();
  const auto text_field = [&](const json::Value& object, std::string_view key) {
    const json::Value* value = json::find(object, key);
    return value ? json::string_of(*value) : std::nullopt;
  };
  if (text_field(file, "format") != kFormatName)
    return corrupt("not an evidence combiner file (no \"format\": \"" + std::string(kFormatName) +
                   "\")");
  const json::Value* version_field = json::find(file, "version");
  if (version_field == nullptr || !version_field->IsInt64()) return corrupt("no format version");
  const std::int64_t version = version_field->GetInt64();
  if (version != kFormatVersion) {
    return Status(StatusCode::kInvalidArgument,
                  origin + ": evidence combiner format version " + std::to_string(version) +
                      "; this verity understands version " + std::to_string(kFormatVersion) +
                      (version < kFormatVersion
                           ? " (older files have features without sign rules: refit with "
                             "scripts/train-evidence-combiner.sh)"
                           : ""));
  }
  const json::Value* given = json::find(file, "weights");
  if (given == nullptr || !given->IsObject()) return corrupt("no weights");
  const auto& infos = evidence_feature_infos();
  EvidenceVector weights{};
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i) {
    const std::string name(infos[i].name);
    const json::Value* weight = json::find(*given, name);
    const std::optional<double> value = weight ? json::number_of(*weight) : std::nullopt;
    if (!value) return corrupt("no weight for feature " + name);
    weights[i] = *value;
  }
  for (const auto& field : given->GetObject()) {
    const std::string_view key(field.name.GetString(), field.name.GetStringLength());
    if (std::none_of(infos.begin(), infos.end(), [&](const auto& f) { return f.name == key; }))
      return corrupt("unknown feature " + std::string(key));
  }
  // The file states the rules it was fitted under; they must be this
  // verity's, so a file cannot carry its own idea of which way evidence points.
  const json::Value* rules = json::find(file, "sign_rules");
  if (rules == nullptr || !rules->IsObject()) return corrupt("no sign_rules");
  for (const EvidenceFeatureInfo& info : infos) {
    if (text_field(*rules, info.name) != info.rule) {
      return Status(StatusCode::kInvalidArgument,
                    origin + ": sign rule of " + std::string(info.name) +
                        " is not this verity's (\"" + std::string(info.rule) + "\")");
    }
  }
  const std::string_view trained_on = text_field(file, "trained_on").value_or("");
  // The sign rules before the checksum: a weight on the wrong side is
  // refused for what it is, whoever wrote the file.
  Result<EvidenceCombiner> combiner = make(weights, std::string(trained_on));
  if (!combiner.ok()) {
    return Status(StatusCode::kInvalidArgument, origin + ": " + combiner.status().message());
  }
  const std::optional<std::string_view> stated_checksum = text_field(file, "checksum");
  if (!stated_checksum) return corrupt("no checksum");
  if (*stated_checksum != checksum(weights, std::string(trained_on)))
    return corrupt("checksum mismatch: the weights were changed or damaged");
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
