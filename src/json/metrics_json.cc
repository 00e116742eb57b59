// `verity eval --json` (the metrics of each dataset, one object a row) and
// the flat objects the faces answer with.
#include "json/json_writer.h"
#include "verity/json.h"

namespace verity {

std::string metrics_to_json(const std::vector<MetricsRow>& rows, int indent) {
  return json::written(indent, [&](auto& out) {
    const auto number = [&](const char* key, double value) {
      out.key(key);
      out.number(value);
    };
    const auto count = [&](const char* key, std::size_t value) {
      out.key(key);
      out.integer(value);
    };
    out.start_array();
    for (const MetricsRow& row : rows) {
      const BinaryMetrics& m = row.metrics;
      out.start_object();
      out.key("input");
      out.string(row.input);
      out.key("dataset");
      out.string(row.dataset);
      count("count", m.count);
      count("fake", m.positives);
      number("threshold", m.threshold);
      number("roc_auc", m.roc_auc);
      number("pr_auc", m.pr_auc);
      number("accuracy", m.accuracy);
      number("macro_f1", m.macro_f1);
      number("brier", m.brier);
      number("ece", m.ece);
      out.key("confusion");
      out.start_object();
      count("true_fake", m.confusion.true_positives);
      count("false_fake", m.confusion.false_positives);
      count("true_real", m.confusion.true_negatives);
      count("false_real", m.confusion.false_negatives);
      out.end_object();
      out.end_object();
    }
    out.end_array();
  });
}

std::string flat_json_object(std::initializer_list<JsonField> fields) {
  return json::written(-1, [&](auto& out) {
    out.start_object();
    for (const auto& [key, value] : fields) {
      out.key(key);
      if (const auto* text = std::get_if<std::string_view>(&value)) {
        out.string(*text);
      } else if (const auto* count = std::get_if<std::size_t>(&value)) {
        out.integer(*count);
      } else {
        out.number(std::get<double>(value));
      }
    }
    out.end_object();
  });
}

}  // namespace verity
