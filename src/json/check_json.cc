// Check records are written once per article on the hot path of `batch` and
// `serve`, so they go straight to a string through RapidJSON's SAX writer
// (json_writer.h) instead of through a JSON tree.
#include "json/evidence_json.h"
#include "json/json_writer.h"
#include "verity/json.h"

namespace verity {
namespace {

template <typename W>
class RecordWriter {
 public:
  explicit RecordWriter(json::Out<W>& out) : out_(out) {}

  void number(double value) { out_.rounded_number(value); }

  void terms(const std::vector<TermContribution>& terms) {
    out_.start_array();
    for (const TermContribution& term : terms) {
      out_.start_object();
      out_.key("term");
      out_.string(term.term);
      out_.key("weight");
      number(term.weight);
      out_.key("field");
      out_.string(text_field_name(term.field));
      out_.key("spans");
      out_.start_array();
      for (const auto& [begin, end] : term.spans) {
        out_.start_array();
        out_.integer(begin);
        out_.integer(end);
        out_.end_array();
      }
      out_.end_array();
      out_.end_object();
    }
    out_.end_array();
  }

  void evidence(const EvidenceVerdict& evidence) {
    out_.start_array();
    for (const EvidenceContribution& item : evidence.contributions) {
      out_.start_object();
      out_.key("evidence");
      out_.string(evidence_kind_name(item.evidence));
      out_.key("features");
      out_.start_object();
      for (const auto& [name, value] : item.features) {
        out_.key(name);
        number(value);
      }
      out_.end_object();
      out_.key("logit");
      number(item.logit);
      out_.key("points");
      number(item.points);
      out_.key("reason");
      out_.string(item.reason);
      out_.end_object();
    }
    out_.end_array();
  }

  void explanation(const Explanation& explanation, const std::optional<EvidenceVerdict>& evidence) {
    out_.start_object();
    out_.key("top_fake");
    terms(explanation.top_fake);
    out_.key("top_real");
    terms(explanation.top_real);
    out_.key("sentences");
    out_.start_array();
    for (const SentenceContribution& sentence : explanation.sentences) {
      out_.start_object();
      out_.key("text");
      out_.string(sentence.text);
      out_.key("weight");
      number(sentence.weight);
      out_.key("begin");
      out_.integer(sentence.begin);
      out_.key("end");
      out_.integer(sentence.end);
      out_.end_object();
    }
    out_.end_array();
    out_.key("signals");
    out_.start_array();
    for (const SignalContribution& signal : explanation.signals) {
      out_.start_object();
      out_.key("name");
      out_.string(signal.name);
      out_.key("value");
      number(signal.value);
      out_.key("contribution");
      number(signal.contribution);
      out_.key("examples");
      out_.strings(signal.examples);
      out_.end_object();
    }
    out_.end_array();
    if (evidence) {
      out_.key("evidence");
      this->evidence(*evidence);
    }
    out_.end_object();
  }

  void article(const Article& article, bool include_body) {
    out_.start_object();
    out_.key("title");
    out_.string(article.title);
    out_.key("url");
    out_.string(article.url);
    out_.key("domain");
    out_.string(article.domain);
    out_.key("publisher");
    json::write_publisher(out_, article.publisher);
    out_.key("authors");
    out_.strings(article.authors);
    out_.key("date");
    if (article.date) {
      out_.string(*article.date);
    } else {
      out_.null();
    }
    out_.key("cited_sources");
    out_.strings(article.cited_sources);
    if (include_body) {
      out_.key("paragraphs");
      out_.strings(article.paragraphs);
    }
    out_.end_object();
  }

  void record(const CheckResult& result, bool include_body) {
    const Article& article = result.article;
    const Prediction& prediction = result.prediction;
    out_.start_object();
    out_.key("id");
    out_.string(article.id);
    out_.key("fake_probability");
    number(result.fake_probability());
    if (result.evidence_verdict) {
      out_.key("content_probability");
      number(result.evidence_verdict->content_probability);
    }
    out_.key("verdict");
    out_.string(verdict_name(result.verdict));
    out_.key("satire_probability");
    number(prediction.satire_probability);
    out_.key("signals");
    out_.start_object();
    for (const GroupContribution& group : prediction.groups) {
      out_.external_key(group.name);  // a caller's name could be anything (fuzz/json_record)
      number(group.contribution);
    }
    out_.end_object();
    out_.key("explanation");
    explanation(prediction.explanation, result.evidence_verdict);
    out_.key("article");
    this->article(article, include_body);
    if (!article.label.empty()) {
      out_.key("label");
      out_.string(article.label);
    }
    if (!article.dataset.empty()) {
      out_.key("dataset");
      out_.string(article.dataset);
    }
    if (result.evidence) json::write_evidence_fields(out_, *result.evidence);
    out_.end_object();
  }

 private:
  json::Out<W>& out_;
};

}  // namespace

std::string check_to_json(const CheckResult& result, const CheckJsonOptions& options) {
  return json::written(options.indent,
                       [&](auto& out) { RecordWriter(out).record(result, options.include_body); });
}

std::string error_to_json(const std::string& id, const Status& status) {
  return json::written(-1, [&](auto& out) {
    out.start_object();
    out.key("id");
    out.string(id);
    out.key("error");
    out.string(status.to_string());
    out.end_object();
  });
}

}  // namespace verity
