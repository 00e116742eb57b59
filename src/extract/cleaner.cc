// How the cleaner reads a page, in order:
//   1. rules that judge a line alone (chrome_rules.cc);
//   2. repeats: a line printed twice in a row is an image caption and its alt
//      text; a later copy of an earlier line is a pull quote or widget;
//   3. the title: the metadata's, or the first headline-shaped line, with
//      the short section labels above it dropped;
//   4. the head: bylines and date lines between the title and the story;
//   5. the end: an author-bio header or another end marker cuts the page;
//   6. the tail, walked backwards from the end: short lines, publisher blurbs
//      and — once page chrome separates them from the story — paragraphs that
//      share almost no words with it, until a paragraph of the story is met.
#include "extract/cleaner.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "extract/authorship.h"
#include "extract/chrome_rules.h"
#include "extract/dates.h"
#include "extract/topic_overlap.h"
#include "text/line_text.h"

namespace verity::extract {
namespace {

constexpr std::size_t kMaxTitleWords = 30;
constexpr std::size_t kMinTitleWords = 4;        // shorter lines above it are section labels
constexpr std::size_t kStoryParagraphWords = 8;  // a line this long is story, not chrome
constexpr std::size_t kShortLineWords = 4;       // section labels, credits
constexpr std::size_t kHeadScanLines = 12;       // how far below the title bylines sit
constexpr double kUnrelatedOverlap = 0.2;        // share of words found in the story
constexpr std::size_t kMinWordsToJudgeTopic = 6;
constexpr std::size_t kResumedParagraphs = 3;  // story paragraphs below a mid-article box

using Reason = std::optional<std::string_view>;

class Cleaner {
 public:
  Cleaner(const Blocks& blocks, const CleanHints& hints)
      : blocks_(blocks), hints_(hints), why_(blocks.size()), words_(blocks.size()) {
    for (std::size_t i = 0; i < blocks.size(); ++i) words_[i] = text::count_words(blocks[i].text);
  }

  CleanedText run() {
    mark_chrome_lines();
    mark_repeats();
    find_title();
    read_head();
    cut_at_end_marker();
    trim_tail();
    return collect();
  }

 private:
  bool open(std::size_t i) const { return !why_[i] && i != title_index_; }

  void mark_chrome_lines() {
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      why_[i] = blocks_[i].kind == BlockKind::kCaption ? Reason(reason::kCaption)
                                                       : chrome_reason(blocks_[i].text);
    }
  }

  void mark_repeats() {
    // Block text is already whitespace-collapsed, so copies compare equal as they are.
    std::unordered_map<std::string_view, std::size_t> first_seen;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (words_[i] < 3) continue;
      if (i + 1 < blocks_.size() && blocks_[i].text == blocks_[i + 1].text) {
        // A caption printed with its alt text: neither copy is the story.
        if (!why_[i]) why_[i] = reason::kRepeatedCaption;
        if (!why_[i + 1]) why_[i + 1] = reason::kRepeatedCaption;
      }
      const auto [it, inserted] = first_seen.emplace(blocks_[i].text, i);
      if (!inserted && it->second + 1 != i && !why_[i]) why_[i] = reason::kRepeatedLine;
    }
  }

  void find_title() {
    if (!hints_.known_title.empty()) {
      title_ = hints_.known_title;
      const std::string title_key = line_key(title_);
      const std::size_t title_words = text::count_words(title_key);
      for (std::size_t i = 0; i < blocks_.size(); ++i) {
        if (words_[i] < title_words || words_[i] > title_words + 8) continue;
        const std::string key = line_key(blocks_[i].text);
        // The page's own headline, possibly followed by " | Site" or " - Site".
        if (key == title_key || (key.starts_with(title_key) && key.size() < title_key.size() + 40 &&
                                 (key[title_key.size()] == ' ' || key[title_key.size()] == '|'))) {
          if (!why_[i] && (i < kHeadScanLines || blocks_[i].kind == BlockKind::kHeading)) {
            why_[i] = reason::kTitle;
            head_start_ = std::max(head_start_, i + 1);
            break;
          }
        }
      }
      return;
    }
    // The headline sits above the story's first sentence; section labels,
    // bylines and date lines may sit around it, and a dek (a longer summary
    // line) may follow it, so take the first line of headline length.
    std::size_t fallback = blocks_.size();
    std::size_t chosen = blocks_.size();
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (!open(i)) continue;
      if (starts_story(i)) break;
      const std::string_view text = blocks_[i].text;
      const bool headline_shaped = words_[i] >= 2 && words_[i] <= kMaxTitleWords &&
                                   (blocks_[i].kind == BlockKind::kHeading ||
                                    !text::ends_like_sentence(text) || words_[i] <= 12);
      if (!headline_shaped || !parse_byline(text).empty() || is_date_line(text)) continue;
      if (words_[i] >= kMinTitleWords) {
        chosen = i;
        break;
      }
      if (fallback == blocks_.size()) fallback = i;
    }
    if (chosen == blocks_.size()) chosen = fallback;
    if (chosen == blocks_.size() || !has_story_after(chosen)) return;
    title_index_ = chosen;
    title_ = blocks_[chosen].text;
    head_start_ = chosen + 1;
    // Short lines above the headline are section labels and menus ("USA").
    for (std::size_t j = 0; j < chosen; ++j) {
      if (!why_[j] && words_[j] <= kShortLineWords + 1) why_[j] = reason::kNavigation;
    }
  }

  // A line of running text: a sentence of some length, or too long for a headline.
  bool starts_story(std::size_t i) const {
    return words_[i] > kMaxTitleWords ||
           (words_[i] >= 10 && text::ends_like_sentence(blocks_[i].text));
  }

  bool has_story_after(std::size_t i) const {
    for (std::size_t j = i + 1; j < blocks_.size(); ++j) {
      if (open(j) && words_[j] >= kStoryParagraphWords) return true;
    }
    return false;
  }

  void read_head() {
    const std::size_t stop = std::min(blocks_.size(), head_start_ + kHeadScanLines);
    for (std::size_t i = head_start_; i < stop; ++i) {
      if (!open(i)) continue;
      if (std::vector<std::string> names = parse_byline(blocks_[i].text); !names.empty()) {
        authors_.insert(authors_.end(), names.begin(), names.end());
        why_[i] = reason::kByline;
      } else if (is_date_line(blocks_[i].text)) {
        if (date_text_.empty()) date_text_ = blocks_[i].text;
        why_[i] = reason::kDate;
      } else if (words_[i] >= 2 * kStoryParagraphWords) {
        return;  // the story has begun
      }
    }
  }

  std::size_t first_story_line() const {
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (open(i) && words_[i] >= kStoryParagraphWords) return i;
    }
    return blocks_.size();
  }

  void cut_at_end_marker() {
    const std::size_t story = first_story_line();
    for (std::size_t i = story + 1; i < blocks_.size(); ++i) {
      Reason tail_reason;
      std::optional<std::string> bio_name = parse_bio_header(blocks_[i].text);
      if (bio_name) {
        tail_reason = reason::kAuthorBio;
      } else if (is_end_marker(blocks_[i].text) &&
                 story_words_between(story, i) > story_words_between(i + 1, blocks_.size())) {
        // A recommendations box in mid-page, with more story below it, is no end.
        if (story_resumes_after(i)) {
          // Nor is one whose list the content finder left out, the story
          // going on right below its header: only the header goes.
          if (!why_[i]) why_[i] = reason::kRelated;
          continue;
        }
        tail_reason = reason::kAfterEnd;
      } else {
        continue;
      }
      if (bio_name) {
        authors_.push_back(*bio_name);
        why_[i] = reason::kAuthorBio;
        // The bio's name line sits just above its header.
        for (std::size_t j = i; j-- > story;) {
          if (!open(j)) continue;
          if (text::equals_ci(text::trim(blocks_[j].text), *bio_name))
            why_[j] = reason::kAuthorName;
          break;
        }
      } else if (!why_[i]) {
        why_[i] = reason::kRelated;
      }
      end_ = i;
      for (std::size_t j = i + 1; j < blocks_.size(); ++j) {
        if (!why_[j] || *why_[j] == reason::kRepeatedLine) why_[j] = tail_reason;
      }
      return;
    }
  }

  // True when a recommendations header (not a comments or bio header) is
  // followed, past at most one subheading, by kResumedParagraphs paragraphs
  // of running text in a row: the story goes on below a box in mid-article
  // ("Most Read" between two sections). A list of teasers under a header at
  // the real end reads as headlines, not as paragraphs of sentences.
  bool story_resumes_after(std::size_t marker) const {
    const std::optional<std::string_view> why = chrome_reason(blocks_[marker].text);
    if (why && (*why == reason::kComments || *why == reason::kAuthorBio)) return false;
    std::size_t paragraphs = 0;
    std::size_t headings = 0;
    for (std::size_t j = marker + 1; j < blocks_.size() && paragraphs < kResumedParagraphs; ++j) {
      if (!open(j)) continue;
      const bool running_text =
          words_[j] >= 2 * kStoryParagraphWords && blocks_[j].kind != BlockKind::kHeading &&
          blocks_[j].kind != BlockKind::kListItem && text::ends_like_sentence(blocks_[j].text);
      if (running_text) {
        ++paragraphs;
      } else if (paragraphs == 0 && headings == 0 && words_[j] <= kMaxTitleWords) {
        ++headings;
      } else {
        return false;
      }
    }
    return paragraphs >= kResumedParagraphs;
  }

  // Words in open lines of running text (sentences) in [begin, end).
  std::size_t story_words_between(std::size_t begin, std::size_t end) const {
    std::size_t total = 0;
    for (std::size_t i = begin; i < end; ++i) {
      if (open(i) && words_[i] >= kStoryParagraphWords && text::ends_like_sentence(blocks_[i].text))
        total += words_[i];
    }
    return total;
  }

  void trim_tail() {
    const std::size_t story = first_story_line();
    if (story >= blocks_.size()) return;
    // The story's vocabulary comes from its first half, which the tail never
    // reaches. Most articles never need it, so it is gathered on first use.
    const std::size_t vocabulary_end = story + std::max<std::size_t>(1, (end_ - story) / 2);
    std::unordered_set<std::string> story_words;
    bool gathered = false;
    const auto vocabulary = [&]() -> const std::unordered_set<std::string>& {
      if (!gathered) {
        add_content_words(title_, story_words);
        for (std::size_t i = story; i < vocabulary_end; ++i) {
          if (open(i)) add_content_words(blocks_[i].text, story_words);
        }
        gathered = true;
      }
      return story_words;
    };
    for (std::size_t i = end_; i-- > story + 1;) {
      if (!open(i)) continue;
      const std::string_view text = blocks_[i].text;
      if (words_[i] <= kShortLineWords && !text::ends_like_sentence(text)) {
        why_[i] = reason::kSourceLabel;
      } else if (looks_like_publisher_blurb(text)) {
        why_[i] = reason::kPublisherBlurb;
      } else if (looks_like_author_bio(text)) {
        why_[i] = reason::kAuthorBio;
      } else if (i >= vocabulary_end && follows_chrome(i)) {
        // Closing paragraphs often share few words with the story, so only an
        // off-topic sales pitch counts as appended.
        std::size_t judged = 0;
        const double overlap = overlap_with(text, vocabulary(), &judged);
        const bool unrelated = judged >= kMinWordsToJudgeTopic && overlap < kUnrelatedOverlap &&
                               count_promo_words(text) >= 2;
        if (!unrelated) return;
        why_[i] = reason::kUnrelated;
      } else {
        return;  // a paragraph of the story: the tail ends here
      }
    }
  }

  // True when page chrome stands between line i and the text above it.
  bool follows_chrome(std::size_t i) const {
    for (std::size_t j = i; j-- > 0;) {
      if (open(j)) return false;
      if (j != title_index_) return true;
    }
    return false;
  }

  CleanedText collect() {
    CleanedText out;
    out.title = title_;
    if (title_index_ < blocks_.size()) out.title_block = title_index_;
    out.authors = std::move(authors_);
    out.date_text = std::move(date_text_);
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (i == title_index_) continue;
      if (why_[i]) {
        if (hints_.keep_removed) {
          out.removed.push_back({blocks_[i].text, std::string(*why_[i])});
          out.removed_blocks.push_back(i);
        }
      } else {
        out.paragraphs.push_back(blocks_[i].text);
        out.paragraph_blocks.push_back(i);
      }
    }
    return out;
  }

  const Blocks& blocks_;
  const CleanHints& hints_;
  std::vector<Reason> why_;
  std::vector<std::size_t> words_;
  std::size_t title_index_ = static_cast<std::size_t>(-1);
  std::size_t head_start_ = 0;
  std::size_t end_ = blocks_.size();
  std::string title_;
  std::vector<std::string> authors_;
  std::string date_text_;
};

// Hard-wrapped text: most lines inside multi-line groups are cut at a similar
// width mid-sentence.
bool looks_hard_wrapped(const std::vector<std::string_view>& lines) {
  std::size_t inner = 0;
  std::size_t wrapped = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].empty() || lines[i + 1].empty()) continue;
    ++inner;
    if (lines[i].size() >= 40 && lines[i].size() <= 100 && !text::ends_like_sentence(lines[i]))
      ++wrapped;
  }
  return inner >= 4 && wrapped * 10 >= inner * 6;
}

}  // namespace

CleanedText clean_blocks(const Blocks& blocks, const CleanHints& hints) {
  return Cleaner(blocks, hints).run();
}

Blocks split_text_blocks(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text::trim(text.substr(start, end - start)));
    start = end + 1;
  }
  Blocks blocks;
  if (looks_hard_wrapped(lines)) {
    std::string paragraph;
    for (std::string_view line : lines) {
      if (line.empty()) {
        if (!paragraph.empty())
          blocks.push_back({text::collapse_spaces(paragraph), BlockKind::kLine});
        paragraph.clear();
        continue;
      }
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += line;
    }
    if (!paragraph.empty()) blocks.push_back({text::collapse_spaces(paragraph), BlockKind::kLine});
    return blocks;
  }
  for (std::string_view line : lines) {
    if (!line.empty()) blocks.push_back({text::collapse_spaces(line), BlockKind::kLine});
  }
  return blocks;
}

}  // namespace verity::extract
