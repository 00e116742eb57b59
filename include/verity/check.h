// Library: verity (core).
//
// The Checker is verity's whole verdict in one object: a Document (raw text,
// HTML or a dataset record) is cleaned into an Article, scored by the content
// model, looked up in an evidence source when there is one, and given a
// verdict with its explanation. The CLI, the HTTP service and the Python
// bindings are thin faces over it, so a record is identical whichever face
// produced it.
//
//   verity::CheckerOptions options;
//   options.model = verity::Model::load(verity::Model::default_path()).value();
//   auto checker = verity::Checker::make(std::move(options)).value();
//   verity::Result<verity::CheckResult> result = checker->check(document);
//   std::string record = verity::check_to_json(result.value());  // json.h
//
// Thread-safe: one Checker serves every thread. Per-thread state (the
// model's scratch buffers, a session with the evidence source) lives in
// contexts the Checker keeps and hands to each call, so callers hold none.
// check_pool.h runs many checks on a fixed set of threads, in order.
#ifndef VERITY_CHECK_H_
#define VERITY_CHECK_H_

#include <memory>
#include <optional>
#include <string_view>

#include "verity/article.h"
#include "verity/combiner.h"
#include "verity/document.h"
#include "verity/evidence.h"
#include "verity/extract.h"
#include "verity/model.h"
#include "verity/status.h"

namespace verity {

struct CheckerOptions {
  std::shared_ptr<const Model> model;  // REQUIRED
  // Where evidence comes from (evidence/store.h: open_evidence_source); null:
  // the verdict is the content model's alone.
  std::shared_ptr<const EvidenceSource> evidence;
  // How evidence moves the verdict; null with an evidence source: the
  // evidence is listed with zero weight and the probability stays the content
  // model's (EvidenceVerdict::weighed is false).
  std::shared_ptr<const EvidenceCombiner> combiner;
  ExtractOptions extract;
  PredictOptions predict;  // explanations on or off, how many terms and sentences
  EvidenceOptions evidence_options;
};

struct CheckResult {
  Article article;
  Prediction prediction;             // the content model's
  Verdict verdict = Verdict::kReal;  // for fake_probability()
  // With an evidence source, when it could be read: what it found, and the
  // verdict with it weighed in. Both are set or neither.
  std::optional<ArticleEvidence> evidence;
  std::optional<EvidenceVerdict> evidence_verdict;
  // Not OK when the evidence source failed for this article: the result is
  // then the content model's alone, and the status says why.
  Status evidence_status;

  // The probability the verdict stands on: combined when evidence was weighed.
  double fake_probability() const {
    return evidence_verdict ? evidence_verdict->fake_probability : prediction.fake_probability;
  }
};

class Checker {
 public:
  // Fails (kInvalidArgument) without a model.
  [[nodiscard]] static Result<std::shared_ptr<const Checker>> make(CheckerOptions options);

  ~Checker();
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;

  // Checks one document. Fails only when the document cannot be read as an
  // article (kUnreadable, kTooLarge); an evidence source that fails leaves
  // the content verdict and says why in CheckResult::evidence_status.
  [[nodiscard]] Result<CheckResult> check(const Document& document) const;
  // The same with other prediction options for this call (explanations off).
  [[nodiscard]] Result<CheckResult> check(const Document& document,
                                          const PredictOptions& predict) const;

  // What the evidence source knows about one domain. kNotFound without one.
  [[nodiscard]] Result<SourceReputation> rate_source(std::string_view domain) const;

  const Model& model() const { return *options_.model; }
  const CheckerOptions& options() const { return options_; }
  bool has_evidence() const { return options_.evidence != nullptr; }

 private:
  struct Context;
  class ContextPool;
  explicit Checker(CheckerOptions options);

  CheckerOptions options_;
  std::unique_ptr<ContextPool> contexts_;
};

}  // namespace verity

#endif  // VERITY_CHECK_H_
