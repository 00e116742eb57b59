// The whole pipeline (verity::Checker::check with the shipped model) on any
// document: probabilities in [0, 1], the verdict agrees with them, and every
// explanation offset lies inside the text it refers to. Input that opens with
// '<' (after blanks) is HTML, anything else plain text, so the fixtures seed it
// as they are (fuzz/seed_dirs.txt).
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>

#include "article_invariants.h"
#include "verity/check.h"

namespace {

const verity::Checker& checker() {
  static const std::shared_ptr<const verity::Checker> instance = [] {
    auto model = verity::Model::load(verity::Model::default_path());
    FUZZ_REQUIRE(model.ok(), "the shipped model does not load: " + model.status().to_string());
    verity::CheckerOptions options;
    options.model = model.value();
    auto made = verity::Checker::make(options);
    FUZZ_REQUIRE(made.ok(), made.status().to_string());
    return made.value();
  }();
  return *instance;
}

bool probability(double p) { return std::isfinite(p) && p >= 0 && p <= 1; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  verity::Document document;
  document.content.assign(reinterpret_cast<const char*>(data), size);
  const std::size_t first = document.content.find_first_not_of(" \t\r\n");
  document.kind = first != std::string::npos && document.content[first] == '<'
                      ? verity::ContentKind::kHtml
                      : verity::ContentKind::kText;
  auto checked = checker().check(document);
  if (!checked.ok()) {
    verity::fuzz::check_refusal(checked.status());
    return 0;
  }
  const verity::CheckResult& result = checked.value();
  verity::fuzz::check_article(result.article);
  const verity::Prediction& prediction = result.prediction;
  FUZZ_REQUIRE(probability(prediction.fake_probability),
               "fake probability " + std::to_string(prediction.fake_probability));
  FUZZ_REQUIRE(probability(prediction.satire_probability),
               "satire probability " + std::to_string(prediction.satire_probability));
  FUZZ_REQUIRE(std::isfinite(prediction.score), "a non-finite score");
  FUZZ_REQUIRE(result.verdict == checker().model().verdict(prediction),
               "the verdict disagrees with the prediction");
  const std::string body = result.article.body();
  for (const auto* terms : {&prediction.explanation.top_fake, &prediction.explanation.top_real}) {
    for (const verity::TermContribution& term : *terms) {
      const std::size_t limit =
          term.field == verity::TextField::kTitle ? result.article.title.size() : body.size();
      for (const auto& [begin, end] : term.spans)
        FUZZ_REQUIRE(begin <= end && end <= limit, "term span outside its field: " + term.term);
    }
  }
  for (const verity::SentenceContribution& sentence : prediction.explanation.sentences) {
    FUZZ_REQUIRE(sentence.begin <= sentence.end && sentence.end <= body.size(),
                 "sentence span outside the body");
    FUZZ_REQUIRE(body.compare(sentence.begin, sentence.end - sentence.begin, sentence.text) == 0,
                 "sentence text is not its span: " + sentence.text);
  }
  return 0;
}
