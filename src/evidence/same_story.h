// Whether two texts tell the same story, not only the same topic: they must
// name the same people, places or organisations (capitalized words inside a
// sentence), with shared numbers counting too, and when both are dated the
// dates must be days apart, not months. A headline against an article is the
// usual pair: a related candidate's title against the article, or FNC-1's
// headline against a body (bench/related_precision.sh measures it there).
#ifndef VERITY_EVIDENCE_SAME_STORY_H_
#define VERITY_EVIDENCE_SAME_STORY_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace verity::evidence {

struct StoryFacts {
  std::unordered_set<std::string> names;    // lower-case, one word each: "putin", "turkey"
  std::unordered_set<std::string> numbers;  // digits as written without separators: "24", "2015"
  std::optional<int> day;                   // days since 1970-01-01, when dated
};

// The facts of a text. Sentence-initial words count only in `headline`
// mode when they are not common words, since a headline's first word is
// usually a name ("Putin warns Turkey") while a sentence's is not ("The").
StoryFacts story_facts(std::string_view text, bool headline);
// A date "YYYY-MM-DD..." as days since 1970-01-01; nullopt when not one.
std::optional<int> day_number(std::string_view date);

struct SameStoryOptions {
  std::size_t min_shared_names = 2;  // or one name and one number
  int max_days_apart = 7;
};

struct StoryOverlap {
  std::vector<std::string> names, numbers;  // shared, sorted
  std::optional<int> days_apart;
  bool same = false;
};

StoryOverlap compare_stories(const StoryFacts& a, const StoryFacts& b,
                             const SameStoryOptions& options = {});

}  // namespace verity::evidence

#endif  // VERITY_EVIDENCE_SAME_STORY_H_
