// Blocks are the unit the page-chrome rules work on: a line of scraped text,
// or a paragraph, heading, list item or caption of an HTML page's content.
#ifndef VERITY_EXTRACT_BLOCKS_H_
#define VERITY_EXTRACT_BLOCKS_H_

#include <string>
#include <vector>

namespace verity::extract {

enum class BlockKind {
  kLine,       // a line of plain text: its role is up to the rules
  kParagraph,  // <p> or similar running text
  kHeading,    // <h1>–<h6>
  kListItem,   // <li>
  kQuote,      // <blockquote>
  kCaption,    // <figcaption>, <caption>: never part of the body
};

struct Block {
  std::string text;  // one line: whitespace collapsed, trimmed; valid UTF-8
  BlockKind kind = BlockKind::kLine;
};

using Blocks = std::vector<Block>;

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_BLOCKS_H_
