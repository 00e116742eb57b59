// Datelines and wire credits name the outlet, not the story's content: a
// model that learns "WASHINGTON (Reuters) -" learns who wrote it. These are
// removed before featurizing.
#ifndef VERITY_MODEL_DATELINE_H_
#define VERITY_MODEL_DATELINE_H_

#include <span>
#include <string>
#include <string_view>

namespace verity::model {

// The paragraph without a leading dateline: "WASHINGTON (Reuters) - ",
// "NEW YORK, Nov 30 (Reuters) - ", "LONDON (AP) — ", "(CNN) ", "MOSCOW — ".
// Returns the paragraph unchanged when it has none.
std::string_view strip_dateline(std::string_view paragraph);

// True for a wire credit line: "Reporting by …; Editing by …",
// "Additional reporting by …", "Compiled by …", "Writing by …".
bool is_credit_line(std::string_view paragraph);

// The body as the model reads it: the paragraphs joined by blank lines, laid
// out exactly as Article::body() (so offsets into it are offsets into that),
// with datelines and credit lines blanked out by spaces.
void layout_body(std::span<const std::string> paragraphs, std::string& out);

}  // namespace verity::model

#endif  // VERITY_MODEL_DATELINE_H_
