// Library: verity (core).
//
// An Article is a news item cleaned from its input: the story's title and
// paragraphs without the page chrome around them, its metadata, the sources it
// cites, and an account of every line that was dropped and why.
#ifndef VERITY_ARTICLE_H_
#define VERITY_ARTICLE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace verity {

// A byte range [begin, end) of a text.
struct Span {
  std::uint32_t begin;
  std::uint32_t end;
};

// A line of the input that extraction dropped, with the rule that dropped it
// (e.g. "navigation", "repeated caption", "author bio").
struct RemovedLine {
  std::string text;
  std::string reason;
};

// Who published an article and how that was found. The URL's host is the
// surest; without a URL the page's own words about itself ("Fact checked by
// The People's Voice", "© 2016 Breitbart", JSON-LD publisher, og:site_name)
// name the outlet, mapped to a domain by the outlet-name table
// (src/text/outlet_names.tsv). The evidence store rates `domain` when the
// article has no URL, and may resolve a `name` it left without a domain.
struct Publisher {
  std::string domain;  // registrable host, lower-case; "" when only a name was found
  std::string name;    // the outlet as the page names it; "" when found from the URL
  // How it was found: url, jsonld, site_name, copyright, badge, originally,
  // dateline, bio, masthead.
  std::string method;
  double confidence = 0;  // 0..1: how sure that cue is, by kind (docs/evidence.md)
  // The line it was read from, for the explanation; "" for url.
  std::string evidence;
  bool found() const { return !domain.empty() || !name.empty(); }
};

struct Article {
  std::string id;
  std::string title;
  std::vector<std::string> authors;
  std::optional<std::string> date;  // ISO 8601 (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)
  std::string url;
  std::string domain;   // host of url, lower-case, without "www."
  Publisher publisher;  // from the URL, else from what the page says about itself
  // The story, one entry per paragraph, NFC-normalized with typographic quotes
  // and dashes folded to ASCII (kept as the page wrote them with
  // ExtractOptions::keep_typography, as `verity extract` shows a page).
  std::vector<std::string> paragraphs;
  // Outlets or domains the text names as its source ("Presstv.ir reports:"
  // gives "presstv.ir"), lower-case, first mention first, no repeats.
  std::vector<std::string> cited_sources;
  std::vector<RemovedLine> removed;

  // Passed through from the input when it had them.
  std::string label;
  std::string dataset;
  std::vector<std::pair<std::string, std::string>> extra;

  std::size_t repaired_bytes = 0;  // invalid UTF-8 bytes replaced by U+FFFD

  // The paragraphs joined by blank lines.
  std::string body() const;
};

}  // namespace verity

#endif  // VERITY_ARTICLE_H_
