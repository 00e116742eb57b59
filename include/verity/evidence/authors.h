// Library: verity_evidence.
//
// Bylines and the outlets they were seen at: an author's standing is the
// standing of the outlets that publish them, with the counts behind it
// (AuthorStanding in evidence.h). Filled from articles (`verity index add`
// records the bylines of what it stores; `verity index authors` reads only
// the bylines and URLs of a labelled collection). An author the store never
// saw is unknown, never reliable. Not thread-safe (see store.h).
#ifndef VERITY_EVIDENCE_AUTHORS_H_
#define VERITY_EVIDENCE_AUTHORS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "verity/article.h"
#include "verity/evidence.h"
#include "verity/status.h"

namespace verity {

namespace evidence {
class Connection;
}
class ReputationDb;

struct AuthorImportReport {
  std::size_t articles = 0;  // articles with a byline and an outlet, newly counted
  std::size_t repeated = 0;  // counted by an earlier import
  std::size_t bylines = 0;   // (author, outlet) counts added
};

class AuthorIndex {
 public:
  explicit AuthorIndex(evidence::Connection& connection) : connection_(connection) {}

  // Counts each byline of each article at its outlet: the registrable domain
  // of Article::domain, else of Article::publisher.domain. Articles without
  // either, and names that are not person-shaped names of two words or more
  // ("Staff", "Admin"), are skipped; an article counted before (same id,
  // outlet and bylines) is not counted again. One transaction.
  [[nodiscard]] Result<AuthorImportReport> add(const std::vector<Article>& articles);

  // What the store knows of one byline, its outlets rated by `reputation`.
  [[nodiscard]] Result<AuthorStanding> standing(std::string_view name, ReputationDb& reputation);

  // The key names are compared by: ASCII lower-cased, letters and digits and
  // single spaces kept ("Sean Adl-Tabatabai" -> "sean adltabatabai").
  static std::string key(std::string_view name);

 private:
  evidence::Connection& connection_;
};

}  // namespace verity

#endif  // VERITY_EVIDENCE_AUTHORS_H_
