// Related means the same story: precision of compare_stories on labelled
// headline/body pairs (FNC-1: "unrelated" against agree, disagree and
// discuss). Reads a TSV of `stance<TAB>headline<TAB>body` lines (written by
// bench/related_precision.sh) and prints, for each setting, the precision
// and recall of "related" and of "unrelated".
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "evidence/same_story.h"

namespace {

struct Pair {
  bool related;
  verity::evidence::StoryFacts headline, body;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: same_story_bench PAIRS.tsv\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "same_story_bench: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::vector<Pair> pairs;
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t first = line.find('\t');
    const std::size_t second = line.find('\t', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    const std::string stance = line.substr(0, first);
    pairs.push_back(
        {stance != "unrelated",
         verity::evidence::story_facts(line.substr(first + 1, second - first - 1), true),
         verity::evidence::story_facts(line.substr(second + 1), false)});
  }
  std::printf(
      "| min shared names (or 1 name + 1 number) | related precision | related recall | "
      "unrelated precision | unrelated recall |\n|---|---|---|---|---|\n");
  for (std::size_t min_names : {1, 2, 3}) {
    verity::evidence::SameStoryOptions options;
    options.min_shared_names = min_names;
    std::size_t tp = 0, fp = 0, tn = 0, fn = 0;
    for (const Pair& pair : pairs) {
      const bool said = verity::evidence::compare_stories(pair.headline, pair.body, options).same;
      if (said && pair.related) ++tp;
      if (said && !pair.related) ++fp;
      if (!said && !pair.related) ++tn;
      if (!said && pair.related) ++fn;
    }
    const auto share = [](std::size_t a, std::size_t b) {
      return a + b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(a + b);
    };
    std::printf("| %zu | %.3f | %.3f | %.3f | %.3f |\n", min_names, share(tp, fp), share(tp, fn),
                share(tn, fn), share(tn, fp));
  }
  std::printf("\n%zu pairs (%zu related)\n", pairs.size(),
              static_cast<std::size_t>(std::count_if(pairs.begin(), pairs.end(),
                                                     [](const Pair& p) { return p.related; })));
  return 0;
}
