// The term generator shared by both article-store backends and the query
// builder, so a word is cut the same way when indexed and when searched for.
#ifndef VERITY_SRC_EVIDENCE_TERMS_H_
#define VERITY_SRC_EVIDENCE_TERMS_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "verity/article.h"

namespace verity::evidence {

// Calls `term` for each index term of `text` (see index_terms() in
// article_store.h). The view is valid only during the call.
void for_each_index_term(std::string_view text, const std::function<void(std::string_view)>& term);

// A term worth counting for tf-idf: three bytes or more, at most 40, not all
// digits, not an English stop word.
bool is_content_term(std::string_view term);

// The content terms of an article with their frequency; title occurrences
// count `title_weight` times.
std::unordered_map<std::string, double> content_term_counts(const Article& article,
                                                            double title_weight);

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_TERMS_H_
