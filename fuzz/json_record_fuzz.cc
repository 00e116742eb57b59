// The JSON record writer (verity::article_to_json, check_to_json,
// error_to_json) fed arbitrary article text — invalid UTF-8, NULs, quotes,
// control bytes — and arbitrary numbers (NaN and infinities included). Every
// record must parse back as JSON, and each string must read back as the
// writer's documented UTF-8 repair of what went in.
//
// Input: 8 bytes of a double for every number in the record, then fields one
// per line: id, title, url, date, authors (comma-separated), label, and the
// remaining lines as paragraphs. Records are read back with nlohmann, not
// with verity's own reader, so a bug shared by reader and writer cannot hide.
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "verity/json.h"

namespace {

std::string repaired(std::string_view text) {
  std::string out;
  verity::repair_utf8(text, out);
  return out;
}

// nlohmann also refuses invalid UTF-8, which the writer must never emit.
nlohmann::json parse_back(const std::string& json, const char* what) {
  nlohmann::json root = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  FUZZ_REQUIRE(!root.is_discarded(), std::string(what) + " is not valid JSON: " + json);
  return root;
}

void expect_string(const nlohmann::json& root, const char* key, std::string_view written,
                   const std::string& json) {
  const auto found = root.find(key);
  FUZZ_REQUIRE(found != root.end() && found->is_string(),
               std::string("no string \"") + key + "\": " + json);
  FUZZ_REQUIRE(found->get_ref<const std::string&>() == repaired(written),
               std::string("\"") + key + "\" does not read back as the repaired input: " + json);
}

verity::Article article_from(std::string_view rest) {
  verity::Article article;
  article.id = verity::fuzz::take_field(rest);
  article.title = verity::fuzz::take_field(rest);
  article.url = verity::fuzz::take_field(rest);
  const std::string_view date = verity::fuzz::take_field(rest);
  if (!date.empty()) article.date = std::string(date);
  std::string_view authors = verity::fuzz::take_field(rest);
  while (!authors.empty()) article.authors.emplace_back(verity::fuzz::take_field(authors, ','));
  article.label = verity::fuzz::take_field(rest);
  while (!rest.empty()) article.paragraphs.emplace_back(verity::fuzz::take_field(rest));
  if (!article.paragraphs.empty()) {
    article.removed.push_back({article.paragraphs.back(), "fuzz"});
    article.extra.emplace_back(article.title, article.label);
    article.cited_sources.push_back(article.url);
  }
  return article;
}

verity::CheckResult check_result_from(const verity::Article& article, double x) {
  verity::CheckResult result;
  result.article = article;
  result.prediction.fake_probability = x;
  result.prediction.satire_probability = x;
  result.prediction.score = x;
  result.prediction.groups.push_back({article.label, x});
  const std::string body = article.body();
  const auto end = static_cast<std::uint32_t>(body.size());
  result.prediction.explanation.top_fake.push_back(
      {article.title, x, verity::TextField::kBody, {{0, end}}});
  result.prediction.explanation.top_real.push_back(
      {article.id, -x, verity::TextField::kTitle, {{0, 0}}});
  result.prediction.explanation.sentences.push_back({body, x, 0, end});
  result.prediction.explanation.signals.push_back({article.label, x, x, article.authors});
  return result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  double x = 0;
  if (size < sizeof x) return 0;
  std::memcpy(&x, data, sizeof x);
  const verity::Article article = article_from(
      std::string_view(reinterpret_cast<const char*>(data) + sizeof x, size - sizeof x));

  for (const int indent : {-1, 2}) {
    const std::string json = verity::article_to_json(article, indent);
    const nlohmann::json root = parse_back(json, "article_to_json");
    expect_string(root, "id", article.id, json);
    expect_string(root, "title", article.title, json);
    expect_string(root, "url", article.url, json);
    expect_string(root, "body", article.body(), json);
  }

  const verity::CheckResult result = check_result_from(article, x);
  for (const bool include_body : {false, true}) {
    const std::string json = verity::check_to_json(result, {include_body, -1});
    const nlohmann::json root = parse_back(json, "check_to_json");
    const auto record_article = root.find("article");
    FUZZ_REQUIRE(record_article != root.end() && record_article->is_object(),
                 "no \"article\": " + json);
    expect_string(*record_article, "title", article.title, json);
    const auto probability = root.find("fake_probability");
    FUZZ_REQUIRE(probability != root.end() && probability->is_number(),
                 "fake_probability is not a number: " + json);
  }

  const std::string error = verity::error_to_json(
      article.id, verity::Status(verity::StatusCode::kMalformed, article.title));
  const nlohmann::json root = parse_back(error, "error_to_json");
  expect_string(root, "id", article.id, error);
  return 0;
}
