#include "evidence/rating_reader.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

#include "evidence/domain.h"
#include "io/csv_rows.h"
#include "io/dataset_reader.h"
#include "json/json_reader.h"
#include "text/line_text.h"

namespace verity::evidence {
namespace {

constexpr std::size_t kMaxRecordBytes = std::size_t{1} << 20;

std::optional<double> parse_number(std::string_view text) {
  text = text::trim(text);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// Lists spell a few categories more than one way (OpenSources has "fake
// news", "satirical" and "unrealiable" beside "fake", "satire", "unreliable").
constexpr std::pair<std::string_view, std::string_view> kRespelled[] = {
    {"fake news", "fake"}, {"satirical", "satire"}, {"unrealiable", "unreliable"}};

std::string canonical_label(std::string_view label) {
  std::string out = text::lower_ascii(text::trim(label));
  for (const auto& [spelling, canonical] : kRespelled) {
    if (out == spelling) return std::string(canonical);
  }
  return out;
}

void add_label(std::vector<std::string>& labels, std::string_view label) {
  std::string canonical = canonical_label(label);
  if (!canonical.empty() && std::find(labels.begin(), labels.end(), canonical) == labels.end())
    labels.push_back(std::move(canonical));
}

// "bias; unreliable", "bias|unreliable" or "bias, unreliable".
void add_labels(std::vector<std::string>& labels, std::string_view text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find_first_of(",;|", start), text.size());
    add_label(labels, text.substr(start, end - start));
    start = end + 1;
  }
}

Status row_error(const std::string& origin, const std::string& what) {
  return Status(StatusCode::kMalformed, origin + ": " + what);
}

// Sets rating.domain, or says why the row's domain is no domain.
Status set_domain(SourceRating& rating, std::string_view text, const std::string& origin) {
  Result<DomainName> name = parse_domain(text);
  if (!name.ok()) return row_error(origin, name.status().message());
  rating.domain = name.value().host;
  return Status();
}

// A score must be a number from 0 to 1; empty means "this list gives none".
Status set_score(SourceRating& rating, std::string_view text, const char* column,
                 const std::string& origin) {
  if (text::trim(text).empty()) return Status();
  const std::optional<double> score = parse_number(text);
  if (!score || *score < 0 || *score > 1) {
    return row_error(
        origin, std::string(column) + " '" + std::string(text) + "' is not a number from 0 to 1");
  }
  rating.score = score;
  return Status();
}

std::string file_stem(const std::string& path) {
  std::filesystem::path p(path);
  while (p.has_extension()) p = p.stem();
  return p.filename().string();
}

// ---- CSV lists ---------------------------------------------------------------

class CsvRatingReader final : public RatingReader {
 public:
  enum class Kind { kDomainRatings, kOpenSources, kUser };

  CsvRatingReader(std::unique_ptr<io::CsvRows> rows, std::vector<std::string> header, Kind kind,
                  std::string path, std::string list)
      : rows_(std::move(rows)),
        header_(std::move(header)),
        kind_(kind),
        path_(std::move(path)),
        list_(std::move(list)) {}

  // The column named any of `names`, or -1.
  int column(std::initializer_list<std::string_view> names) const {
    for (std::string_view name : names) {
      for (std::size_t c = 0; c < header_.size(); ++c) {
        if (io::normalized_column_name(header_[c]) == name) return static_cast<int>(c);
      }
    }
    return -1;
  }

  Status map_columns();

  bool next(SourceRating& rating, Status& error) override;
  const char* format_name() const override {
    return kind_ == Kind::kDomainRatings ? "domain_ratings"
           : kind_ == Kind::kOpenSources ? "opensources"
                                         : "csv";
  }
  const std::string& list() const override { return list_; }

 private:
  Status fill(std::vector<std::string>& fields, const std::string& origin, SourceRating& rating);

  std::unique_ptr<io::CsvRows> rows_;
  std::vector<std::string> header_;
  Kind kind_;
  std::string path_;
  std::string list_;
  int domain_ = -1, score_ = -1, labels_ = -1, notes_ = -1, provenance_ = -1;
  std::vector<int> types_;  // OpenSources' type, 2nd type, 3rd type
};

Status CsvRatingReader::map_columns() {
  switch (kind_) {
    case Kind::kDomainRatings:
      domain_ = column({"domain"});
      score_ = column({"pc1"});
      break;
    case Kind::kOpenSources:
      // Its domain column has no name.
      domain_ = std::max(column({"domain", "source", "site"}), column({""}));
      for (const char* type : {"type", "2nd type", "3rd type"}) types_.push_back(column({type}));
      notes_ = column({"source notes (things to know?)", "notes"});
      break;
    case Kind::kUser:
      domain_ = column({"domain", "site", "source", "url"});
      score_ = column({"score", "quality"});
      labels_ = column({"labels", "label", "type"});
      notes_ = column({"notes", "note"});
      provenance_ = column({"provenance", "list"});
      break;
  }
  if (domain_ < 0)
    return Status(StatusCode::kMalformed, path_ + ": no domain column in the header");
  if (kind_ == Kind::kUser && score_ < 0 && labels_ < 0) {
    return Status(StatusCode::kMalformed,
                  path_ + ": a rating list needs a score or a labels column beside domain");
  }
  return Status();
}

Status CsvRatingReader::fill(std::vector<std::string>& fields, const std::string& origin,
                             SourceRating& rating) {
  if (Status status = set_domain(rating, fields[static_cast<std::size_t>(domain_)], origin);
      !status.ok())
    return status;
  const auto field = [&](int c) -> std::string_view {
    return c < 0 ? std::string_view() : std::string_view(fields[static_cast<std::size_t>(c)]);
  };
  if (Status status =
          set_score(rating, field(score_), kind_ == Kind::kUser ? "score" : "pc1", origin);
      !status.ok())
    return status;
  for (int type : types_) add_label(rating.labels, field(type));
  add_labels(rating.labels, field(labels_));
  rating.notes = std::string(text::trim(field(notes_)));
  if (!field(provenance_).empty()) rating.list = std::string(text::trim(field(provenance_)));
  if (kind_ == Kind::kDomainRatings) {
    for (std::size_t c = 0; c < fields.size(); ++c) {
      if (static_cast<int>(c) == domain_ || static_cast<int>(c) == score_) continue;
      if (text::trim(fields[c]).empty()) continue;
      const std::optional<double> value = parse_number(fields[c]);
      if (!value) return row_error(origin, header_[c] + " '" + fields[c] + "' is not a number");
      rating.components.emplace_back(header_[c], *value);
    }
  }
  if (!rating.score && rating.labels.empty()) return row_error(origin, "no score and no labels");
  return Status();
}

bool CsvRatingReader::next(SourceRating& rating, Status& error) {
  io::CsvRow row;
  if (!rows_->next(row)) {
    if (!rows_->stream_failed()) return false;
    rows_->clear_stream_failure();
    error = rows_->stream().status();
    return true;
  }
  rating = SourceRating{};
  rating.list = list_;
  rating.file = path_;
  rating.line = row.line;
  error = row.error;
  if (!error.ok()) return true;
  const std::string origin = io::line_origin(path_, row.line);
  if (row.fields.size() != header_.size()) {
    error = row_error(origin, "expected " + std::to_string(header_.size()) +
                                  " fields as in the header, found " +
                                  std::to_string(row.fields.size()));
    return true;
  }
  error = fill(row.fields, origin, rating);
  return true;
}

// ---- JSONL lists -------------------------------------------------------------

class JsonlRatingReader final : public RatingReader {
 public:
  JsonlRatingReader(std::unique_ptr<io::InputStream> stream, std::string path, std::string list)
      : stream_(std::move(stream)), path_(std::move(path)), list_(std::move(list)) {}

  bool next(SourceRating& rating, Status& error) override;
  const char* format_name() const override { return "jsonl"; }
  const std::string& list() const override { return list_; }

 private:
  Status fill(const std::string& origin, SourceRating& rating);

  std::unique_ptr<io::InputStream> stream_;
  std::string path_;
  std::string list_;
  std::string line_;
};

Status JsonlRatingReader::fill(const std::string& origin, SourceRating& rating) {
  const Result<rapidjson::Document> parsed = json::parse(line_);
  if (!parsed.ok() || !parsed.value().IsObject()) return row_error(origin, "not a JSON object");
  const json::Value& row = parsed.value();
  const auto string_field = [&](const char* key) -> std::optional<std::string> {
    const json::Value* found = json::find(row, key);
    if (found == nullptr || found->IsNull()) return std::string();
    const std::optional<std::string_view> text = json::string_of(*found);
    if (!text) return std::nullopt;
    return std::string(*text);
  };
  const std::optional<std::string> domain = string_field("domain");
  if (!domain || domain->empty()) return row_error(origin, "no \"domain\" string");
  if (Status status = set_domain(rating, *domain, origin); !status.ok()) return status;
  if (const json::Value* score = json::find(row, "score"); score && !score->IsNull()) {
    const std::string text = score->IsNumber()   ? json::compact(*score)
                             : score->IsString() ? json::scalar_text(*score)
                                                 : std::string("?");
    if (Status status = set_score(rating, text, "score", origin); !status.ok()) return status;
  }
  if (const json::Value* labels = json::find(row, "labels"); labels && labels->IsArray()) {
    for (const json::Value& label : labels->GetArray()) {
      if (!label.IsString()) return row_error(origin, "\"labels\" holds a non-string");
      add_label(rating.labels, std::string_view(label.GetString(), label.GetStringLength()));
    }
  } else if (const std::optional<std::string> text = string_field("labels")) {
    add_labels(rating.labels, *text);
  } else {
    return row_error(origin, "\"labels\" is neither a string nor an array of strings");
  }
  const std::optional<std::string> notes = string_field("notes");
  const std::optional<std::string> provenance = string_field("provenance");
  if (!notes || !provenance)
    return row_error(origin, "\"notes\" and \"provenance\" must be strings");
  rating.notes = *notes;
  if (!provenance->empty()) rating.list = *provenance;
  if (!rating.score && rating.labels.empty()) return row_error(origin, "no score and no labels");
  return Status();
}

bool JsonlRatingReader::next(SourceRating& rating, Status& error) {
  for (;;) {
    const io::InputStream::LineResult got = stream_->read_line(line_, kMaxRecordBytes);
    if (got == io::InputStream::LineResult::kEnd) return false;
    if (got == io::InputStream::LineResult::kError) {
      error = stream_->status();
      return true;
    }
    const std::string origin = io::line_origin(path_, stream_->line_number());
    if (got == io::InputStream::LineResult::kTooLong) {
      error = row_error(origin, io::record_too_large_reason(kMaxRecordBytes));
      return true;
    }
    if (io::is_blank(line_)) continue;
    rating = SourceRating{};
    rating.list = list_;
    rating.file = path_;
    rating.line = stream_->line_number();
    error = fill(origin, rating);
    return true;
  }
}

bool is_jsonl_path(const std::string& path) {
  for (const char* suffix : {".jsonl", ".json", ".jsonl.gz", ".json.gz", ".ndjson"}) {
    if (path.ends_with(suffix)) return true;
  }
  return false;
}

}  // namespace

Result<std::unique_ptr<RatingReader>> RatingReader::open(const std::string& path,
                                                         const ImportOptions& options) {
  Result<std::unique_ptr<io::InputStream>> stream = io::InputStream::open_file(path);
  if (!stream.ok()) return stream.status();
  const std::string default_list = options.list.empty() ? file_stem(path) : options.list;
  if (options.format == RatingFormat::kUserJsonl ||
      (options.format == RatingFormat::kAuto && is_jsonl_path(path))) {
    return std::unique_ptr<RatingReader>(
        std::make_unique<JsonlRatingReader>(std::move(stream).value(), path, default_list));
  }
  auto rows = std::make_unique<io::CsvRows>(std::move(stream).value(), false, kMaxRecordBytes);
  io::CsvRow header;
  if (!rows->next(header)) {
    return rows->stream_failed() ? rows->stream().status()
                                 : Status(StatusCode::kUnreadable, path + ": no header row");
  }
  if (!header.error.ok()) return header.error;
  std::vector<std::string> names;
  for (const std::string& name : header.fields) names.push_back(io::normalized_column_name(name));
  const auto has = [&](std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  using Kind = CsvRatingReader::Kind;
  Kind kind = Kind::kUser;
  switch (options.format) {
    case RatingFormat::kDomainRatings:
      kind = Kind::kDomainRatings;
      break;
    case RatingFormat::kOpenSources:
      kind = Kind::kOpenSources;
      break;
    case RatingFormat::kAuto:
      kind = has("pc1")                       ? Kind::kDomainRatings
             : has("type") && has("2nd type") ? Kind::kOpenSources
                                              : Kind::kUser;
      break;
    default:
      break;
  }
  std::string list = !options.list.empty()          ? options.list
                     : kind == Kind::kDomainRatings ? "domain_ratings"
                     : kind == Kind::kOpenSources   ? "opensources"
                                                    : default_list;
  auto reader = std::make_unique<CsvRatingReader>(std::move(rows), std::move(header.fields), kind,
                                                  path, std::move(list));
  if (Status status = reader->map_columns(); !status.ok()) return status;
  return std::unique_ptr<RatingReader>(std::move(reader));
}

}  // namespace verity::evidence
