// Check records are written once per article on the hot path of `batch` and
// `serve`, so they go straight to a string through RapidJSON's SAX writer
// instead of through a JSON tree (nlohmann's tree cost a fifth of a batch).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "verity/json.h"
#include "verity/text.h"

namespace verity {
namespace {

// Four decimals are plenty for a person and keep JSON lines short.
double rounded(double value) { return std::isfinite(value) ? std::round(value * 1e4) / 1e4 : 0.0; }

// Record strings come from repaired text, but ids and labels come straight
// from the input, and RapidJSON writes bytes as given: every string goes
// through repair_utf8 (U+FFFD for bad bytes) so the record is valid JSON.
template <typename Writer>
void write_string(Writer& writer, std::string_view text, std::string& repaired) {
  repair_utf8(text, repaired);
  writer.String(repaired.data(), static_cast<rapidjson::SizeType>(repaired.size()));
}

template <typename Writer>
class RecordWriter {
 public:
  explicit RecordWriter(Writer& writer) : writer_(writer) {}

  void key(std::string_view name) {
    writer_.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  }
  void string(std::string_view text) { write_string(writer_, text, repaired_); }
  void number(double value) { writer_.Double(rounded(value)); }
  void integer(std::size_t value) { writer_.Uint64(value); }
  void strings(const std::vector<std::string>& values) {
    writer_.StartArray();
    for (const std::string& value : values) string(value);
    writer_.EndArray();
  }

  void terms(const std::vector<TermContribution>& terms) {
    writer_.StartArray();
    for (const TermContribution& term : terms) {
      writer_.StartObject();
      key("term");
      string(term.term);
      key("weight");
      number(term.weight);
      key("field");
      string(term.field);
      key("spans");
      writer_.StartArray();
      for (const auto& [begin, end] : term.spans) {
        writer_.StartArray();
        integer(begin);
        integer(end);
        writer_.EndArray();
      }
      writer_.EndArray();
      writer_.EndObject();
    }
    writer_.EndArray();
  }

  void evidence(const EvidenceVerdict& evidence) {
    writer_.StartArray();
    for (const EvidenceContribution& item : evidence.contributions) {
      writer_.StartObject();
      key("evidence");
      string(item.evidence);
      key("features");
      writer_.StartObject();
      for (const auto& [name, value] : item.features) {
        key(name);
        number(value);
      }
      writer_.EndObject();
      key("logit");
      number(item.logit);
      key("points");
      number(item.points);
      key("reason");
      string(item.reason);
      writer_.EndObject();
    }
    writer_.EndArray();
  }

  void explanation(const Explanation& explanation, const std::optional<EvidenceVerdict>& evidence) {
    writer_.StartObject();
    key("top_fake");
    terms(explanation.top_fake);
    key("top_real");
    terms(explanation.top_real);
    key("sentences");
    writer_.StartArray();
    for (const SentenceContribution& sentence : explanation.sentences) {
      writer_.StartObject();
      key("text");
      string(sentence.text);
      key("weight");
      number(sentence.weight);
      key("begin");
      integer(sentence.begin);
      key("end");
      integer(sentence.end);
      writer_.EndObject();
    }
    writer_.EndArray();
    key("signals");
    writer_.StartArray();
    for (const SignalContribution& signal : explanation.signals) {
      writer_.StartObject();
      key("name");
      string(signal.name);
      key("value");
      number(signal.value);
      key("contribution");
      number(signal.contribution);
      key("examples");
      strings(signal.examples);
      writer_.EndObject();
    }
    writer_.EndArray();
    if (evidence) {
      key("evidence");
      this->evidence(*evidence);
    }
    writer_.EndObject();
  }

  void article(const Article& article, bool include_body) {
    writer_.StartObject();
    key("title");
    string(article.title);
    key("url");
    string(article.url);
    key("domain");
    string(article.domain);
    key("authors");
    strings(article.authors);
    key("date");
    if (article.date) {
      string(*article.date);
    } else {
      writer_.Null();
    }
    key("cited_sources");
    strings(article.cited_sources);
    if (include_body) {
      key("paragraphs");
      strings(article.paragraphs);
    }
    writer_.EndObject();
  }

  void record(const CheckResult& result, bool include_body) {
    const Article& article = result.article;
    const Prediction& prediction = result.prediction;
    writer_.StartObject();
    key("id");
    string(article.id);
    key("fake_probability");
    number(result.fake_probability());
    if (result.evidence) {
      key("content_probability");
      number(result.evidence->content_probability);
    }
    key("verdict");
    string(result.verdict);
    key("satire_probability");
    number(prediction.satire_probability);
    key("signals");
    writer_.StartObject();
    for (const GroupContribution& group : prediction.groups) {
      key(group.name);
      number(group.contribution);
    }
    writer_.EndObject();
    key("explanation");
    explanation(prediction.explanation, result.evidence);
    key("article");
    this->article(article, include_body);
    if (!article.label.empty()) {
      key("label");
      string(article.label);
    }
    if (!article.dataset.empty()) {
      key("dataset");
      string(article.dataset);
    }
    writer_.EndObject();
  }

 private:
  Writer& writer_;
  std::string repaired_;
};

}  // namespace

std::string check_to_json(const CheckResult& result, bool include_body, int indent) {
  rapidjson::StringBuffer buffer;
  if (indent < 0) {
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    RecordWriter(writer).record(result, include_body);
  } else {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', static_cast<unsigned>(indent));
    RecordWriter(writer).record(result, include_body);
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

void add_json_field(std::string& object, std::string_view name, std::string_view value_json) {
  const std::size_t close = object.rfind('}');
  if (close == std::string::npos) return;
  std::size_t last = close;
  while (last > 0 && (object[last - 1] == ' ' || object[last - 1] == '\n')) --last;
  const bool empty = last > 0 && object[last - 1] == '{';
  std::string field = empty ? "" : ",";
  field += nlohmann::json(std::string(name)).dump();
  field += ':';
  field += value_json;
  object.insert(last, field);
}

std::string error_to_json(const std::string& id, const Status& status) {
  nlohmann::ordered_json out;
  out["id"] = id;
  out["error"] = status.to_string();
  return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace verity
