#include "extract/publisher.h"

#include <algorithm>
#include <vector>

#include "extract/authorship.h"
#include "text/line_text.h"
#include "text/outlet_names.h"
#include "text/outlets.h"
#include "text/url.h"

namespace verity::extract {
namespace {

// How often each cue names the page's own outlet, not another one. A URL is
// the page's address; JSON-LD and og:site_name are written by the site's own
// software; a copyright line names the owner (a wire story carried by a
// paper may still carry the wire's); a badge or a bare name line is the
// site's own chrome but could be pasted from elsewhere; "originally
// published by" and a dateline name where the text comes from, which a
// republisher copies; a bio names where the author works.
constexpr double kUrl = 1.0;
constexpr double kJsonLd = 0.95;
constexpr double kSiteName = 0.9;
constexpr double kCopyright = 0.8;
constexpr double kBadge = 0.75;
constexpr double kMasthead = 0.6;
constexpr double kOriginally = 0.6;
constexpr double kDateline = 0.55;
constexpr double kBio = 0.5;

// A name is at most this many words: longer text after a cue is a sentence.
constexpr std::size_t kMaxNameWords = 7;
// A masthead line is a name of at most four words, so it is short.
constexpr std::size_t kMaxMastheadBytes = 80;

bool is_year(std::string_view word) {
  if (word.size() == 9 && word[4] == '-')
    return is_year(word.substr(0, 4)) && is_year(word.substr(5));
  return word.size() == 4 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The name at the start of `text`: up to a sentence end (". " or a final
// "."), a separator (|, ;, " - ", a comma, "(") or "All rights reserved";
// years, "Inc", "LLC" and "Ltd" dropped. Nothing when it is not name-shaped
// (no capital or digit first, or too many words).
std::optional<std::string> name_at(std::string_view text) {
  text = text::trim(text);
  std::size_t end = text.size();
  for (std::string_view stop : {". ", " | ", "|", ";", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                ",", "(", " All rights", " all rights", ":"}) {
    end = std::min(end, text.find(stop));
  }
  text = text::trim(text.substr(0, end));
  while (text.ends_with(".") || text.ends_with("!")) text.remove_suffix(1);
  std::vector<std::string_view> words = text::split_words(text);
  std::erase_if(words, [](std::string_view w) { return is_year(w); });
  while (!words.empty()) {
    const std::string_view last = words.back();
    if (text::equals_ci(last, "inc") || text::equals_ci(last, "llc") ||
        text::equals_ci(last, "ltd") || text::equals_ci(last, "inc.") ||
        text::equals_ci(last, "ltd.")) {
      words.pop_back();
      continue;
    }
    break;
  }
  if (words.empty() || words.size() > kMaxNameWords) return std::nullopt;
  const char first = words.front().front();
  if (!text::is_upper_ascii(first) && !(first >= '0' && first <= '9')) return std::nullopt;
  std::string name;
  for (std::string_view word : words) {
    if (!name.empty()) name += ' ';
    name.append(word);
  }
  return name;
}

// The text after `prefix` when `line` starts with it (case-insensitive).
std::optional<std::string_view> after_prefix(std::string_view line, std::string_view prefix) {
  if (!text::starts_with_ci(line, prefix)) return std::nullopt;
  return line.substr(prefix.size());
}

struct Candidate {
  std::string name;
  std::string method;
  double confidence = 0;
  std::string evidence;
};

void consider(Candidate& best, std::optional<std::string> name, std::string_view method,
              double confidence, std::string_view line) {
  if (!name || confidence <= best.confidence) return;
  best = {std::move(*name), std::string(method), confidence, std::string(text::trim(line))};
}

}  // namespace

std::optional<std::string> parse_copyright_holder(std::string_view line) {
  std::string_view text = text::trim(line);
  // Most lines are not copyright lines: their first byte says so.
  if (text.empty() ||
      ((text.front() | 0x20) != 'c' && text.front() != '\xC2' && text.front() != '(')) {
    return std::nullopt;
  }
  bool marked = false;
  for (;;) {
    if (auto rest = after_prefix(text, "copyright")) {
      text = text::trim(*rest);
    } else if (auto sign = after_prefix(text, "\xC2\xA9")) {  // ©
      text = text::trim(*sign);
    } else if (auto c = after_prefix(text, "(c)")) {
      text = text::trim(*c);
    } else {
      break;
    }
    marked = true;
  }
  if (!marked) return std::nullopt;
  // "© 2016 X": the year first; "© X 2016" is read by name_at dropping it.
  std::vector<std::string_view> words = text::split_words(text);
  while (!words.empty() && is_year(text::strip_word_tail(words.front()))) {
    text = text::trim(text.substr(words.front().size()));
    words.erase(words.begin());
  }
  if (text.starts_with("by ")) text.remove_prefix(3);
  return name_at(text);
}

std::optional<std::string> parse_badge(std::string_view line) {
  const std::string_view text = text::trim(line);
  if (text.empty() || ((text.front() | 0x20) != 'f' && (text.front() | 0x20) != 'v')) {
    return std::nullopt;
  }
  for (std::string_view prefix : {"fact checked by ", "fact-checked by ", "verified by "}) {
    if (auto rest = after_prefix(text, prefix)) return name_at(*rest);
  }
  return std::nullopt;
}

std::optional<std::string> parse_originally_published(std::string_view line) {
  const std::string_view text = text::trim(line);
  if (text.empty() || ((text.front() | 0x20) != 'o' && (text.front() | 0x20) != 't' &&
                       (text.front() | 0x20) != 's')) {
    return std::nullopt;
  }
  for (std::string_view prefix :
       {"originally published by ", "originally published at ", "originally published on ",
        "this article originally appeared on ", "this article originally appeared at ",
        "this article first appeared on ", "this article first appeared at ",
        "this article was originally published by ", "this article was originally published on ",
        "this article was originally published at ", "source: "}) {
    if (auto rest = after_prefix(text, prefix)) return name_at(*rest);
  }
  return std::nullopt;
}

std::optional<std::string> parse_dateline_outlet(std::string_view line) {
  // "WASHINGTON (Reuters) -": an upper-case place, then the outlet in
  // parentheses, then a dash. Only the opening of a line.
  const std::size_t open = line.find(" (");
  if (open == std::string_view::npos || open == 0 || open > 40) return std::nullopt;
  const std::string_view place = line.substr(0, open);
  if (std::any_of(place.begin(), place.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return std::nullopt;
  const std::size_t close = line.find(')', open);
  if (close == std::string_view::npos || close - open > 40) return std::nullopt;
  const std::string_view rest = text::trim(line.substr(close + 1));
  if (!rest.starts_with("-") && !rest.starts_with("\xE2\x80\x94") &&
      !rest.starts_with("\xE2\x80\x93")) {
    return std::nullopt;
  }
  return name_at(line.substr(open + 2, close - open - 2));
}

std::optional<std::string> parse_bio_outlet(std::string_view line) {
  // "NAME is a [staff] writer for OUTLET" and the like; the outlet must be a
  // known one (a bio names many things: "stints at the BBC" is not one).
  const std::size_t is_a = line.substr(0, 64).find(" is ");
  if (is_a == std::string_view::npos || is_a > 60) return std::nullopt;
  if (!text::looks_like_person_name(line.substr(0, is_a))) return std::nullopt;
  const std::string_view rest = line.substr(is_a + 4);
  if (text::more_words_than(rest.substr(0, std::min<std::size_t>(rest.size(), 200)), 40))
    return std::nullopt;
  for (std::string_view role : {"writer", "editor", "reporter", "correspondent", "contributor",
                                "columnist", "founder", "journalist"}) {
    const std::size_t at = rest.find(role);
    if (at == std::string_view::npos || at > 60) continue;
    std::string_view tail = rest.substr(at + role.size());
    for (std::string_view link : {" at ", " for ", " of ", " with "}) {
      if (!tail.starts_with(link) && !(tail.starts_with("s") && tail.substr(1).starts_with(link)))
        continue;
      tail.remove_prefix(tail.find(link) + link.size());
      std::optional<std::string> name = name_at(tail);
      if (name && !publisher_domain_of_name(*name).empty()) return name;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::string publisher_domain_of_name(std::string_view name) {
  name = text::trim(name);
  if (name.find('.') != std::string_view::npos && name.find(' ') == std::string_view::npos &&
      text::looks_like_domain(name)) {
    return text::domain_of_url(name);
  }
  return std::string(text::outlet_name_domain(name));
}

Publisher find_publisher(const Blocks& blocks, const PublisherHints& hints) {
  Publisher publisher;
  if (!hints.url_domain.empty()) {
    publisher.domain = std::string(hints.url_domain);
    publisher.method = "url";
    publisher.confidence = kUrl;
    return publisher;
  }
  Candidate best;
  if (!hints.site_name.empty()) {
    consider(best, name_at(hints.site_name).value_or(std::string(hints.site_name)),
             hints.site_name_from_jsonld ? "jsonld" : "site_name",
             hints.site_name_from_jsonld ? kJsonLd : kSiteName, hints.site_name);
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::string_view line = blocks[i].text;
    if (line.size() > 400) {
      // A paragraph: only a dateline opens one.
      if (i < 4)
        consider(best, parse_dateline_outlet(line), "dateline", kDateline, line.substr(0, 80));
      continue;
    }
    consider(best, parse_copyright_holder(line), "copyright", kCopyright, line);
    consider(best, parse_badge(line), "badge", kBadge, line);
    consider(best, parse_originally_published(line), "originally", kOriginally, line);
    if (i < 4) consider(best, parse_dateline_outlet(line), "dateline", kDateline, line);
    consider(best, parse_bio_outlet(line), "bio", kBio, line);
    // A short line that is only a known outlet's name: a masthead or a
    // byline ("VOA News"). A line that is a domain names it by itself.
    if (kMasthead > best.confidence && line.size() <= kMaxMastheadBytes &&
        !text::more_words_than(line, 4)) {
      const std::string_view domain = text::outlet_name_domain(line);
      if (!domain.empty() &&
          (line.find('.') == std::string_view::npos || domain == publisher_domain_of_name(line))) {
        consider(best, std::string(text::trim(line)), "masthead", kMasthead, line);
      }
    }
  }
  if (best.confidence == 0) return publisher;
  publisher.name = best.name;
  publisher.domain = publisher_domain_of_name(best.name);
  publisher.method = best.method;
  publisher.confidence = best.confidence;
  publisher.evidence = best.evidence;
  return publisher;
}

}  // namespace verity::extract
