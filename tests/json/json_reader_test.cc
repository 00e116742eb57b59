// How verity reads JSON: errors that say where, a cap on nesting, and field
// text the way the readers keep it.
#include "json/json_reader.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "verity/json.h"

namespace verity::json {
namespace {

TEST(JsonParse, SaysWhatIsWrongAndWhere) {
  const Result<rapidjson::Document> parsed = parse(R"({"text": "a" "b"})");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), StatusCode::kMalformed);
  EXPECT_NE(parsed.status().message().find("Missing a comma or '}'"), std::string::npos)
      << parsed.status().message();
  EXPECT_NE(parsed.status().message().find("at character 13"), std::string::npos)
      << parsed.status().message();
  EXPECT_FALSE(parse("").ok());
  EXPECT_FALSE(parse("{} trailing").ok());
  // A NUL must not end the text early and hide what follows it.
  const Result<rapidjson::Document> nul = parse(std::string_view("{}\0{", 4));
  ASSERT_FALSE(nul.ok());
  EXPECT_NE(nul.status().message().find("a NUL byte outside a string (at character 2)"),
            std::string::npos)
      << nul.status().message();
  EXPECT_TRUE(parse(R"({"text": "escaped \u0000 is fine"})").ok());
}

TEST(JsonParse, RefusesNestingPastTheCapWithoutRecursing) {
  std::string deep_but_allowed(kMaxDepth, '[');
  deep_but_allowed.append(kMaxDepth, ']');
  EXPECT_TRUE(parse(deep_but_allowed).ok());
  // A million levels: a recursive parser would overflow the stack here.
  std::string bomb(1000000, '[');
  bomb.append(1000000, ']');
  const Result<rapidjson::Document> parsed = parse(bomb);
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.status().message().find("nested deeper than 1024 levels"), std::string::npos)
      << parsed.status().message();
}

TEST(JsonParse, ChecksUtf8OnlyWhenAsked) {
  const std::string bad = "{\"text\": \"caf\xff\"}";
  EXPECT_TRUE(parse(bad).ok());
  EXPECT_FALSE(parse(bad, Encoding::kValidUtf8).ok());
  EXPECT_TRUE(parse("{\"text\": \"caf\xC3\xA9\"}", Encoding::kValidUtf8).ok());
}

TEST(JsonParse, ReadsNumbersAtFullPrecision) {
  const Result<rapidjson::Document> parsed = parse("[0.30000000000000004, 42.281402736661306]");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value()[0].GetDouble(), 0.1 + 0.2);
  EXPECT_EQ(parsed.value()[1].GetDouble(), 42.281402736661306);
}

TEST(JsonParse, ReadsZeroWithAnExponentAsZeroAndRefusesInfinity) {
  // Debian's RapidJSON 1.1.0 read "0e154" through an undefined clz(0) in
  // full precision (fuzz/corpus/request_documents keeps the input).
  const Result<rapidjson::Document> parsed = parse(
      "[0e154, -0.0e-7, 1e-400, 18446744073709551615, -9223372036854775808, "
      "18446744073709551616, 7]");
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  const rapidjson::Document& numbers = parsed.value();
  EXPECT_EQ(numbers[0].GetDouble(), 0.0);
  EXPECT_EQ(numbers[1].GetDouble(), 0.0);
  EXPECT_EQ(numbers[2].GetDouble(), 0.0);
  EXPECT_EQ(numbers[3].GetUint64(), 18446744073709551615u);
  EXPECT_EQ(numbers[4].GetInt64(), INT64_MIN);
  EXPECT_EQ(numbers[5].GetDouble(), 18446744073709551616.0);
  EXPECT_TRUE(numbers[6].IsInt());
  EXPECT_EQ(numbers[6].GetInt(), 7);
  const Result<rapidjson::Document> huge = parse("{\"weight\": 1e400}");
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.status().message().find("Number too big"), std::string::npos)
      << huge.status().message();
}

TEST(JsonParse, ALoneSurrogateEscapeBecomesTheReplacementCharacter) {
  // RapidJSON 1.1.0 writes "\udc00" as the bytes of a surrogate, which are
  // not UTF-8 (fuzz/corpus/read_jsonl keeps the input that found it).
  const Result<rapidjson::Document> parsed =
      parse(R"({"a\udc00": "x\udc00y", "pair": "\ud83d\ude00"})", Encoding::kValidUtf8);
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  const auto member = parsed.value().MemberBegin();
  EXPECT_EQ(std::string(member->name.GetString()), "a\xEF\xBF\xBD");
  EXPECT_EQ(std::string(member->value.GetString()), "x\xEF\xBF\xBDy");
  EXPECT_EQ(std::string(parsed.value()["pair"].GetString()), "\xF0\x9F\x98\x80");
}

TEST(JsonFields, TypedLookupsSayNothingForTheWrongType) {
  const Result<rapidjson::Document> parsed =
      parse(R"({"name": "x", "count": 3, "ratio": 0.5, "flag": true, "none": null})");
  ASSERT_TRUE(parsed.ok());
  const Value& object = parsed.value();
  EXPECT_EQ(string_of(*find(object, "name")), "x");
  EXPECT_EQ(unsigned_of(*find(object, "count")), 3u);
  EXPECT_EQ(number_of(*find(object, "count")), 3.0);
  EXPECT_EQ(number_of(*find(object, "ratio")), 0.5);
  EXPECT_EQ(bool_of(*find(object, "flag")), true);
  EXPECT_FALSE(string_of(*find(object, "count")));
  EXPECT_FALSE(unsigned_of(*find(object, "ratio")));
  EXPECT_FALSE(bool_of(*find(object, "none")));
  EXPECT_EQ(find(object, "missing"), nullptr);
  EXPECT_EQ(find(*find(object, "name"), "name"), nullptr);  // not an object
}

TEST(JsonFields, ScalarTextKeepsFieldsAsDatasetsMeanThem) {
  const Result<rapidjson::Document> parsed =
      parse(R"([1493179200.0, 1493179200, 2.5, "text", null, true, {"b": [1, 2.0, "x"]}, )"
            R"(123456789012345678901234567890])");
  ASSERT_TRUE(parsed.ok());
  const Value& items = parsed.value();
  EXPECT_EQ(scalar_text(items[0]), "1493179200");  // an epoch written as a float
  EXPECT_EQ(scalar_text(items[1]), "1493179200");
  EXPECT_EQ(scalar_text(items[2]), "2.5");
  EXPECT_EQ(scalar_text(items[3]), "text");
  EXPECT_EQ(scalar_text(items[4]), "");
  EXPECT_EQ(scalar_text(items[5]), "true");
  EXPECT_EQ(scalar_text(items[6]), R"({"b":[1,2.0,"x"]})");
  EXPECT_EQ(scalar_text(items[7]), "1.2345678901234568e+29");  // beyond 64 bits: a float
}

TEST(FlatJsonObject, WritesFieldsInOrderAndRepairsText) {
  EXPECT_EQ(
      flat_json_object({{"error", "bad \xff byte"}, {"workers", std::size_t{2}}, {"ratio", 0.25}}),
      "{\"error\":\"bad \xEF\xBF\xBD byte\",\"workers\":2,\"ratio\":0.25}");
}

}  // namespace
}  // namespace verity::json
