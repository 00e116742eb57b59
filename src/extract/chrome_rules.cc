#include "extract/chrome_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "text/line_text.h"

namespace verity::extract {
namespace {

// No chrome rule applies to lines longer than this.
constexpr std::size_t kMaxChromeWords = 60;

// Lines that are chrome when they are the whole line (after line_key()).
struct ExactRule {
  std::string_view key;
  std::string_view reason;
};
constexpr std::array kExactLines = {
    ExactRule{"accessibility links", reason::kNavigation},
    ExactRule{"skip to main content", reason::kNavigation},
    ExactRule{"skip to content", reason::kNavigation},
    ExactRule{"skip to navigation", reason::kNavigation},
    ExactRule{"skip navigation", reason::kNavigation},
    ExactRule{"jump to navigation", reason::kNavigation},
    ExactRule{"toggle navigation", reason::kNavigation},
    ExactRule{"main menu", reason::kNavigation},
    ExactRule{"menu", reason::kNavigation},
    ExactRule{"open menu", reason::kNavigation},
    ExactRule{"close menu", reason::kNavigation},
    ExactRule{"search", reason::kNavigation},
    ExactRule{"home", reason::kNavigation},
    ExactRule{"sections", reason::kNavigation},
    ExactRule{"log in", reason::kNavigation},
    ExactRule{"login", reason::kNavigation},
    ExactRule{"sign in", reason::kNavigation},
    ExactRule{"register", reason::kNavigation},
    ExactRule{"back to top", reason::kNavigation},
    ExactRule{"print", reason::kNavigation},
    ExactRule{"print this page", reason::kNavigation},
    ExactRule{"next article", reason::kNavigation},
    ExactRule{"previous article", reason::kNavigation},
    ExactRule{"next story", reason::kNavigation},
    ExactRule{"previous story", reason::kNavigation},
    ExactRule{"close", reason::kNavigation},
    ExactRule{"breaking news", reason::kBanner},
    ExactRule{"breaking", reason::kBanner},
    ExactRule{"just in", reason::kBanner},
    ExactRule{"live", reason::kBanner},
    ExactRule{"live updates", reason::kBanner},
    ExactRule{"developing story", reason::kBanner},
    ExactRule{"developing", reason::kBanner},
    ExactRule{"exclusive", reason::kBanner},
    ExactRule{"advertisement", reason::kAdvertisement},
    ExactRule{"advertisements", reason::kAdvertisement},
    ExactRule{"ad", reason::kAdvertisement},
    ExactRule{"sponsored", reason::kAdvertisement},
    ExactRule{"sponsored content", reason::kAdvertisement},
    ExactRule{"promoted", reason::kAdvertisement},
    ExactRule{"story continues below advertisement", reason::kAdvertisement},
    ExactRule{"continue reading below", reason::kAdvertisement},
    ExactRule{"text size", reason::kTextSize},
    ExactRule{"font size", reason::kTextSize},
    ExactRule{"share", reason::kShare},
    ExactRule{"share this", reason::kShare},
    ExactRule{"share this article", reason::kShare},
    ExactRule{"share this story", reason::kShare},
    ExactRule{"share article", reason::kShare},
    ExactRule{"tweet", reason::kShare},
    ExactRule{"pin it", reason::kShare},
    ExactRule{"email this", reason::kShare},
    ExactRule{"copy link", reason::kShare},
    ExactRule{"link copied", reason::kShare},
    ExactRule{"image", reason::kImage},
    ExactRule{"photo", reason::kImage},
    ExactRule{"video", reason::kImage},
    ExactRule{"play video", reason::kImage},
    ExactRule{"watch video", reason::kImage},
    ExactRule{"gallery", reason::kImage},
    ExactRule{"view gallery", reason::kImage},
    ExactRule{"click to enlarge", reason::kImage},
    ExactRule{"enlarge this image", reason::kImage},
    ExactRule{"toggle caption", reason::kImage},
    ExactRule{"hide caption", reason::kImage},
    ExactRule{"comments", reason::kComments},
    ExactRule{"leave a comment", reason::kComments},
    ExactRule{"leave a reply", reason::kComments},
    ExactRule{"post a comment", reason::kComments},
    ExactRule{"add a comment", reason::kComments},
    ExactRule{"show comments", reason::kComments},
    ExactRule{"view comments", reason::kComments},
    ExactRule{"join the discussion", reason::kComments},
    ExactRule{"related", reason::kRelated},
    ExactRule{"related articles", reason::kRelated},
    ExactRule{"related stories", reason::kRelated},
    ExactRule{"related posts", reason::kRelated},
    ExactRule{"related content", reason::kRelated},
    ExactRule{"read more", reason::kRelated},
    ExactRule{"see also", reason::kRelated},
    ExactRule{"recommended", reason::kRelated},
    ExactRule{"recommended for you", reason::kRelated},
    ExactRule{"you may also like", reason::kRelated},
    ExactRule{"you might also like", reason::kRelated},
    ExactRule{"more stories", reason::kRelated},
    ExactRule{"most popular", reason::kRelated},
    ExactRule{"most read", reason::kRelated},
    ExactRule{"trending", reason::kRelated},
    ExactRule{"trending now", reason::kRelated},
    ExactRule{"top stories", reason::kRelated},
    ExactRule{"about the author", reason::kAuthorBio},
    // The same headings in German, French, Spanish, Italian and Portuguese,
    // the other languages news pages come in most often.
    ExactRule{"related coverage", reason::kRelated},
    ExactRule{"weitere themen", reason::kRelated},
    ExactRule{"mehr zum thema", reason::kRelated},
    ExactRule{"lesen sie auch", reason::kRelated},
    ExactRule{"schon gelesen?", reason::kRelated},
    ExactRule{"das k\u00f6nnte sie auch interessieren", reason::kRelated},
    ExactRule{"weitere artikel", reason::kRelated},
    ExactRule{"\u00e4hnliche artikel", reason::kRelated},
    ExactRule{"lire aussi", reason::kRelated},
    ExactRule{"\u00c0 lire aussi", reason::kRelated},
    ExactRule{"a lire aussi", reason::kRelated},
    ExactRule{"sur le m\u00eame sujet", reason::kRelated},
    ExactRule{"le puede interesar", reason::kRelated},
    ExactRule{"te puede interesar", reason::kRelated},
    ExactRule{"lee tambi\u00e9n", reason::kRelated},
    ExactRule{"noticias relacionadas", reason::kRelated},
    ExactRule{"art\u00edculos relacionados", reason::kRelated},
    ExactRule{"leggi anche", reason::kRelated},
    ExactRule{"leia tamb\u00e9m", reason::kRelated},
    ExactRule{"kommentare", reason::kComments},
    ExactRule{"commentaires", reason::kComments},
    ExactRule{"comentarios", reason::kComments},
    ExactRule{"jetzt teilen", reason::kShare},
    ExactRule{"jetzt teilen!", reason::kShare},
    ExactRule{"artikel teilen", reason::kShare},
    ExactRule{"m\u00f6chten sie den artikel teilen?", reason::kShare},
    ExactRule{"war der artikel n\u00fctzlich?", reason::kShare},
    ExactRule{"war dieser artikel hilfreich?", reason::kShare},
    ExactRule{"rezept drucken", reason::kNavigation},
    ExactRule{"artikel drucken", reason::kNavigation},
    ExactRule{"drucken", reason::kNavigation},
    ExactRule{"quellen ausblenden", reason::kNavigation},
    ExactRule{"quellen anzeigen", reason::kNavigation},
    ExactRule{"partager", reason::kShare},
    ExactRule{"compartir", reason::kShare},
};

// Lines that are chrome when they start with one of these and stay short.
struct PrefixRule {
  std::string_view prefix;
  std::size_t max_words;
  std::string_view reason;
};
constexpr std::array kPrefixLines = {
    PrefixRule{"fact checked by", 12, reason::kBadge},
    PrefixRule{"fact-checked by", 12, reason::kBadge},
    PrefixRule{"verified by", 8, reason::kBadge},
    PrefixRule{"this article has been fact-checked", 16, reason::kBadge},
    PrefixRule{"this article was fact-checked", 16, reason::kBadge},
    PrefixRule{"share on ", 8, reason::kShare},
    PrefixRule{"share via ", 8, reason::kShare},
    PrefixRule{"click to share", 10, reason::kShare},
    PrefixRule{"follow us on", 14, reason::kShare},
    PrefixRule{"follow us", 6, reason::kShare},
    PrefixRule{"like us on facebook", 12, reason::kShare},
    PrefixRule{"subscribe", 25, reason::kSubscribe},
    PrefixRule{"sign up for", 25, reason::kSubscribe},
    PrefixRule{"sign up to", 25, reason::kSubscribe},
    PrefixRule{"get our newsletter", 25, reason::kSubscribe},
    PrefixRule{"join our mailing list", 25, reason::kSubscribe},
    PrefixRule{"get the latest", 20, reason::kSubscribe},
    PrefixRule{"download our app", 15, reason::kSubscribe},
    PrefixRule{"support our journalism", 25, reason::kSubscribe},
    PrefixRule{"copyright", 30, reason::kCopyright},
    PrefixRule{"(c) 19", 30, reason::kCopyright},
    PrefixRule{"(c) 20", 30, reason::kCopyright},
    PrefixRule{"related:", 25, reason::kRelated},
    PrefixRule{"read more:", 25, reason::kRelated},
    PrefixRule{"read more at", 25, reason::kRelated},
    PrefixRule{"see also:", 25, reason::kRelated},
    PrefixRule{"more from", 8, reason::kRelated},
    PrefixRule{"you may also like", 12, reason::kRelated},
    PrefixRule{"recommended for you", 12, reason::kRelated},
    PrefixRule{"lesen sie auch:", 25, reason::kRelated},
    PrefixRule{"mehr zum thema:", 25, reason::kRelated},
    PrefixRule{"lire aussi :", 25, reason::kRelated},
    PrefixRule{"\u00e0 lire aussi", 25, reason::kRelated},
    PrefixRule{"\u00c0 lire aussi", 25, reason::kRelated},
    PrefixRule{"puedes ver:", 25, reason::kRelated},
    PrefixRule{"lee tambi\u00e9n:", 25, reason::kRelated},
    PrefixRule{"leggi anche:", 25, reason::kRelated},
    PrefixRule{"this entry was posted", 30, reason::kRelated},
    PrefixRule{"if you enjoyed reading", 30, reason::kSubscribe},
    PrefixRule{"if you enjoyed this", 30, reason::kSubscribe},
    PrefixRule{"image copyright", 20, reason::kCaption},
    PrefixRule{"image caption", 40, reason::kCaption},
    PrefixRule{"image source", 20, reason::kCaption},
    PrefixRule{"getty images", 12, reason::kCaption},
    PrefixRule{"last updated", 10, reason::kDate},
    PrefixRule{"posted on", 10, reason::kDate},
};

// Size toggles and social networks that show up as bare word lists.
constexpr std::array<std::string_view, 11> kSizeWords = {"xs", "sm", "md", "lg", "xl", "xxl",
                                                         "a",  "a+", "a-", "aa", "aaa"};
constexpr std::array<std::string_view, 16> kSocialWords = {
    "facebook", "twitter", "x",        "linkedin", "pinterest", "reddit", "whatsapp",  "email",
    "e-mail",   "print",   "telegram", "tumblr",   "messenger", "share",  "flipboard", "mail"};

template <std::size_t N>
bool all_words_in(std::string_view key, const std::array<std::string_view, N>& vocabulary) {
  const std::vector<std::string_view> words = text::split_words(key);
  if (words.empty()) return false;
  return std::all_of(words.begin(), words.end(), [&](std::string_view word) {
    return std::find(vocabulary.begin(), vocabulary.end(), word) != vocabulary.end();
  });
}

bool is_bullet_byte(unsigned char c) {
  return c == '*' || c == '-' || c == '|' || c == '>' || c == '#' || c == '+';
}

// "16x9 Image", "4:3 Photo": an aspect ratio naming an image slot.
bool is_sized_image_slot(std::string_view key) {
  const std::vector<std::string_view> words = text::split_words(key);
  if (words.size() != 2) return false;
  const std::string_view ratio = words[0];
  const std::size_t sep = ratio.find_first_of("x:");
  if (sep == 0 || sep == std::string_view::npos || sep + 1 >= ratio.size()) return false;
  const auto digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  return digits(ratio.substr(0, sep)) && digits(ratio.substr(sep + 1)) &&
         (words[1] == "image" || words[1] == "photo" || words[1] == "video");
}

// Agency caption conventions: "FILE - …" / "FILE PHOTO: …" (upper case, as
// wire services write them).
bool is_file_photo(std::string_view text) {
  return text.starts_with("FILE -") || text.starts_with("FILE PHOTO") || text.starts_with("FILE:");
}

// looks_like_caption() for a trimmed line of at most kMaxChromeWords words
// whose line_key() is `key`: chrome_reason() has the key already.
bool caption_by_key(std::string_view text, std::string_view key) {
  if (is_file_photo(text)) return true;
  // "Photo: …", photographer credits at the end.
  for (std::string_view prefix :
       {"photo:", "photos:", "image:", "pictured:", "picture:", "photograph:", "credit:",
        "photo credit", "(photo by", "photo by", "file photo:", "photograph by", "(credit:",
        // German, Spanish and Portuguese credits: "Foto: dpa", "Bild: …".
        "foto:", "fotos:", "bild:", "titelbild:", "titelfoto:", "cr\u00e9dito:", "(cr\u00e9dito:",
        "(foto:"}) {
    if (key.starts_with(prefix)) return true;
  }
  // "Roman Prymula, photo: …": a caption naming its picture's source.
  if (key.find(", photo:") != std::string_view::npos ||
      key.find(", foto:") != std::string_view::npos)
    return true;
  // "Dee Dee Myers Getty Images", "… (mlharing / iStock.com)".
  if (text::count_words(key) <= 8 && key.ends_with(" getty images")) return true;
  if (key.ends_with("/ istock.com)") || key.ends_with("/istock.com)")) return true;
  for (std::string_view suffix : {"/getty images)", "/ getty images", "/getty images", "(ap photo)",
                                  "/reuters)", "(reuters)"}) {
    if (key.ends_with(suffix)) return true;
  }
  return key.find("(ap photo/") != std::string::npos;
}

}  // namespace

std::string line_key(std::string_view line) {
  std::string_view view = text::trim(line);
  // Strip bullets: ASCII markers and common UTF-8 symbols (•, ›, », ▶, ►, ·).
  for (;;) {
    if (!view.empty() && is_bullet_byte(static_cast<unsigned char>(view.front()))) {
      view.remove_prefix(1);
    } else if (view.starts_with("\u2022") || view.starts_with("\u203A") ||
               view.starts_with("\u25B6") || view.starts_with("\u25BA")) {
      view.remove_prefix(3);
    } else if (view.starts_with("\u00BB") || view.starts_with("\u00B7")) {
      view.remove_prefix(2);
    } else {
      break;
    }
    view = text::trim(view);
  }
  while (!view.empty() && (view.back() == ':' || view.back() == '|' || view.back() == '>')) {
    view.remove_suffix(1);
    view = text::trim(view);
  }
  // Lower-cased in place: one string per line, not two.
  std::string key = text::collapse_spaces(view);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

std::optional<std::string_view> chrome_reason(std::string_view line) {
  // Chrome is short; counting words first keeps running text off the slow path.
  if (text::more_words_than(line, kMaxChromeWords)) return std::nullopt;
  const std::string key = line_key(line);
  if (key.empty()) return reason::kNavigation;  // a bullet or separator alone
  // Every line short enough asks: one hash, not a comparison per rule.
  static const auto* const exact = [] {
    auto* built = new std::unordered_map<std::string_view, std::string_view>();
    for (const ExactRule& rule : kExactLines) built->emplace(rule.key, rule.reason);
    return built;
  }();
  if (const auto found = exact->find(key); found != exact->end()) return found->second;
  const std::size_t words = text::count_words(key);
  for (const PrefixRule& rule : kPrefixLines) {
    if (words <= rule.max_words && key.starts_with(rule.prefix)) return rule.reason;
  }
  // `key` is lower case already, so a plain find does what text::contains_ci() would.
  if (words <= 40 && key.find("all rights reserved") != std::string::npos)
    return reason::kCopyright;
  // "© Getty Images", "© Provided by …": a photo credit, wherever it stands.
  if (key.starts_with("\u00A9") && words <= 25) return reason::kCaption;
  if (words <= 6 && all_words_in(key, kSizeWords) && key != "a") return reason::kTextSize;
  if (words <= 8 && all_words_in(key, kSocialWords) && key != "x") return reason::kShare;
  if (words == 2 && is_sized_image_slot(key)) return reason::kImage;
  const auto has = [&key](std::string_view needle) {
    return key.find(needle) != std::string::npos;
  };
  if (words <= 60 && has("cookie") &&
      (has("we use") || has("accept") || has("consent") || has("policy") || has("settings"))) {
    return reason::kCookie;
  }
  if (caption_by_key(text::trim(line), key)) return reason::kCaption;
  return std::nullopt;
}

bool looks_like_caption(std::string_view line) {
  const std::string_view text = text::trim(line);
  if (is_file_photo(text)) return true;
  if (text::more_words_than(text, kMaxChromeWords)) return false;
  return caption_by_key(text, line_key(text));
}

bool is_end_marker(std::string_view line) {
  if (text::more_words_than(line, 8)) return false;
  const std::string key = line_key(line);
  const std::optional<std::string_view> why = chrome_reason(line);
  if (why && (*why == reason::kComments || *why == reason::kAuthorBio)) return true;
  // Recommendation lists end the story; an inline "Related: …" link does not.
  for (std::string_view header : {"related articles",
                                  "related stories",
                                  "related posts",
                                  "related coverage",
                                  "more stories",
                                  "recommended for you",
                                  "you may also like",
                                  "you might also like",
                                  "most popular",
                                  "most read",
                                  "trending now",
                                  "more from",
                                  "weitere themen",
                                  "das k\u00f6nnte sie auch interessieren",
                                  "weitere artikel",
                                  "\u00e4hnliche artikel",
                                  "sur le m\u00eame sujet",
                                  "noticias relacionadas",
                                  "art\u00edculos relacionados",
                                  "le puede interesar",
                                  "te puede interesar"}) {
    if (key.starts_with(header) && text::count_words(key) <= 8) return true;
  }
  return false;
}

bool looks_like_publisher_blurb(std::string_view paragraph) {
  // Lower-casing leaves the word count as it is: count before copying.
  if (text::more_words_than(paragraph, 120)) return false;
  const std::string key = text::lower_ascii(paragraph);
  // Phrases an outlet uses to describe itself; two weak ones or one strong.
  int strong = 0;
  int weak = 0;
  for (std::string_view phrase :
       {"provides news and information", "all rights reserved", "byline are the work of",
        "is a registered trademark", "may contain information from wire service",
        "is an independent news", "is a nonprofit news", "is a non-profit news"}) {
    if (key.find(phrase) != std::string::npos) ++strong;
  }
  for (std::string_view phrase :
       {"news organization", "news agency", "newsroom", "our journalists", "journalists",
        "languages", "weekly audience", "readers", "byline", "wire service", "media company",
        "news outlet", "founded", "published by"}) {
    if (key.find(phrase) != std::string::npos) ++weak;
  }
  return strong >= 1 || weak >= 3;
}

}  // namespace verity::extract
