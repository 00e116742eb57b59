// The term generator shared by both article-store backends and the query
// builder, so a word is cut the same way when indexed and when searched for.
// Indexing runs it over every body, so it allocates only for new terms.
#ifndef VERITY_SRC_EVIDENCE_TERMS_H_
#define VERITY_SRC_EVIDENCE_TERMS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/unicode.h"
#include "verity/article.h"

namespace verity::evidence {

// Hash and equality that accept string_view, so looking a term up in a map
// of std::string never builds a temporary string.
struct TermHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view term) const {
    return std::hash<std::string_view>{}(term);
  }
};
template <typename Value>
using TermMap = std::unordered_map<std::string, Value, TermHash, std::equal_to<>>;

// Letters, digits and marks make terms (SQLite's unicode61 agrees).
bool is_term_code_point(char32_t cp);

// Calls `emit(std::string_view)` for each index term of `text` (see
// index_terms() in article_store.h); the view lives until the next call.
// `buffer` is scratch space the caller may reuse.
template <typename Emit>
void for_each_index_term(std::string_view text, std::string& buffer, Emit&& emit) {
  std::size_t start = std::string_view::npos;
  bool ascii = true;
  const auto flush = [&](std::size_t end) {
    if (start == std::string_view::npos) return;
    const std::string_view raw = text.substr(start, end - start);
    buffer.clear();
    if (ascii) {
      for (char c : raw) buffer.push_back(internal::ascii_lower(c));
    } else {
      internal::append_lowercase(raw, buffer);
    }
    emit(std::string_view(buffer));
    start = std::string_view::npos;
    ascii = true;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (internal::is_ascii_alnum(c)) {
        if (start == std::string_view::npos) start = i;
      } else {
        flush(i);
      }
      ++i;
      continue;
    }
    const internal::CodePoint cp = internal::decode_at(text, i);
    if (is_term_code_point(cp.value)) {
      if (start == std::string_view::npos) start = i;
      ascii = false;
    } else {
      flush(i);
    }
    i += cp.length;
  }
  flush(text.size());
}

// A term worth counting for tf-idf: three bytes or more, at most 40, not all
// digits, not an English stop word.
bool is_content_term(std::string_view term);

// Calls `emit(std::string_view)` for each content term of the article's
// title (with `in_title` true) and paragraphs, repeats included.
template <typename Emit>
void for_each_content_term(const Article& article, std::string& buffer, Emit&& emit) {
  const auto scan = [&](std::string_view text, bool in_title) {
    for_each_index_term(text, buffer, [&](std::string_view term) {
      if (is_content_term(term)) emit(term, in_title);
    });
  };
  scan(article.title, true);
  for (const std::string& paragraph : article.paragraphs) scan(paragraph, false);
}

// A hex XXH3-128 of the parts, separated by NUL bytes: the identity of an
// article (content_hash) or a rated claim in the store.
std::string hex_hash128(const std::vector<std::string_view>& parts);

// The content terms of an article with their frequency; title occurrences
// count `title_weight` times.
TermMap<double> content_term_counts(const Article& article, double title_weight);

}  // namespace verity::evidence

#endif  // VERITY_SRC_EVIDENCE_TERMS_H_
