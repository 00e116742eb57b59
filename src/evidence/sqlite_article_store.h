// The SQLite FTS5 backend of ArticleStore, inside the evidence store.
#ifndef VERITY_SRC_EVIDENCE_SQLITE_ARTICLE_STORE_H_
#define VERITY_SRC_EVIDENCE_SQLITE_ARTICLE_STORE_H_

#include <memory>

#include "evidence/sqlite.h"
#include "verity/evidence/article_store.h"

namespace verity::evidence {

// REQUIRES: the connection's schema is current; it outlives the store.
std::unique_ptr<ArticleStore> make_sqlite_article_store(const Connection& connection);

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_SQLITE_ARTICLE_STORE_H_
