#include "extract/html_metadata.h"

#include <initializer_list>
#include <utility>

#include "extract/html_dom.h"
#include "extract/html_jsonld.h"

namespace verity::extract {
namespace {

// Everything the metadata rules look at, gathered in one walk.
struct RawMetadata {
  std::vector<std::pair<std::string, std::string>> meta;  // lower-case key, content
  std::vector<std::string> jsonld_scripts;
  std::string title;
  bool seen_title = false;
  std::string canonical;
  std::string itemprop_date;  // datePublished on an element other than <meta>
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && whitespace_length(text, 0) == 1) text.remove_prefix(1);
  while (!text.empty() && whitespace_length(text, text.size() - 1) == 1) text.remove_suffix(1);
  return text;
}

bool has_token(std::string_view list, std::string_view token) {
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    const std::size_t begin = i;
    while (i < list.size() && list[i] != ' ') ++i;
    if (equals_ignore_case(list.substr(begin, i - begin), token)) return true;
  }
  return false;
}

void collect(const GumboNode* node, RawMetadata& raw) {
  const GumboElement& element = node->v.element;
  const std::string_view itemprop = attribute_value(element, "itemprop");
  switch (element.tag) {
    case GUMBO_TAG_META: {
      const std::string_view content = attribute_value(element, "content");
      if (content.empty()) return;
      for (const char* key_attribute : {"property", "name", "itemprop"}) {
        const std::string_view key = trim(attribute_value(element, key_attribute));
        if (!key.empty()) raw.meta.emplace_back(to_lower_ascii(key), content);
      }
      return;
    }
    case GUMBO_TAG_LINK:
      if (raw.canonical.empty() && has_token(attribute_value(element, "rel"), "canonical")) {
        raw.canonical = collapse_whitespace(attribute_value(element, "href"));
      }
      return;
    case GUMBO_TAG_TITLE:
      if (!raw.seen_title && element.tag_namespace == GUMBO_NAMESPACE_HTML) {
        raw.seen_title = true;
        raw.title = collapse_whitespace(raw_text_of(node));
      }
      return;
    case GUMBO_TAG_SCRIPT:
      if (equals_ignore_case(trim(attribute_value(element, "type")), "application/ld+json")) {
        raw.jsonld_scripts.push_back(raw_text_of(node));
      }
      return;
    default:
      break;
  }
  if (raw.itemprop_date.empty() && equals_ignore_case(itemprop, "datePublished")) {
    std::string_view value = attribute_value(element, "datetime");
    if (value.empty()) value = attribute_value(element, "content");
    raw.itemprop_date = collapse_whitespace(value);
  }
}

RawMetadata collect_document(const GumboNode* root) {
  RawMetadata raw;
  if (root == nullptr || root->type != GUMBO_NODE_ELEMENT) return raw;
  // (element, next child): an explicit stack, so deep pages cost heap only.
  std::vector<std::pair<const GumboNode*, unsigned int>> stack;
  stack.emplace_back(root, 0);
  collect(root, raw);
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector& children = node->v.element.children;
    if (next >= children.length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[next]);
    ++next;
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    collect(child, raw);
    stack.emplace_back(child, 0);
  }
  return raw;
}

// The first non-empty meta value, trying `keys` in order of preference.
std::string first_meta(const RawMetadata& raw, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const auto& [name, content] : raw.meta) {
      if (name != key) continue;
      std::string value = collapse_whitespace(content);
      if (!value.empty()) return value;
    }
  }
  return {};
}

std::string first_nonempty(std::initializer_list<std::string_view> values) {
  for (std::string_view value : values) {
    if (!value.empty()) return std::string(value);
  }
  return {};
}

bool looks_like_url(std::string_view text) {
  if (starts_with_ignore_case(text, "http:") || starts_with_ignore_case(text, "https:") ||
      starts_with_ignore_case(text, "www.") || text.find("://") != std::string_view::npos) {
    return true;
  }
  return text.find(' ') == std::string_view::npos && text.find('/') != std::string_view::npos;
}

bool is_absolute_url(std::string_view url) {
  return starts_with_ignore_case(url, "http://") || starts_with_ignore_case(url, "https://");
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

constexpr std::string_view kTitleSeparators[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};

}  // namespace

std::vector<std::string> clean_authors(const std::vector<std::string>& raw) {
  std::vector<std::string> authors;
  std::vector<std::string> seen;  // lower-cased, for repeats
  for (const std::string& entry : raw) {
    std::string_view name = trim(entry);
    std::string collapsed = collapse_whitespace(name);
    name = collapsed;
    if (starts_with_ignore_case(name, "by:")) {
      name.remove_prefix(3);
    } else if (starts_with_ignore_case(name, "by ")) {
      name.remove_prefix(3);
    }
    name = trim(name);
    if (name.empty() || looks_like_url(name)) continue;
    std::string key = to_lower_ascii(name);
    bool repeated = false;
    for (const std::string& other : seen) repeated = repeated || other == key;
    if (repeated) continue;
    seen.push_back(std::move(key));
    authors.emplace_back(name);
  }
  return authors;
}

std::string strip_site_from_title(std::string_view title, std::string_view site_name,
                                  bool allow_short_suffix) {
  std::size_t last = std::string_view::npos;
  std::size_t last_size = 0;
  std::size_t first = std::string_view::npos;
  std::size_t first_size = 0;
  for (std::string_view separator : kTitleSeparators) {
    const std::size_t back = title.rfind(separator);
    if (back != std::string_view::npos && (last == std::string_view::npos || back > last)) {
      last = back;
      last_size = separator.size();
    }
    const std::size_t front = title.find(separator);
    if (front != std::string_view::npos && (first == std::string_view::npos || front < first)) {
      first = front;
      first_size = separator.size();
    }
  }
  if (last == std::string_view::npos) return std::string(title);
  const std::string_view head = trim(title.substr(0, last));
  const std::string_view suffix = trim(title.substr(last + last_size));
  if (!site_name.empty()) {
    if (equals_ignore_case(suffix, site_name)) return std::string(head);
    if (equals_ignore_case(trim(title.substr(0, first)), site_name)) {
      return std::string(trim(title.substr(first + first_size)));
    }
  }
  // A short tail after a long head is a site or section name, not part of
  // the headline.
  if (allow_short_suffix && count_words(suffix) <= kMaxShortSuffixWords &&
      count_words(head) > count_words(suffix)) {
    return std::string(head);
  }
  return std::string(title);
}

void extract_page_metadata(const GumboNode* root, HtmlPage& page) {
  const RawMetadata raw = collect_document(root);
  JsonLdArticle jsonld;
  for (const std::string& script : raw.jsonld_scripts) {
    if (find_jsonld_article(script, jsonld)) break;
  }

  page.site_name = first_nonempty({jsonld.publisher, first_meta(raw, {"og:site_name"})});
  page.site_name_from_jsonld = !jsonld.publisher.empty();

  const std::string meta_title = first_meta(raw, {"og:title", "twitter:title"});
  if (!jsonld.headline.empty()) {
    page.title = strip_site_from_title(jsonld.headline, page.site_name, false);
  } else if (!meta_title.empty()) {
    page.title = strip_site_from_title(meta_title, page.site_name, false);
  } else {
    page.title = strip_site_from_title(raw.title, page.site_name, true);
  }

  page.authors = clean_authors(jsonld.authors);
  if (page.authors.empty()) {
    std::vector<std::string> meta_authors;
    for (std::string_view key : {"article:author", "author", "dc.creator", "byl"}) {
      for (const auto& [name, content] : raw.meta) {
        if (name == key) meta_authors.push_back(content);
      }
    }
    page.authors = clean_authors(meta_authors);
  }

  page.date =
      first_nonempty({jsonld.date,
                      first_meta(raw, {"article:published_time", "date", "pubdate", "publish-date",
                                       "publish_date", "publishdate", "dc.date", "dc.date.issued",
                                       "dcterms.date", "dcterms.created", "datepublished"}),
                      raw.itemprop_date});

  page.url.clear();
  for (const std::string& url : {jsonld.url, first_meta(raw, {"og:url"}), raw.canonical}) {
    if (is_absolute_url(url)) {
      page.url = url;
      break;
    }
    if (page.url.empty()) page.url = url;
  }

  page.jsonld_body = std::move(jsonld.body);
  page.description =
      first_nonempty({jsonld.description,
                      first_meta(raw, {"og:description", "description", "twitter:description"})});
}

}  // namespace verity::extract
