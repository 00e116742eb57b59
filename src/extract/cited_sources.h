// Finds the outlets and domains an article names as its source: "Presstv.ir
// reports:", "according to Reuters", "(via The Hill)", "told CNN", links.
#ifndef VERITY_EXTRACT_CITED_SOURCES_H_
#define VERITY_EXTRACT_CITED_SOURCES_H_

#include <string>
#include <string_view>
#include <vector>

namespace verity::extract {

// Domains, lower-case, first mention first, no repeats. Named outlets are
// mapped to their domain through a built-in list of news outlets; a domain
// written in the text is taken as written. `own_domain` (the article's) is
// left out: a site linking to itself cites nobody.
std::vector<std::string> find_cited_sources(const std::vector<std::string>& paragraphs,
                                            std::string_view own_domain);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_CITED_SOURCES_H_
