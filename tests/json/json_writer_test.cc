// How records write numbers and strings.
#include "json/json_writer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>

#include "verity/json.h"

namespace verity::json {
namespace {

TEST(ShortestNumber, IsTheShortestDecimalThatReadsBack) {
  EXPECT_EQ(shortest_number(3.0), "3.0");
  EXPECT_EQ(shortest_number(0.69), "0.69");
  EXPECT_EQ(shortest_number(42.281402736661306), "42.281402736661306");
  EXPECT_EQ(shortest_number(0.0042), "0.0042");
  EXPECT_EQ(shortest_number(123400.0), "123400.0");
  EXPECT_EQ(shortest_number(0.00001), "1e-05");
  EXPECT_EQ(shortest_number(-2.5e-7), "-2.5e-07");
  EXPECT_EQ(shortest_number(4.2e16), "4.2e+16");
  EXPECT_EQ(shortest_number(1e100), "1e+100");
  EXPECT_EQ(shortest_number(-0.0), "-0.0");
  for (double value :
       {0.1, 1.0 / 3, 2.0 / 3e-9, 6.02214076e23, 5e-324, std::numeric_limits<double>::max()}) {
    EXPECT_EQ(std::strtod(shortest_number(value).c_str(), nullptr), value) << value;
  }
}

TEST(ErrorRecord, IsValidJsonEvenForBadBytes) {
  const std::string record =
      error_to_json("id\xff", Status(StatusCode::kMalformed, "line \"3\": bad \x01 byte"));
  EXPECT_EQ(record,
            "{\"id\":\"id\xEF\xBF\xBD\",\"error\":\"malformed: line \\\"3\\\": bad \\u0001 "
            "byte\"}");
}

}  // namespace
}  // namespace verity::json
