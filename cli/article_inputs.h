// The loop of the commands that look each article of their inputs up in the
// evidence store (`claims`, `related`): read every input, clean every
// record, hand each article on, and report what could not be read without
// stopping the rest.
#ifndef VERITY_CLI_ARTICLE_INPUTS_H_
#define VERITY_CLI_ARTICLE_INPUTS_H_

#include <functional>
#include <string>
#include <vector>

#include "verity/article.h"
#include "verity/reader.h"
#include "verity/status.h"

namespace verity::cli {

// Calls use(record, article) for every article of `inputs`, in order. An
// input that cannot be opened or a record that cannot be read or cleaned is
// reported on stderr and skipped (the result is then 1); a Status that is not
// ok from `use` (a store that fails) is reported and ends the loop with 1.
// Returns 0 when every article was handed on.
int for_each_article(const std::vector<std::string>& inputs, const ReaderOptions& options,
                     const std::function<Status(const DocumentRecord&, const Article&)>& use);

}  // namespace verity::cli

#endif  // VERITY_CLI_ARTICLE_INPUTS_H_
