// LIAR rows come through the shared LIAR reader (src/extract), so the TSV is
// split one way everywhere; ClaimReview JSONL is read here.
#include "evidence/claim_reader.h"

#include <cstdlib>
#include <fstream>

#include "json/json_reader.h"
#include "verity/reader.h"

namespace verity::evidence {
namespace {

std::string extra_field(const Document& document, std::string_view name) {
  for (const auto& [key, value] : document.extra) {
    if (key == name) return value;
  }
  return "";
}

// Sets the verdict from the rating, or says why it cannot.
Status set_verdict(RatedClaim& claim, const std::string& origin) {
  claim.verdict = normalize_verdict(claim.rating);
  if (!claim.verdict.empty()) return Status();
  return Status(StatusCode::kMalformed,
                origin + ": rating '" + claim.rating +
                    "' is not one verity can map to false, mostly-false, mixed, mostly-true or "
                    "true");
}

class LiarClaimReader final : public ClaimReader {
 public:
  LiarClaimReader(std::unique_ptr<DocumentReader> reader, std::string path)
      : reader_(std::move(reader)), path_(std::move(path)) {}
  const char* format_name() const override { return "liar"; }

  bool next(RatedClaim& claim, Status& error) override {
    if (!reader_->next(record_)) return false;
    claim = RatedClaim{};
    claim.file = path_;
    const std::string& origin = record_.document.origin;
    const std::size_t colon = origin.rfind(':');
    if (colon != std::string::npos)
      claim.line = std::strtoul(origin.c_str() + colon + 1, nullptr, 10);
    error = record_.status;
    if (!error.ok()) return true;
    const Document& document = record_.document;
    claim.claim = document.content;
    claim.rating = document.label;
    if (!document.authors.empty()) claim.speaker = document.authors.front();
    claim.subjects = extra_field(document, "subjects");
    claim.context = extra_field(document, "context");
    claim.reviewer = "PolitiFact";
    claim.collection = "liar";
    error = set_verdict(claim, origin);
    return true;
  }

 private:
  std::unique_ptr<DocumentReader> reader_;
  std::string path_;
  DocumentRecord record_;
};

class ClaimReviewReader final : public ClaimReader {
 public:
  ClaimReviewReader(std::ifstream in, std::string path)
      : in_(std::move(in)), path_(std::move(path)) {}
  const char* format_name() const override { return "claimreview"; }

  bool next(RatedClaim& claim, Status& error) override {
    std::string line;
    for (;;) {
      if (!std::getline(in_, line)) return false;
      ++line_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") != std::string::npos) break;
    }
    claim = RatedClaim{};
    claim.file = path_;
    claim.line = line_;
    claim.collection = "claimreview";
    const std::string origin = path_ + ":" + std::to_string(line_);
    const Result<rapidjson::Document> parsed = json::parse(line);
    if (!parsed.ok() || !parsed.value().IsObject()) {
      error = Status(StatusCode::kMalformed, origin + ": not a JSON object");
      return true;
    }
    const auto field = [&](const char* name) -> std::string {
      const json::Value* found = json::find(parsed.value(), name);
      if (found == nullptr) return "";
      return found->IsString() || found->IsNull() ? json::scalar_text(*found)
                                                  : json::compact(*found);
    };
    claim.claim = field("claim");
    claim.rating = field("rating");
    claim.reviewer = field("reviewer");
    claim.url = field("url");
    claim.date = field("date");
    claim.speaker = field("speaker");
    claim.subjects = field("subjects");
    claim.context = field("context");
    if (claim.claim.empty()) {
      error = Status(StatusCode::kMalformed, origin + ": no claim");
    } else if (claim.rating.empty()) {
      error = Status(StatusCode::kMalformed, origin + ": no rating");
    } else {
      error = set_verdict(claim, origin);
    }
    return true;
  }

 private:
  std::ifstream in_;
  std::string path_;
  std::size_t line_ = 0;
};

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Result<std::unique_ptr<ClaimReader>> ClaimReader::open(const std::string& path,
                                                       ClaimFormat format) {
  if (format == ClaimFormat::kAuto) {
    if (ends_with(path, ".tsv") || ends_with(path, ".tsv.gz")) {
      format = ClaimFormat::kLiar;
    } else if (ends_with(path, ".jsonl") || ends_with(path, ".json")) {
      format = ClaimFormat::kClaimReview;
    } else {
      std::ifstream in(path);
      const int first = in.peek();
      format = first == '{' ? ClaimFormat::kClaimReview : ClaimFormat::kLiar;
    }
  }
  if (format == ClaimFormat::kLiar) {
    ReaderOptions options;
    options.format = InputFormat::kLiar;
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::open(path, options);
    if (!reader.ok()) return reader.status();
    return std::unique_ptr<ClaimReader>(new LiarClaimReader(std::move(reader).value(), path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, path + ": cannot open");
  return std::unique_ptr<ClaimReader>(new ClaimReviewReader(std::move(in), path));
}

}  // namespace verity::evidence
