// One JSON object as a Document: the fields the JSON Lines reader and the
// JSON request reader both understand, so every face reads the same record.
#ifndef VERITY_IO_JSON_OBJECT_H_
#define VERITY_IO_JSON_OBJECT_H_

#include <string>

#include "json/json_reader.h"
#include "verity/document.h"
#include "verity/status.h"

namespace verity::io {

// Fills `document` from `object`'s fields, in order: id, title, text, html,
// url, label, dataset, authors/author (a name or a list), date/publish_date;
// every other non-null field goes to Document::extra as text. REQUIRES:
// object.IsObject().
void fill_document(const json::Value& object, Document& document);

// fill_document, failing with kMalformed, prefixed by `origin`, when `object`
// is not an object or has neither text, html nor title.
Status read_json_object(const json::Value& object, const std::string& origin, Document& document);

}  // namespace verity::io

#endif  // VERITY_IO_JSON_OBJECT_H_
