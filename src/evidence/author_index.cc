// AuthorIndex: bylines counted per outlet, and an author's standing from the
// ratings of those outlets.
#include <xxhash.h>

#include <algorithm>

#include "evidence/domain.h"
#include "evidence/sqlite.h"
#include "text/line_text.h"
#include "verity/evidence/authors.h"
#include "verity/evidence/reputation.h"

namespace verity {
namespace {

// The outlet an article was seen at, as a registrable domain; "" when none.
std::string outlet_of(const Article& article) {
  const std::string& given = article.domain.empty() ? article.publisher.domain : article.domain;
  if (given.empty()) return {};
  Result<DomainName> name = parse_domain(given);
  if (!name.ok()) return {};
  return name.value().registrable.empty() ? name.value().host : name.value().registrable;
}

}  // namespace

std::string AuthorIndex::key(std::string_view name) {
  std::string key;
  bool space = false;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (space && !key.empty()) key.push_back(' ');
      space = false;
      key.push_back(c);
    } else if (c == ' ') {
      space = true;
    }
  }
  return key;
}

Result<AuthorImportReport> AuthorIndex::add(const std::vector<Article>& articles) {
  AuthorImportReport report;
  evidence::Transaction transaction(connection_);
  if (!transaction.begun().ok()) return transaction.begun();
  Result<evidence::Statement> seen = evidence::Statement::prepare(
      connection_, "INSERT OR IGNORE INTO author_articles (key) VALUES (?)");
  if (!seen.ok()) return seen.status();
  Result<evidence::Statement> count = evidence::Statement::prepare(
      connection_,
      "INSERT INTO author_outlets (author, name, domain, articles) VALUES (?, ?, ?, 1) "
      "ON CONFLICT (author, domain) DO UPDATE SET articles = articles + 1");
  if (!count.ok()) return count.status();
  for (const Article& article : articles) {
    const std::string outlet = outlet_of(article);
    std::vector<const std::string*> names;
    for (const std::string& author : article.authors) {
      // A person's byline has two words or more: "Staff", "Admin" or a
      // single first name cannot tell one author from another.
      if (text::looks_like_person_name(author) && key(author).find(' ') != std::string::npos)
        names.push_back(&author);
    }
    if (outlet.empty() || names.empty()) continue;
    std::string identity = article.id;
    identity.append("\n").append(outlet);
    for (const std::string* name : names) identity.append("\n").append(key(*name));
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(XXH3_64bits(identity.data(), identity.size())));
    seen.value().bind(1, std::string_view(hex));
    if (Status status = seen.value().run(); !status.ok()) return status;
    if (sqlite3_changes(connection_.handle()) == 0) {
      ++report.repeated;
      continue;
    }
    ++report.articles;
    for (const std::string* name : names) {
      count.value().bind(1, key(*name)).bind(2, *name).bind(3, outlet);
      if (Status status = count.value().run(); !status.ok()) return status;
      ++report.bylines;
    }
  }
  if (Status committed = transaction.commit(); !committed.ok()) return committed;
  return report;
}

Result<AuthorStanding> AuthorIndex::standing(std::string_view name, ReputationDb& reputation) {
  AuthorStanding author;
  author.name = std::string(name);
  const std::string author_key = key(name);
  if (author_key.empty()) return author;
  Result<evidence::Statement> select =
      evidence::Statement::prepare(connection_,
                                   "SELECT domain, articles FROM author_outlets WHERE author = ? "
                                   "ORDER BY articles DESC, domain");
  if (!select.ok()) return select.status();
  select.value().bind(1, author_key);
  for (;;) {
    Result<bool> row = select.value().step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    AuthorOutlet outlet;
    outlet.domain = std::string(select.value().text(0));
    outlet.articles = static_cast<std::size_t>(select.value().integer(1));
    author.outlets.push_back(std::move(outlet));
  }
  for (AuthorOutlet& outlet : author.outlets) {
    Result<SourceReputation> rated = reputation.lookup(outlet.domain);
    if (!rated.ok()) return rated.status();
    outlet.standing = rated.value().standing;
    author.articles += outlet.articles;
    if (outlet.standing == Standing::kUnknown) continue;
    author.rated += outlet.articles;
    if (outlet.standing == Standing::kLow) author.low += outlet.articles;
    if (outlet.standing == Standing::kHigh) author.high += outlet.articles;
  }
  if (author.rated == 0) return author;  // never seen, or only at unrated outlets
  if (2 * author.low > author.rated) {
    author.standing = Standing::kLow;
  } else if (2 * author.high > author.rated) {
    author.standing = Standing::kHigh;
  } else {
    author.standing = Standing::kMixed;
  }
  return author;
}

}  // namespace verity
