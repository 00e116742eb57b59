#include "extract/html_jsonld.h"

#include <cstdint>

#include "extract/html_dom.h"
#include "json/json_reader.h"

namespace verity::extract {
namespace {

using Json = json::Value;

// Scripts larger than this are not article metadata (some pages inline whole
// data stores as JSON-LD); skipping them bounds the parse.
constexpr std::size_t kMaxScriptBytes = std::size_t{1} << 20;

void append_utf8(std::uint32_t code_point, std::string& out) {
  if (code_point == 0 || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    code_point = 0xFFFD;
  }
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// Decodes the entities that show up in escaped JSON-LD: numeric ones and the
// few named ones of XML plus &nbsp;. Anything else is kept as written.
std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text.substr(i, amp - i));
    i = amp + 1;
    const std::size_t semi = text.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 10) {
      out += '&';
      continue;
    }
    const std::string_view name = text.substr(amp + 1, semi - amp - 1);
    std::string decoded;
    if (name.size() >= 2 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      std::uint32_t value = 0;
      bool valid = name.size() > (hex ? 2u : 1u);
      for (std::size_t k = hex ? 2 : 1; valid && k < name.size(); ++k) {
        const char c = name[k];
        std::uint32_t digit = 0;
        if (c >= '0' && c <= '9') {
          digit = static_cast<std::uint32_t>(c - '0');
        } else if (hex && c >= 'a' && c <= 'f') {
          digit = static_cast<std::uint32_t>(c - 'a' + 10);
        } else if (hex && c >= 'A' && c <= 'F') {
          digit = static_cast<std::uint32_t>(c - 'A' + 10);
        } else {
          valid = false;
        }
        value = value * (hex ? 16u : 10u) + digit;
      }
      if (valid) append_utf8(value, decoded);
    } else if (name == "amp") {
      decoded = "&";
    } else if (name == "lt") {
      decoded = "<";
    } else if (name == "gt") {
      decoded = ">";
    } else if (name == "quot") {
      decoded = "\"";
    } else if (name == "apos") {
      decoded = "'";
    } else if (name == "nbsp") {
      decoded = " ";
    }
    if (decoded.empty()) {
      out += '&';
      continue;
    }
    out += decoded;
    i = semi + 1;
  }
  out.append(text.substr(i));
  return out;
}

std::string clean(const std::string& text) { return collapse_whitespace(decode_entities(text)); }

// The string at `object[key]`, or "" when absent or not a string.
std::string string_field(const Json& object, const char* key) {
  const Json* field = json::find(object, key);
  if (field == nullptr || !field->IsString()) return {};
  return clean(json::scalar_text(*field));
}

// A name given as a string or as an object with a "name".
std::string name_of(const Json& value) {
  if (value.IsString()) return clean(json::scalar_text(value));
  if (value.IsObject()) return string_field(value, "name");
  return {};
}

// articleBody, one paragraph a line. A body with markup in it ("<p>") is
// not read: it would need a second HTML parse to be text.
void read_body(const Json& object, std::vector<std::string>& paragraphs) {
  const Json* field = json::find(object, "articleBody");
  if (field == nullptr || !field->IsString()) return;
  const std::string text = decode_entities(json::scalar_text(*field));
  if (text.find('<') != std::string::npos) return;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string paragraph = collapse_whitespace(std::string_view(text).substr(begin, end - begin));
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
    begin = end + 1;
  }
}

bool is_article_type_name(std::string_view type) {
  return type.ends_with("Article") || type.ends_with("BlogPosting");
}

bool is_article(const Json& object) {
  const Json* type = json::find(object, "@type");
  if (type == nullptr) return false;
  if (const auto name = json::string_of(*type)) return is_article_type_name(*name);
  if (!type->IsArray()) return false;
  for (const Json& item : type->GetArray()) {
    if (const auto name = json::string_of(item); name && is_article_type_name(*name)) return true;
  }
  return false;
}

void read_article(const Json& object, JsonLdArticle& article) {
  article.headline = string_field(object, "headline");
  if (article.headline.empty()) article.headline = string_field(object, "name");
  article.date = string_field(object, "datePublished");
  if (article.date.empty()) article.date = string_field(object, "dateCreated");
  article.description = string_field(object, "description");
  read_body(object, article.body);

  article.url = string_field(object, "url");
  if (article.url.empty()) {
    const Json* page = json::find(object, "mainEntityOfPage");
    if (page != nullptr && page->IsString()) {
      article.url = clean(json::scalar_text(*page));
    } else if (page != nullptr && page->IsObject()) {
      article.url = string_field(*page, "@id");
      if (article.url.empty()) article.url = string_field(*page, "url");
    }
  }

  if (const Json* author = json::find(object, "author")) {
    if (author->IsArray()) {
      for (const Json& one : author->GetArray()) article.authors.push_back(name_of(one));
    } else {
      article.authors.push_back(name_of(*author));
    }
  }

  if (const Json* publisher = json::find(object, "publisher")) {
    if (publisher->IsArray()) {
      if (!publisher->Empty()) article.publisher = name_of((*publisher)[0]);
    } else {
      article.publisher = name_of(*publisher);
    }
  }
}

// The article object among `value`, the elements of an array `value`, and
// the elements of an @graph. Looks no deeper, so nesting costs nothing.
const Json* find_article(const Json& value) {
  std::vector<const Json*> candidates;
  auto add_with_graph = [&candidates](const Json& item) {
    candidates.push_back(&item);
    const Json* graph = json::find(item, "@graph");
    if (graph == nullptr) return;
    if (graph->IsArray()) {
      for (const Json& node : graph->GetArray()) candidates.push_back(&node);
    } else {
      candidates.push_back(graph);
    }
  };
  if (value.IsArray()) {
    for (const Json& item : value.GetArray()) add_with_graph(item);
  } else {
    add_with_graph(value);
  }
  for (const Json* candidate : candidates) {
    if (is_article(*candidate)) return candidate;
  }
  return nullptr;
}

}  // namespace

bool find_jsonld_article(std::string_view script, JsonLdArticle& article) {
  if (script.size() > kMaxScriptBytes) return false;
  // JSON-LD with invalid UTF-8 is ignored, not repaired: the page text has the same facts.
  const Result<rapidjson::Document> value = json::parse(script, json::Encoding::kValidUtf8);
  if (!value.ok()) return false;
  const Json* found = find_article(value.value());
  if (found == nullptr) return false;
  article = JsonLdArticle{};
  read_article(*found, article);
  return true;
}

}  // namespace verity::extract
