// Library: verity (core).
//
// Extraction turns a Document (raw text or HTML as it arrives) into a clean
// Article: it repairs and normalizes the text, finds the title, byline and
// date, keeps the story's paragraphs and drops page chrome — navigation,
// banners, repeated captions, share and cookie lines, self-awarded badges,
// author bios, publisher blurbs and unrelated text appended after the story —
// recording each dropped line with its reason.
//
// Thread-safe: extraction keeps no state between calls.
#ifndef VERITY_EXTRACT_H_
#define VERITY_EXTRACT_H_

#include <cstddef>
#include <string_view>

#include "verity/article.h"
#include "verity/document.h"
#include "verity/status.h"

namespace verity {

struct ExtractOptions {
  // Documents larger than this are refused with kTooLarge rather than cleaned;
  // page-sized news never comes near it.
  std::size_t max_document_bytes = std::size_t{32} << 20;
  // Record dropped lines in Article::removed (turn off to save work in bulk).
  bool keep_removed = true;
  // Show an HTML page's title, paragraphs and removed lines with the page's
  // own typography (curly quotes, dashes, ellipses) instead of folded to
  // ASCII, as `verity extract` does. The same lines are kept either way: the
  // rules read the folded text. Leave it off for anything that reads the
  // Article (the model, claims, evidence): they are built on the folded form.
  // Plain-text documents are always folded.
  bool keep_typography = false;
};

// Cleans one document. Fails with kUnreadable for empty or binary content (or
// content with no text left after cleaning) and kTooLarge over the limit;
// invalid UTF-8 is repaired and counted in Article::repaired_bytes.
Result<Article> extract_article(const Document& document, const ExtractOptions& options = {});

// Guesses whether content is HTML (a doctype, <html>, or common block tags
// near the start) or plain text.
ContentKind sniff_content_kind(std::string_view content);

}  // namespace verity

#endif  // VERITY_EXTRACT_H_
