// Photo credits and the share, print and feedback prompts of pages in other
// languages are chrome, each with its reason; story lines that merely mention
// a photo or a print edition stay.
#include <gtest/gtest.h>

#include "extract/chrome_rules.h"

namespace verity::extract {
namespace {

TEST(CreditLines, PhotoCreditsAreCaptions) {
  for (const char* line :
       {"Foto: dpa", "Bild: Jahr Media", "Titelbild: Geyres Christophe/Abaca/picture-alliance",
        "(crédito: Minervino Júnior/CB/D.A.Press)", "Photograph by Ed Marshall, Redonda Programme",
        "(Credit: Clayton Aldern / Grist)", "Roman Prymula, photo: archives du gouvernement",
        "Dee Dee Myers Getty Images",
        "Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)"}) {
    EXPECT_EQ(chrome_reason(line), reason::kCaption) << line;
  }
  for (const char* line :
       {"The photographer said the picture was taken by a drone over the harbour at dawn.",
        "Getty Images agreed on Monday to buy a smaller rival for $200 million in cash."}) {
    EXPECT_FALSE(chrome_reason(line).has_value()) << line;
  }
}

TEST(CreditLines, PromptsInOtherLanguagesAreChrome) {
  EXPECT_EQ(chrome_reason("Jetzt teilen!"), reason::kShare);
  EXPECT_EQ(chrome_reason("Möchten Sie den Artikel teilen?"), reason::kShare);
  EXPECT_EQ(chrome_reason("War der Artikel nützlich?"), reason::kShare);
  EXPECT_EQ(chrome_reason("Rezept drucken"), reason::kNavigation);
  EXPECT_EQ(chrome_reason("Quellen ausblenden"), reason::kNavigation);
  EXPECT_EQ(chrome_reason("À lire aussi \"Ballonnements, lourdeurs : quel est votre profil\""),
            reason::kRelated);
  EXPECT_FALSE(
      chrome_reason("Die Zeitung wird weiter gedruckt, sagte der Verleger am Montag.").has_value());
}

}  // namespace
}  // namespace verity::extract
