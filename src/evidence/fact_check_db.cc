// FactCheckDb's import side: rated claims into the store in batches, keyed
// by a content hash so reruns add nothing, with FTS5 and claim-term
// statistics kept in step.
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "evidence/claim_reader.h"
#include "evidence/claim_statements.h"
#include "evidence/import_batches.h"
#include "verity/evidence/fact_checks.h"

namespace verity {
namespace {

// Lower-case letters and digits, words joined by single spaces: "Mostly
// False!" → "mostly false", "pants-fire" → "pants fire".
std::string rating_key(std::string_view rating) {
  std::string key;
  for (char c : rating) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!key.empty() && key.back() != ' ') {
      key.push_back(' ');
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// The three statements an import writes with.
struct ClaimInserts {
  evidence::Statement* claim = nullptr;   // the row; does nothing for a stored hash
  evidence::Statement* text = nullptr;    // its FTS5 entry
  evidence::Statement* add_df = nullptr;  // claim-term document frequencies
};

Result<ClaimInserts> prepare_claim_inserts(evidence::ClaimStatements& s) {
  Result<evidence::Statement*> claim = s.get(
      s.insert,
      "INSERT INTO claims (hash, claim, rating, verdict, speaker, subjects, context, reviewer, "
      "url, date, collection, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (hash) DO NOTHING");
  Result<evidence::Statement*> text =
      s.get(s.insert_text, "INSERT INTO claims_fts (rowid, claim) VALUES (?, ?)");
  Result<evidence::Statement*> add_df =
      s.get(s.add_df,
            "INSERT INTO claim_terms (term, df) VALUES (?, ?) "
            "ON CONFLICT (term) DO UPDATE SET df = df + excluded.df");
  for (const auto* prepared : {&claim, &text, &add_df}) {
    if (!prepared->ok()) return prepared->status();
  }
  return ClaimInserts{claim.value(), text.value(), add_df.value()};
}

// Stores `claim` (its hash set) with its FTS5 entry; false when a claim of
// that hash was stored already.
Result<bool> insert_claim(const evidence::Connection& connection, const ClaimInserts& inserts,
                          const RatedClaim& claim) {
  evidence::Statement& row = *inserts.claim;
  row.bind(1, claim.hash).bind(2, claim.claim).bind(3, claim.rating).bind(4, claim.verdict);
  row.bind(5, claim.speaker).bind(6, claim.subjects).bind(7, claim.context);
  row.bind(8, claim.reviewer).bind(9, claim.url).bind(10, claim.date);
  row.bind(11, claim.collection).bind(12, claim.file);
  row.bind(13, static_cast<std::int64_t>(claim.line));
  if (Status status = row.run(); !status.ok()) return status;
  if (sqlite3_changes(connection.handle()) == 0) return false;
  const auto key = static_cast<std::int64_t>(sqlite3_last_insert_rowid(connection.handle()));
  if (Status status = inserts.text->bind(1, key).bind(2, claim.claim).run(); !status.ok())
    return status;
  return true;
}

// Adds one to `df` for each content term `claim` holds, once per claim.
void count_claim_terms(const std::string& claim, std::string& buffer,
                       evidence::TermMap<std::int64_t>& df) {
  evidence::TermMap<bool> seen;
  evidence::for_each_index_term(claim, buffer, [&](std::string_view term) {
    if (!evidence::is_content_term(term) || seen.contains(term)) return;
    seen.emplace(std::string(term), true);
    auto found = df.find(term);
    if (found == df.end()) found = df.emplace(std::string(term), 0).first;
    ++found->second;
  });
}

}  // namespace

std::string normalize_verdict(std::string_view rating) {
  static const std::unordered_map<std::string_view, std::string_view> kVerdicts = {
      {"pants fire", "false"},
      {"pants on fire", "false"},
      {"false", "false"},
      {"fake", "false"},
      {"incorrect", "false"},
      {"wrong", "false"},
      {"fabricated", "false"},
      {"four pinocchios", "false"},
      {"barely true", "mostly-false"},
      {"mostly false", "mostly-false"},
      {"misleading", "mostly-false"},
      {"largely false", "mostly-false"},
      {"three pinocchios", "mostly-false"},
      {"half true", "mixed"},
      {"mixture", "mixed"},
      {"mixed", "mixed"},
      {"partly true", "mixed"},
      {"partly false", "mixed"},
      {"partially true", "mixed"},
      {"partially false", "mixed"},
      {"missing context", "mixed"},
      {"two pinocchios", "mixed"},
      {"mostly true", "mostly-true"},
      {"mostly correct", "mostly-true"},
      {"largely true", "mostly-true"},
      {"one pinocchio", "mostly-true"},
      {"true", "true"},
      {"correct", "true"},
      {"accurate", "true"},
      {"geppetto checkmark", "true"},
  };
  const auto found = kVerdicts.find(rating_key(rating));
  return found == kVerdicts.end() ? "" : std::string(found->second);
}

FactCheckDb::FactCheckDb(evidence::Connection& connection)
    : connection_(connection),
      statements_(std::make_unique<evidence::ClaimStatements>(connection)) {}

FactCheckDb::~FactCheckDb() = default;

Result<ClaimImportReport> FactCheckDb::import_file(const std::string& path,
                                                   const ClaimImportOptions& options) {
  Result<std::unique_ptr<evidence::ClaimReader>> opened =
      evidence::ClaimReader::open(path, options.format);
  if (!opened.ok()) return opened.status();
  evidence::ClaimReader& reader = *opened.value();
  evidence::ClaimStatements& s = *statements_;
  const Result<ClaimInserts> inserts = prepare_claim_inserts(s);
  if (!inserts.ok()) return inserts.status();
  s.size.reset();
  s.df.clear();

  ClaimImportReport report;
  report.format = reader.format_name();
  evidence::TermMap<std::int64_t> batch_df;
  std::string buffer;
  // Each batch writes its term counts before it commits.
  evidence::ImportBatches batches(connection_, options.batch_rows, [&]() -> Status {
    std::vector<std::pair<std::string_view, std::int64_t>> sorted(batch_df.begin(), batch_df.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [term, df] : sorted) {
      if (Status status = inserts.value().add_df->bind(1, term).bind(2, df).run(); !status.ok())
        return status;
    }
    batch_df.clear();
    return Status();
  });
  RatedClaim claim;
  Status error;
  while (reader.next(claim, error)) {
    if (Status status = batches.open(); !status.ok()) return status;
    ++report.rows;
    if (!error.ok()) {
      evidence::count_bad_row(report, error);
    } else {
      claim.hash = evidence::hex_hash128(
          {claim.claim, claim.rating, claim.speaker, claim.reviewer, claim.date});
      const Result<bool> inserted = insert_claim(connection_, inserts.value(), claim);
      if (!inserted.ok()) return inserted.status();
      if (inserted.value()) {
        count_claim_terms(claim.claim, buffer, batch_df);
        ++report.imported;
      } else {
        ++report.already_stored;
      }
    }
    if (options.on_row) options.on_row(report.rows);
    if (Status status = batches.row_done(report.rows); !status.ok()) return status;
  }
  if (Status status =
          batches.finish("claims", path, report.format, report.rows, report.imported, report.bad);
      !status.ok())
    return status;
  return report;
}

Result<std::size_t> FactCheckDb::size() {
  if (statements_->size) return *statements_->size;
  Result<evidence::Statement> count =
      evidence::Statement::prepare(connection_, "SELECT count(*) FROM claims");
  if (!count.ok()) return count.status();
  Result<bool> row = count.value().step();
  if (!row.ok()) return row.status();
  statements_->size = static_cast<std::size_t>(count.value().integer(0));
  return *statements_->size;
}

Result<std::size_t> FactCheckDb::document_frequency(std::string_view term) {
  evidence::ClaimStatements& s = *statements_;
  if (const auto cached = s.df.find(term); cached != s.df.end()) return cached->second;
  Result<evidence::Statement*> get = s.get(s.get_df, "SELECT df FROM claim_terms WHERE term = ?");
  if (!get.ok()) return get.status();
  evidence::Statement& query = *get.value();
  query.bind(1, term);
  Result<bool> row = query.step();
  const std::size_t df = row.ok() && row.value() ? static_cast<std::size_t>(query.integer(0)) : 0;
  query.reset();
  if (!row.ok()) return row.status();
  s.df.emplace(std::string(term), df);
  return df;
}

}  // namespace verity
