#include "extract/dates.h"

#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <vector>

#include "text/line_text.h"

namespace verity::extract {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
// Words a date line may carry besides the date itself.
constexpr std::array<std::string_view, 22> kDateLineWords = {
    "published", "updated", "posted", "last", "modified", "date", "on",  "at",
    "am",        "pm",      "a.m.",   "p.m.", "et",       "est",  "edt", "gmt",
    "utc",       "bst",     "pst",    "pdt",  "cet",      "|"};

struct Date {
  int year = 0;
  int month = 0;  // 1–12
  int day = 0;    // 1–31
};

bool valid(const Date& date) {
  if (date.year < kMinYear || date.year > kMaxYear || date.month < 1 || date.month > 12)
    return false;
  const std::chrono::year_month_day ymd{std::chrono::year(date.year),
                                        std::chrono::month(static_cast<unsigned>(date.month)),
                                        std::chrono::day(static_cast<unsigned>(date.day))};
  return ymd.ok();
}

std::string format_date(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

bool parse_int(std::string_view text, int& value) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// "nov", "nov.", "november", "sept" → 11, 11, 11, 9; 0 when not a month.
int month_number(std::string_view word) {
  std::string key = text::lower_ascii(word);
  while (!key.empty() && (key.back() == '.' || key.back() == ',')) key.pop_back();
  if (key == "sept") return 9;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (key == kMonths[i] || (key.size() == 3 && kMonths[i].starts_with(key)))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

// "30", "30,", "30th" → 30.
int day_number(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (word.size() > suffix.size() && text::ends_with_ci(word, suffix)) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  int day = 0;
  return parse_int(word, day) && day >= 1 && day <= 31 ? day : 0;
}

int year_number(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
  int year = 0;
  return word.size() == 4 && parse_int(word, year) && year >= kMinYear && year <= kMaxYear ? year
                                                                                           : 0;
}

// "YYYY-MM-DDThh:mm:ssZ" for an instant in the supported years.
std::optional<std::string> format_instant(std::chrono::sys_seconds instant) {
  const auto day = std::chrono::floor<std::chrono::days>(instant);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss time{instant - day};
  const int year = static_cast<int>(ymd.year());
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", year,
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return std::string(buffer);
}

std::optional<std::string> parse_epoch(std::string_view text) {
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  if (whole.size() < 9 || whole.size() > 10) return std::nullopt;  // 1973 … 2286
  long long seconds = 0;
  const auto [end, error] = std::from_chars(whole.data(), whole.data() + whole.size(), seconds);
  if (error != std::errc() || end != whole.data() + whole.size()) return std::nullopt;
  if (dot != std::string_view::npos) {
    const std::string_view fraction = text.substr(dot + 1);
    for (char c : fraction) {
      if (c < '0' || c > '9') return std::nullopt;
    }
  }
  return format_instant(std::chrono::sys_seconds{std::chrono::seconds(seconds)});
}

bool digits_at(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return false;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

int two_digits(std::string_view text, std::size_t pos) {
  return (text[pos] - '0') * 10 + (text[pos + 1] - '0');
}

// "2015-11-30", "2015-11-30T14:05:00Z", "2015-11-30 14:05:00+01:00".
std::optional<std::string> parse_iso(std::string_view text) {
  if (!digits_at(text, 0, 4) || text.size() < 10 || text[4] != '-' || !digits_at(text, 5, 2) ||
      text[7] != '-' || !digits_at(text, 8, 2)) {
    return std::nullopt;
  }
  Date date{(text[0] - '0') * 1000 + (text[1] - '0') * 100 + two_digits(text, 2),
            two_digits(text, 5), two_digits(text, 8)};
  if (!valid(date)) return std::nullopt;
  std::string_view rest = text.substr(10);
  if (rest.empty() || (rest[0] != 'T' && rest[0] != ' ') || !digits_at(rest, 1, 2) ||
      rest.size() < 6 || rest[3] != ':' || !digits_at(rest, 4, 2)) {
    return format_date(date);
  }
  int hour = two_digits(rest, 1);
  int minute = two_digits(rest, 4);
  int second = 0;
  std::size_t pos = 6;
  if (pos < rest.size() && rest[pos] == ':' && digits_at(rest, pos + 1, 2)) {
    second = two_digits(rest, pos + 1);
    pos += 3;
  }
  while (pos < rest.size() && (rest[pos] == '.' || (rest[pos] >= '0' && rest[pos] <= '9'))) ++pos;
  int offset_minutes = 0;
  if (pos < rest.size() && (rest[pos] == 'Z' || rest[pos] == 'z')) {
    offset_minutes = 0;
  } else if (pos < rest.size() && (rest[pos] == '+' || rest[pos] == '-') &&
             digits_at(rest, pos + 1, 2)) {
    const int sign = rest[pos] == '-' ? -1 : 1;
    std::size_t minute_pos = pos + 3;
    if (minute_pos < rest.size() && rest[minute_pos] == ':') ++minute_pos;
    const int offset_min = digits_at(rest, minute_pos, 2) ? two_digits(rest, minute_pos) : 0;
    offset_minutes = sign * (two_digits(rest, pos + 1) * 60 + offset_min);
  } else {
    return format_date(date);  // a local time with no offset: the day is all we can trust
  }
  if (hour > 23 || minute > 59 || second > 60) return format_date(date);
  using namespace std::chrono;
  const sys_days day = year_month_day{year(date.year), month(static_cast<unsigned>(date.month)),
                                      std::chrono::day(static_cast<unsigned>(date.day))};
  const sys_seconds utc = day + hours(hour) + minutes(minute - offset_minutes) + seconds(second);
  return format_instant(utc);
}

// Month-name dates anywhere in the words: "Nov. 30, 2015", "30 November 2015",
// "Mon, 30 Nov 2015 14:05:00 GMT".
std::optional<Date> parse_written(const std::vector<std::string_view>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const int month = month_number(words[i]);
    if (month == 0) continue;
    // "May" is also a verb: require a day and year right beside it.
    if (i + 2 < words.size() && day_number(words[i + 1]) && year_number(words[i + 2])) {
      Date date{year_number(words[i + 2]), month, day_number(words[i + 1])};
      if (valid(date)) return date;
    }
    if (i >= 1 && i + 1 < words.size() && day_number(words[i - 1]) && year_number(words[i + 1])) {
      Date date{year_number(words[i + 1]), month, day_number(words[i - 1])};
      if (valid(date)) return date;
    }
  }
  return std::nullopt;
}

// "11/30/2015" (US order, as American news writes it).
std::optional<Date> parse_slashed(std::string_view word) {
  const std::size_t a = word.find('/');
  const std::size_t b = a == std::string_view::npos ? a : word.find('/', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  int month = 0;
  int day = 0;
  int year = 0;
  if (!parse_int(word.substr(0, a), month) || !parse_int(word.substr(a + 1, b - a - 1), day) ||
      !parse_int(word.substr(b + 1), year)) {
    return std::nullopt;
  }
  Date date{year, month, day};
  return valid(date) ? std::optional<Date>(date) : std::nullopt;
}

bool is_time_word(std::string_view word) {
  // "3:45", "14:05:00", "3:45pm"
  const std::size_t colon = word.find(':');
  return colon != std::string_view::npos && colon > 0 && colon <= 2 && word.size() >= colon + 3 &&
         word[colon + 1] >= '0' && word[colon + 1] <= '9';
}

}  // namespace

std::optional<std::string> parse_date(std::string_view text) {
  text = text::trim(text);
  if (text.empty() || text.size() > 200) return std::nullopt;
  if (auto epoch = parse_epoch(text)) return epoch;
  if (auto iso = parse_iso(text)) return iso;
  const std::vector<std::string_view> words = text::split_words(text);
  if (auto written = parse_written(words)) return format_date(*written);
  for (std::string_view word : words) {
    if (auto iso = parse_iso(word)) return iso;
    if (auto slashed = parse_slashed(word)) return format_date(*slashed);
  }
  return std::nullopt;
}

bool is_date_line(std::string_view line) {
  const std::vector<std::string_view> words = text::split_words(line);
  if (words.empty() || words.size() > 12 || !parse_date(line)) return false;
  for (std::string_view word : words) {
    std::string key = text::lower_ascii(word);
    while (!key.empty() && (key.back() == ',' || key.back() == ':' || key.back() == '.'))
      key.pop_back();
    if (key.empty() || month_number(key) || day_number(key) || year_number(key) ||
        is_time_word(key) || parse_iso(key) || parse_slashed(key)) {
      continue;
    }
    bool known = false;
    for (std::string_view allowed : kDateLineWords) known = known || key == allowed;
    for (std::string_view weekday : kWeekdays) {
      known = known || key == weekday || (key.size() == 3 && weekday.starts_with(key));
    }
    if (!known) return false;
  }
  return true;
}

}  // namespace verity::extract
