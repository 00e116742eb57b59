// The pipeline every face of verity runs: a Document (raw text, HTML or a
// dataset record) is cleaned into an Article, scored by the Model, and given
// a verdict with its explanation. The CLI, the HTTP service and the Python
// bindings all call check_document, so a result is identical whichever face
// produced it.
#ifndef VERITY_CHECK_H_
#define VERITY_CHECK_H_

#include <string>

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

struct CheckResult {
  Article article;
  Prediction prediction;
  std::string verdict;  // "fake", "uncertain", "real" or "satire"
};

// Thread-safe for a shared Model; pass one PredictScratch per thread (or
// null). Fails only when the document cannot be read as an article.
Result<CheckResult> check_document(const Document& document, const Model& model,
                                   const CheckOptions& options = {},
                                   PredictScratch* scratch = nullptr);

}  // namespace verity

#endif  // VERITY_CHECK_H_
