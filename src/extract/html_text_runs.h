// Makes gumbo parse less text. gumbo's tokenizer handles every character of
// the page as a token of its own (decode, position update, token, append to
// the text node), so on a news page, which is mostly paragraph text, it spends
// most of its time copying prose one code point at a time. TextRuns swaps each
// long run of plain text for a two-code-point marker before the parse and puts
// the text back into the tree's text nodes after it.
//
// The tree must come out exactly as if gumbo had parsed the page itself, so a
// run is only text whose characters cannot change how the tokenizer or the
// tree builder goes on:
//   - it starts after a '>' or after a char reference closed by ';' (what
//     follows those never changes how they are read), leading whitespace
//     kept as it is (the tree builder treats whitespace-only text apart);
//   - it holds no '<', '>', '&', NUL or CR, no code point gumbo would replace
//     with U+FFFD, and does not end in '-' or ']' (which with a later '>'
//     could close a comment, an escaped script or a CDATA section).
// A marker that lands anywhere but in a text node (an attribute, a comment,
// because the pre-scan misread the markup) is caught after the parse:
// expand() then fails and the caller parses the original page instead.
#ifndef VERITY_EXTRACT_HTML_TEXT_RUNS_H_
#define VERITY_EXTRACT_HTML_TEXT_RUNS_H_

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verity::extract {

class TextRuns {
 public:
  TextRuns() = default;
  TextRuns(const TextRuns&) = delete;
  TextRuns& operator=(const TextRuns&) = delete;

  // Writes `html` with its long text runs replaced by markers to `out` and
  // returns true, or returns false (leaving `out` alone) when nothing was
  // replaced. `html` must outlive this object.
  bool shrink(std::string_view html, std::string& out);

  // Puts the runs back into the text nodes under `root`. Returns false when
  // some marker is not found exactly once in a text node; the tree is then
  // left untouched and must be thrown away.
  bool expand(GumboNode* root);

  // Gives gumbo back its own text buffers, so gumbo_destroy_output() frees
  // what it allocated. Call before destroying the tree expand() worked on.
  void restore();

 private:
  struct Run {
    std::size_t begin;
    std::size_t size;
  };

  std::string_view source_;
  std::vector<Run> runs_;
  std::string expanded_;  // the expanded text of every node that had a marker
  std::vector<std::pair<GumboText*, const char*>> swapped_;
};

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_HTML_TEXT_RUNS_H_
