#include "verity/check.h"

namespace verity {

Result<CheckResult> check_document(const Document& document, const Model& model,
                                   const CheckOptions& options, PredictScratch* scratch) {
  Result<Article> article = extract_article(document, options.extract);
  if (!article.ok()) return article.status();
  CheckResult result;
  result.article = std::move(article).value();
  result.prediction = model.predict(result.article, options.predict, scratch);
  result.verdict = model.verdict(result.prediction);
  return result;
}

}  // namespace verity
