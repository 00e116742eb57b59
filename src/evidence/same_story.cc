#include "evidence/same_story.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace verity::evidence {
namespace {

// Capitalized words that open sentences and headlines without naming
// anyone: they never count as names.
constexpr std::array<std::string_view, 79> kCommonCapitals = {
    "the", "a", "an", "in", "on", "at", "and", "but", "or", "for", "of", "to", "with", "from", "by",
    "as", "is", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "this", "that", "these", "those", "there", "here", "what", "who", "why", "how", "when", "new",
    "after", "before", "over", "says", "said", "report", "breaking", "watch", "video", "photos",
    "more", "not", "no", "will", "can", "may", "just", "now", "mr",
    // Days and months name a date, not the event's people or places.
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "today"};

bool is_common(std::string_view word) {
  return std::find(kCommonCapitals.begin(), kCommonCapitals.end(), word) != kCommonCapitals.end();
}

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::optional<int> day_number(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  const int y = std::atoi(std::string(date.substr(0, 4)).c_str());
  const int m = std::atoi(std::string(date.substr(5, 2)).c_str());
  const int d = std::atoi(std::string(date.substr(8, 2)).c_str());
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  // Days from civil (Howard Hinnant's algorithm).
  const int yy = y - (m <= 2);
  const int era = (yy >= 0 ? yy : yy - 399) / 400;
  const int yoe = yy - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

StoryFacts story_facts(std::string_view text, bool headline) {
  StoryFacts facts;
  bool sentence_start = true;
  // A run of capitalized words separated by single spaces is one name, known
  // by its last word: "President Barack Obama" and "Obama" are one person,
  // and "Barack" and "Obama" do not count twice.
  std::string run;
  const auto end_run = [&] {
    if (!run.empty()) facts.names.insert(std::move(run));
    run.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(text[i])) {
      if (!(text[i] == ' ' && i + 1 < text.size() && is_word_byte(text[i + 1]))) end_run();
      if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\n' || text[i] == ':' ||
          text[i] == '"')
        sentence_start = true;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && (is_word_byte(text[end]) || text[end] == ',' || text[end] == '.') &&
           !((text[end] == ',' || text[end] == '.') &&
             (end + 1 >= text.size() || !(text[end + 1] >= '0' && text[end + 1] <= '9'))))
      ++end;
    const std::string_view word = text.substr(i, end - i);
    const bool opens = sentence_start;
    sentence_start = false;
    i = end;
    if (word.front() >= '0' && word.front() <= '9') {
      end_run();
      std::string digits;
      for (char c : word) {
        if (c != ',') digits.push_back(c);
      }
      if (digits.size() >= 2) facts.numbers.insert(digits);
      continue;
    }
    if (!(word.front() >= 'A' && word.front() <= 'Z') || word.size() < 2) {
      end_run();
      continue;
    }
    std::string lower;
    for (char c : word)
      lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    if (is_common(lower) || (opens && !headline)) {  // "The", or a sentence's first word
      end_run();
      continue;
    }
    run = std::move(lower);  // the run is known by its last word so far
  }
  end_run();
  return facts;
}

StoryOverlap compare_stories(const StoryFacts& a, const StoryFacts& b,
                             const SameStoryOptions& options) {
  StoryOverlap overlap;
  for (const std::string& name : a.names) {
    if (b.names.count(name) > 0) overlap.names.push_back(name);
  }
  for (const std::string& number : a.numbers) {
    if (b.numbers.count(number) > 0) overlap.numbers.push_back(number);
  }
  std::sort(overlap.names.begin(), overlap.names.end());
  std::sort(overlap.numbers.begin(), overlap.numbers.end());
  if (a.day && b.day) overlap.days_apart = std::abs(*a.day - *b.day);
  const bool named = overlap.names.size() >= options.min_shared_names ||
                     (!overlap.names.empty() && !overlap.numbers.empty());
  const bool close = !overlap.days_apart || *overlap.days_apart <= options.max_days_apart;
  overlap.same = named && close;
  return overlap;
}

}  // namespace verity::evidence
