// Library: verity (core).
//
// A Document is one input as it arrives, before cleaning: the raw text or HTML
// plus whatever metadata the input carried (a dataset row's id, title, label).
// Readers (reader.h) produce Documents; extraction (extract.h) turns a Document
// into a clean Article.
#ifndef VERITY_DOCUMENT_H_
#define VERITY_DOCUMENT_H_

#include <string>
#include <utility>
#include <vector>

namespace verity {

// How a document's content is written.
enum class ContentKind {
  kText,  // plain text as a scraper hands it over
  kHtml,  // an HTML page or fragment
};

struct Document {
  std::string content;  // raw bytes; may hold invalid UTF-8 (extraction repairs it)
  ContentKind kind = ContentKind::kText;

  // Metadata the input supplied; empty when it did not. Extraction prefers
  // these over what it finds in the content.
  std::string id;
  std::string title;
  std::string url;
  std::string date;  // as given: ISO 8601, epoch seconds, or a written date
  std::vector<std::string> authors;
  std::string label;    // a dataset's gold label (fake, real, satire, pants-fire, ...)
  std::string dataset;  // which collection the record came from

  // Other named fields the input carried (LIAR's speaker and context, a CSV's
  // extra columns), kept in input order so nothing is lost.
  std::vector<std::pair<std::string, std::string>> extra;

  // Where the document came from, for messages: "data.jsonl:12", "page.html".
  std::string origin;
};

}  // namespace verity

#endif  // VERITY_DOCUMENT_H_
