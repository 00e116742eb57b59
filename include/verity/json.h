// Library: verity (core).
//
// JSON forms of verity's records. Every face prints these, so a record is the
// same whether the CLI, the HTTP service or the Python module made it. Each
// function is pure: it reads its arguments and returns one JSON value, with
// no newline; strings are repaired to valid UTF-8 on the way out.
#ifndef VERITY_JSON_H_
#define VERITY_JSON_H_

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "verity/article.h"
#include "verity/check.h"
#include "verity/evidence.h"
#include "verity/metrics.h"
#include "verity/status.h"

namespace verity {

// One JSON object: id, title, authors, date (ISO 8601 or null), url, domain,
// body, paragraphs, cited_sources, removed [{text, reason}], repaired_bytes,
// and label/dataset/extra when the input had them. `indent` < 0 gives one
// line (JSON Lines), otherwise pretty-printed with that indent.
std::string article_to_json(const Article& article, int indent = -1);

struct CheckJsonOptions {
  bool include_body = false;  // add article.paragraphs (the explanation's offsets refer to them)
  int indent = -1;            // < 0: one line
};

// The record of `verity check --json`, `verity batch`, POST /v1/check and
// Python's check: id, fake_probability, verdict, satire_probability, signals
// (feature groups and their contribution in logits), explanation {top_fake,
// top_real, sentences, signals}, and the article's title, url, domain,
// authors, date and cited_sources. When evidence was weighed,
// fake_probability and verdict are the combined ones, content_probability is
// the content model's, explanation.evidence lists each item [{evidence,
// features, logit, points, reason}], and the record ends with source,
// claims, related and copy_of.
std::string check_to_json(const CheckResult& result, const CheckJsonOptions& options = {});

// The record for an input that could not be checked: {"id": …, "error": …}.
std::string error_to_json(const std::string& id, const Status& status);

// {query, domain, unicode, matched, standing, score, summary, error?,
//  ratings: [{list, file, line, domain, score, labels, components {name:
//  value}, notes}]}: `verity source --json`, GET /v1/source/{domain}.
std::string reputation_to_json(const SourceReputation& reputation);

// {id, title, query: [terms], related: [{score, coverage, shared_terms, id,
//  title, domain, url, date, dataset, label, origin, hash, reputation}],
//  copy_of}: `verity related --json`. REQUIRES: reputations.size() ==
// related.articles.size().
std::string related_to_json(const Article& article, const RelatedResult& related,
                            const std::vector<SourceReputation>& reputations,
                            const std::optional<CopyMatch>& copy_of);

// {id, title, claims: [{text, paragraph, begin, end, score, cues, entities,
//  numbers, matches: [{score, cosine, claim, rating, verdict, speaker,
//  subjects, context, reviewer, url, date, collection, provenance,
//  shared_terms, shared_entities, shared_numbers}]}]}: `verity claims --json`.
std::string article_claims_to_json(const Article& article,
                                   const std::vector<SentenceClaims>& claims);

// A flat object of text and number fields, in the order given: the small
// bodies a face answers with ({"error": …}, the server's /healthz).
using JsonField = std::pair<std::string_view, std::variant<std::string_view, double, std::size_t>>;
std::string flat_json_object(std::initializer_list<JsonField> fields);

// One row of `verity eval`: how the model did on `dataset` within `input`.
struct MetricsRow {
  std::string input;
  std::string dataset;
  BinaryMetrics metrics;
};

// [{input, dataset, count, fake, threshold, roc_auc, pr_auc, accuracy,
//   macro_f1, brier, ece, confusion: {true_fake, false_fake, true_real,
//   false_real}}]: `verity eval --json`. A metric that is not defined (NaN,
// e.g. ROC-AUC with one class) is null.
std::string metrics_to_json(const std::vector<MetricsRow>& rows, int indent = 2);

}  // namespace verity

#endif  // VERITY_JSON_H_
