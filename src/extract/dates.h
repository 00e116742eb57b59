// Dates as news inputs write them, to ISO 8601.
#ifndef VERITY_EXTRACT_DATES_H_
#define VERITY_EXTRACT_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace verity::extract {

// Parses epoch seconds ("1525925890.229"), ISO 8601 ("2015-11-30",
// "2015-11-30T14:05:00Z", "…+01:00"), RFC 2822 ("Mon, 30 Nov 2015 14:05:00
// GMT") and written dates ("November 30, 2015", "Nov. 30, 2015 3:45 PM",
// "30 November 2015", "Published: …", "Updated …"). Returns "YYYY-MM-DD", or
// "YYYY-MM-DDThh:mm:ssZ" when a time with a known offset was given; nullopt
// when the text holds no date in a year from 1900 to 2100.
std::optional<std::string> parse_date(std::string_view text);

// True when a whole line is only a date, optionally with a time and a label
// ("Published", "Updated", "Posted") — a date line to lift into metadata.
bool is_date_line(std::string_view line);

}  // namespace verity::extract

#endif  // VERITY_EXTRACT_DATES_H_
