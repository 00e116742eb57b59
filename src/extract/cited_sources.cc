#include "extract/cited_sources.h"

#include <algorithm>
#include <array>

#include "text/line_text.h"
#include "text/outlets.h"
#include "text/url.h"

namespace verity::extract {
namespace {

// Words that mark a mention as attribution ("according to X", "X reports:",
// "told X", "via X"). A mention counts when one sits within kCueWindow words.
constexpr std::array<std::string_view, 22> kCues = {
    "according", "report", "reports", "reported",  "reporting", "via",     "source", "sources",
    "told",      "citing", "cited",   "interview", "writes",    "wrote",   "h/t",    "says",
    "said",      "quoted", "first",   "published", "broke",     "revealed"};
constexpr std::size_t kCueWindow = 3;

bool is_cue(std::string_view word) {
  const std::string key = text::lower_ascii(text::strip_word_tail(word));
  return std::find(kCues.begin(), kCues.end(), key) != kCues.end();
}

bool has_cue_near(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end) {
  const std::size_t from = begin >= kCueWindow ? begin - kCueWindow : 0;
  const std::size_t to = std::min(words.size(), end + kCueWindow);
  for (std::size_t i = from; i < to; ++i) {
    if ((i < begin || i >= end) && is_cue(words[i])) return true;
  }
  return false;
}

// "(Reuters)" / "(AP)": a wire credit, which names the source on its own.
bool is_parenthesized(std::string_view word) {
  return word.starts_with("(") && word.ends_with(")");
}

std::string_view strip_wrapping(std::string_view word) {
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '\'' ||
                           word.front() == '[')) {
    word.remove_prefix(1);
  }
  return text::strip_word_tail(word);
}

}  // namespace

std::vector<std::string> find_cited_sources(const std::vector<std::string>& paragraphs,
                                            std::string_view own_domain) {
  std::vector<std::string> found;
  const auto add = [&](std::string domain) {
    if (domain.empty() || domain == own_domain) return;
    if (std::find(found.begin(), found.end(), domain) == found.end())
      found.push_back(std::move(domain));
  };
  std::vector<std::string_view> words;  // reused: one allocation for all paragraphs
  for (const std::string& paragraph : paragraphs) {
    text::split_words(paragraph, words);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string_view bare = strip_wrapping(words[i]);
      if (bare.size() < 2) continue;
      // Links and domains hold a dot or a colon; most words hold neither.
      if (std::any_of(bare.begin(), bare.end(), [](char c) { return c == '.' || c == ':'; })) {
        // A link is a citation wherever it stands.
        if (text::starts_with_ci(bare, "http://") || text::starts_with_ci(bare, "https://") ||
            text::starts_with_ci(bare, "www.")) {
          add(text::domain_of_url(bare));
          continue;
        }
        if (bare.find('.') != std::string_view::npos && text::looks_like_domain(bare)) {
          if (has_cue_near(words, i, i + 1)) add(text::lower_ascii(bare));
          continue;
        }
      }
      std::string_view domain;
      const std::size_t length = text::match_outlet(words, i, &domain);
      if (length == 0) continue;
      if (has_cue_near(words, i, i + length) || (length == 1 && is_parenthesized(words[i]))) {
        add(std::string(domain));
      }
      i += length - 1;
    }
  }
  return found;
}

}  // namespace verity::extract
