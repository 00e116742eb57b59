// The cleaner turns the blocks of a page (lines of scraped text, or the
// content blocks of an HTML page) into the story: it finds the title, lifts
// bylines and date lines into metadata, keeps the paragraphs and drops page
// chrome, recording every dropped line with its reason.
#ifndef VERITY_EXTRACT_CLEANER_H_
#define VERITY_EXTRACT_CLEANER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/blocks.h"
#include "verity/article.h"

namespace verity::extract {

struct CleanHints {
  // The title from metadata (a dataset field, <title>, og:title); when set, a
  // content line repeating it is dropped and no title is guessed.
  std::string known_title;
  bool keep_removed = true;
};

struct CleanedText {
  std::string title;                 // the known title, or the line chosen as the title
  std::vector<std::string> authors;  // from bylines and author-bio headers
  std::string date_text;             // a date line's text, not yet parsed
  std::vector<std::string> paragraphs;
  std::vector<RemovedLine> removed;
  // Which block each paragraph and removed line is, and the title's block
  // (kNoBlock for a known title): the caller can show a block as it was
  // written rather than as the rules read it.
  static constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);
  std::size_t title_block = kNoBlock;
  std::vector<std::size_t> paragraph_blocks;
  std::vector<std::size_t> removed_blocks;
};

CleanedText clean_blocks(const Blocks& blocks, const CleanHints& hints);

// Splits plain text into line blocks; hard-wrapped paragraphs (lines broken
// at a fixed width inside blank-line separated groups) are joined first.
Blocks split_text_blocks(std::string_view text);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_CLEANER_H_
