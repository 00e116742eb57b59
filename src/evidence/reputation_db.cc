// ReputationDb: rating lists into the store, and lookups out of it.
#include <set>
#include <unordered_set>

#include "evidence/domain.h"
#include "evidence/import_batches.h"
#include "evidence/rating_reader.h"
#include "evidence/sqlite.h"
#include "json/json_reader.h"
#include "json/json_writer.h"
#include "text/outlet_names.h"
#include "verity/evidence/reputation.h"

namespace verity {
namespace {

std::string join_labels(const std::vector<std::string>& labels) {
  std::string out;
  for (const std::string& label : labels) out += (out.empty() ? "" : ",") + label;
  return out;
}

std::vector<std::string> split_labels(std::string_view text) {
  std::vector<std::string> labels;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    labels.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return labels;
}

// The host, then each parent domain down to the registrable one:
// "a.news.bbc.co.uk", "news.bbc.co.uk", "bbc.co.uk".
std::vector<std::string> lookup_candidates(const DomainName& name) {
  std::vector<std::string> candidates = {name.host};
  if (name.is_ip || name.registrable.empty()) return candidates;
  std::string_view rest = name.host;
  while (rest.size() > name.registrable.size()) {
    rest.remove_prefix(rest.find('.') + 1);
    candidates.emplace_back(rest);
  }
  return candidates;
}

}  // namespace

Result<ImportReport> ReputationDb::import_file(const std::string& path,
                                               const ImportOptions& options) {
  Result<std::unique_ptr<evidence::RatingReader>> opened =
      evidence::RatingReader::open(path, options);
  if (!opened.ok()) return opened.status();
  evidence::RatingReader& reader = *opened.value();
  Result<evidence::Statement> upsert = evidence::Statement::prepare(
      connection_,
      "INSERT INTO ratings (domain, list, file, line, score, labels, notes, components) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list, domain) DO UPDATE SET "
      "file = excluded.file, line = excluded.line, score = excluded.score, "
      "labels = excluded.labels, notes = excluded.notes, components = excluded.components");
  if (!upsert.ok()) return upsert.status();

  ImportReport report;
  report.format = reader.format_name();
  std::set<std::string> lists;
  std::unordered_set<std::string> rated;  // "list\ndomain" seen in this file
  evidence::ImportBatches batches(connection_, options.batch_rows);
  SourceRating rating;
  Status error;
  while (reader.next(rating, error)) {
    if (Status status = batches.open(); !status.ok()) return status;
    ++report.rows;
    if (!error.ok()) {
      evidence::count_bad_row(report, error);
    } else {
      const std::string components = json::written(-1, [&](auto& out) {
        out.start_array();
        for (const auto& [name, value] : rating.components) {
          out.start_array();
          out.string(name);
          out.number(value);
          out.end_array();
        }
        out.end_array();
      });
      evidence::Statement& row = upsert.value();
      row.bind(1, rating.domain).bind(2, rating.list).bind(3, rating.file);
      row.bind(4, static_cast<std::int64_t>(rating.line)).bind(5, rating.score);
      row.bind(6, join_labels(rating.labels)).bind(7, rating.notes).bind(8, components);
      if (Status status = row.run(); !status.ok()) return status;
      ++report.imported;
      if (!rated.insert(rating.list + "\n" + rating.domain).second) ++report.repeated;
      lists.insert(rating.list);
    }
    if (options.on_row) options.on_row(report.rows);
    if (Status status = batches.row_done(report.rows); !status.ok()) return status;
  }
  for (const std::string& list : lists) report.list += (report.list.empty() ? "" : ",") + list;
  if (report.list.empty()) report.list = reader.list();
  if (Status status = batches.finish(report.list, path, report.format, report.rows, report.imported,
                                     report.bad);
      !status.ok())
    return status;
  return report;
}

Result<SourceReputation> ReputationDb::lookup(std::string_view domain) {
  SourceReputation reputation;
  reputation.query = std::string(domain);
  Result<DomainName> name = parse_domain(domain);
  if (!name.ok()) {
    reputation.error = name.status().message();
    return reputation;
  }
  reputation.domain = name.value().host;
  reputation.unicode = name.value().unicode;
  Result<evidence::Statement> select = evidence::Statement::prepare(
      connection_,
      "SELECT domain, list, file, line, score, labels, notes, components FROM ratings "
      "WHERE domain = ? ORDER BY list");
  if (!select.ok()) return select.status();
  evidence::Statement& query = select.value();
  const auto read_ratings = [&](const std::string& candidate) -> Status {
    query.bind(1, candidate);
    for (;;) {
      Result<bool> row = query.step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      SourceRating rating;
      rating.domain = query.text(0);
      rating.list = query.text(1);
      rating.file = query.text(2);
      rating.line = static_cast<std::size_t>(query.integer(3));
      rating.score = query.real(4);
      rating.labels = split_labels(query.text(5));
      rating.notes = query.text(6);
      const Result<rapidjson::Document> components = json::parse(query.text(7));
      if (components.ok() && components.value().IsArray()) {
        for (const json::Value& pair : components.value().GetArray()) {
          if (pair.IsArray() && pair.Size() == 2 && pair[0].IsString() && pair[1].IsNumber())
            rating.components.emplace_back(json::scalar_text(pair[0]), pair[1].GetDouble());
        }
      }
      reputation.ratings.push_back(std::move(rating));
    }
    query.reset();
    return Status();
  };
  for (const std::string& candidate : lookup_candidates(name.value())) {
    if (Status read = read_ratings(candidate); !read.ok()) return read;
    if (!reputation.ratings.empty()) {
      reputation.matched = candidate;
      break;
    }
  }
  // An outlet renamed since the lists were made (thepeoplesvoice.tv, once
  // newspunch.com and yournewswire.com) is rated by all its former domains.
  if (reputation.ratings.empty()) {
    const std::string& registrable =
        name.value().registrable.empty() ? name.value().host : name.value().registrable;
    for (std::string_view former : text::former_domains(registrable)) {
      const std::size_t before = reputation.ratings.size();
      if (Status read = read_ratings(std::string(former)); !read.ok()) return read;
      if (reputation.ratings.size() > before)
        reputation.matched += (reputation.matched.empty() ? "" : ", ") + std::string(former);
    }
  }
  reputation.standing = reputation_standing(reputation.ratings, &reputation.score);
  return reputation;
}

Result<std::string> ReputationDb::domain_of_name(std::string_view name) {
  if (!names_loaded_) {
    Result<evidence::Statement> select =
        evidence::Statement::prepare(connection_, "SELECT DISTINCT domain FROM ratings");
    if (!select.ok()) return select.status();
    std::unordered_set<std::string> ambiguous;
    for (;;) {
      Result<bool> row = select.value().step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      const std::string domain(select.value().text(0));
      Result<DomainName> parsed = parse_domain(domain);
      // Only a registrable domain names an outlet: "naturalnews.com", not
      // "french.presstv.com" or "someone.blogspot.com".
      if (!parsed.ok() || parsed.value().registrable != domain || parsed.value().is_ip) continue;
      const std::size_t dot = domain.find('.');
      const std::string key = text::outlet_name_key(std::string_view(domain).substr(0, dot));
      if (key.size() < kMinNameKey) continue;
      if (!name_keys_.try_emplace(key, domain).second && name_keys_[key] != domain)
        ambiguous.insert(key);
    }
    for (const std::string& key : ambiguous) name_keys_.erase(key);  // two outlets: neither
    names_loaded_ = true;
  }
  for (const std::string& key : text::outlet_name_keys(name)) {
    const auto found = name_keys_.find(key);
    if (found != name_keys_.end()) return found->second;
  }
  return std::string();
}

Result<ArticleSources> ReputationDb::rate_article(const Article& article) {
  ArticleSources sources;
  sources.found_by = article.publisher;
  std::string publisher_domain = article.domain;
  if (publisher_domain.empty()) publisher_domain = article.publisher.domain;
  if (publisher_domain.empty() && !article.publisher.name.empty()) {
    Result<std::string> named = domain_of_name(article.publisher.name);
    if (!named.ok()) return named.status();
    publisher_domain = std::move(named).value();
    sources.found_by.domain = publisher_domain;
  }
  if (!article.domain.empty() && article.publisher.method != "url") {
    sources.found_by = Publisher{article.domain, "", "url", 1.0, ""};
  }
  if (!publisher_domain.empty()) {
    Result<SourceReputation> publisher = lookup(publisher_domain);
    if (!publisher.ok()) return publisher.status();
    sources.publisher = std::move(publisher).value();
  }
  for (const std::string& cited : article.cited_sources) {
    Result<SourceReputation> reputation = lookup(cited);
    if (!reputation.ok()) return reputation.status();
    sources.cited.push_back(std::move(reputation).value());
  }
  return sources;
}

Result<std::vector<RatingList>> ReputationDb::lists() {
  Result<evidence::Statement> select =
      evidence::Statement::prepare(connection_,
                                   "SELECT list, count(*), group_concat(DISTINCT file) FROM "
                                   "ratings GROUP BY list ORDER BY list");
  if (!select.ok()) return select.status();
  std::vector<RatingList> lists;
  for (;;) {
    Result<bool> row = select.value().step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    lists.push_back({std::string(select.value().text(0)),
                     static_cast<std::size_t>(select.value().integer(1)),
                     std::string(select.value().text(2))});
  }
  return lists;
}

}  // namespace verity
