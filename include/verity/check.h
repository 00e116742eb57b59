// The pipeline every face of verity runs: a Document (raw text, HTML or a
// dataset record) is cleaned into an Article, scored by the Model, and given
// a verdict with its explanation. The CLI, the HTTP service and the Python
// bindings all call check_document, so a result is identical whichever face
// produced it.
#ifndef VERITY_CHECK_H_
#define VERITY_CHECK_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "verity/article.h"
#include "verity/document.h"
#include "verity/extract.h"
#include "verity/model.h"
#include "verity/status.h"

namespace verity {

struct CheckOptions {
  ExtractOptions extract;
  PredictOptions predict;
};

// One piece of evidence from outside the text (the publisher's ratings, a
// cited source, a matching fact-check, a copied original) and how it moved the
// verdict. Made by the evidence combiner (evidence_verdict.h); libverity only
// carries and prints it.
struct EvidenceContribution {
  std::string evidence;  // "publisher", "cited_source", "fact_check" or "copy_of"
  // The combiner's features this evidence set, with their values
  // ("publisher_quality" 0.19, "publisher_low_label" 1).
  std::vector<std::pair<std::string, double>> features;
  double logit = 0;  // sum of weight × value: what it added to the content model's logit
  // Probability points it made: the combined probability minus the one
  // without this item (the others kept).
  double points = 0;
  std::string reason;  // plain words: "publisher presstv.ir: quality 0.69 (domain_ratings)"
};

// The verdict once evidence is weighed. Present only when evidence was looked
// up (an evidence store was given); the content model's own numbers stay in
// CheckResult::prediction.
struct EvidenceVerdict {
  double content_probability = 0;  // the content model's calibrated probability
  double fake_probability = 0;     // combined; equal to content when nothing fired
  // False when evidence was found but no combiner was loaded: the items are
  // listed with zero weight and the probability is the content model's.
  bool weighed = true;
  std::vector<EvidenceContribution> contributions;  // largest |logit| first
};

struct CheckResult {
  Article article;
  Prediction prediction;
  std::string verdict;  // "fake", "uncertain", "real" or "satire"
  // With an evidence store: the combined verdict (`verdict` is then the word
  // for evidence->fake_probability).
  std::optional<EvidenceVerdict> evidence;

  // The probability the verdict stands on: combined when evidence was weighed.
  double fake_probability() const {
    return evidence ? evidence->fake_probability : prediction.fake_probability;
  }
};

// Thread-safe for a shared Model; pass one PredictScratch per thread (or
// null). Fails only when the document cannot be read as an article.
Result<CheckResult> check_document(const Document& document, const Model& model,
                                   const CheckOptions& options = {},
                                   PredictScratch* scratch = nullptr);

}  // namespace verity

#endif  // VERITY_CHECK_H_
