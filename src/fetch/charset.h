// Finding a fetched page's character encoding and converting it to UTF-8.
#ifndef VERITY_FETCH_CHARSET_H_
#define VERITY_FETCH_CHARSET_H_

#include <string>
#include <string_view>

namespace verity::fetch {

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"
// gives "iso-8859-1"), lower-case, unquoted; empty when there is none.
std::string charset_from_content_type(std::string_view content_type);

// The charset an HTML page declares in its first 4 KiB: <meta charset=…> or
// <meta http-equiv="Content-Type" content="…; charset=…">; empty when none.
std::string charset_from_meta(std::string_view html);

// `bytes` converted from `charset` to UTF-8. UTF-8, ASCII, an empty or an
// unknown charset leave the bytes as they are (extraction repairs invalid
// UTF-8 later); ISO-8859-1 is read as windows-1252, as browsers do. Bytes
// that do not decode become U+FFFD.
std::string to_utf8(std::string_view bytes, std::string_view charset);

}  // namespace verity::fetch

#endif  // VERITY_FETCH_CHARSET_H_
