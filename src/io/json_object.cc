#include "io/json_object.h"

#include <string_view>
#include <vector>

#include "io/dataset_reader.h"

namespace verity::io {
namespace {

using json::scalar_text;

// "authors": one name, or a list of them; empty names are left out.
void read_authors(const json::Value& value, std::vector<std::string>& authors) {
  const auto add = [&](const json::Value& item) {
    std::string name = scalar_text(item);
    if (!name.empty()) authors.push_back(std::move(name));
  };
  if (value.IsString()) {
    add(value);
  } else if (value.IsArray()) {
    for (const json::Value& item : value.GetArray()) add(item);
  }
}

// Fills `document` from the fields of one object, in order; `text` and
// `html` receive the content fields.
void fill_field(std::string_view key, const json::Value& value, Document& document,
                std::string& text, std::string& html) {
  if (key == "id") {
    document.id = scalar_text(value);
  } else if (key == "title") {
    document.title = scalar_text(value);
  } else if (key == "text") {
    text = scalar_text(value);
  } else if (key == "html") {
    html = scalar_text(value);
  } else if (key == "url") {
    document.url = scalar_text(value);
  } else if (key == "label") {
    document.label = scalar_text(value);
  } else if (key == "dataset") {
    document.dataset = scalar_text(value);
  } else if (key == "authors" || key == "author") {
    read_authors(value, document.authors);
  } else if (key == "date" || key == "publish_date") {
    if (document.date.empty()) document.date = scalar_text(value);
  } else if (!value.IsNull()) {
    document.extra.emplace_back(std::string(key), scalar_text(value));
  }
}

}  // namespace

void fill_document(const json::Value& object, Document& document) {
  std::string text;
  std::string html;
  for (const auto& field : object.GetObject()) {
    fill_field(std::string_view(field.name.GetString(), field.name.GetStringLength()), field.value,
               document, text, html);
  }
  set_content(document, std::move(text), std::move(html));
}

Status read_json_object(const json::Value& object, const std::string& origin, Document& document) {
  if (!object.IsObject()) {
    return Status(StatusCode::kMalformed,
                  origin + ": no text field (the line is JSON but not an object)");
  }
  fill_document(object, document);
  if (document.content.empty() && document.title.empty()) {
    return Status(StatusCode::kMalformed, no_text_message(origin));
  }
  return Status();
}

}  // namespace verity::io
