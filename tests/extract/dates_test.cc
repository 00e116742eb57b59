#include "extract/dates.h"

#include <gtest/gtest.h>

namespace verity::extract {
namespace {

TEST(DatesTest, ParsesTheFormsNewsInputsUse) {
  EXPECT_EQ(parse_date("1525925890.229"), "2018-05-10T04:18:10Z");
  EXPECT_EQ(parse_date("2015-11-30"), "2015-11-30");
  EXPECT_EQ(parse_date("2015-11-30T14:05:00Z"), "2015-11-30T14:05:00Z");
  EXPECT_EQ(parse_date("2015-11-30T14:05:00+01:00"), "2015-11-30T13:05:00Z");
  EXPECT_EQ(parse_date("2015-12-01T00:30:00+02:00"), "2015-11-30T22:30:00Z");
  EXPECT_EQ(parse_date("2015-11-30T14:05:00"), "2015-11-30");  // no offset: only the day is sure
  EXPECT_EQ(parse_date("November 30, 2015"), "2015-11-30");
  EXPECT_EQ(parse_date("Nov. 30, 2015 3:45 PM"), "2015-11-30");
  EXPECT_EQ(parse_date("30 November 2015"), "2015-11-30");
  EXPECT_EQ(parse_date("Mon, 30 Nov 2015 14:05:00 GMT"), "2015-11-30");
  EXPECT_EQ(parse_date("Published: Sept 3rd, 2019"), "2019-09-03");
  EXPECT_EQ(parse_date("11/30/2015"), "2015-11-30");
}

TEST(DatesTest, RejectsWhatIsNotADate) {
  EXPECT_EQ(parse_date(""), std::nullopt);
  EXPECT_EQ(parse_date("May the best team win"), std::nullopt);
  EXPECT_EQ(parse_date("February 30, 2015"), std::nullopt);
  EXPECT_EQ(parse_date("2015-13-01"), std::nullopt);
  EXPECT_EQ(parse_date("326 million people"), std::nullopt);
  EXPECT_EQ(parse_date("12345"), std::nullopt);
}

TEST(DatesTest, DateLinesAreOnlyDates) {
  EXPECT_TRUE(is_date_line("Published: March 3, 2021 9:15 AM ET"));
  EXPECT_TRUE(is_date_line("Updated Mon, Nov 30, 2015"));
  EXPECT_TRUE(is_date_line("2015-11-30"));
  EXPECT_FALSE(is_date_line("The council met on March 3, 2021 to vote."));
  EXPECT_FALSE(is_date_line("Obama spoke with Putin"));
}

}  // namespace
}  // namespace verity::extract
