// The lexicons. Chosen by reading how fabricated stories and tabloid gossip
// sell themselves next to how wire copy reports; each list is short on
// purpose: a word belongs only if it is far more common in one kind of
// writing, since every entry also fires on honest text now and then.
#include "model/style_lexicons.h"

#include <array>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace verity::model {
namespace {

// Words that sell a story as extraordinary rather than report it.
constexpr std::string_view kSensational[] = {
    "shocking",      "shocked",      "shock",        "bombshell",    "exposed",     "exposes",
    "stunning",      "stunned",      "explosive",    "unbelievable", "insane",      "destroyed",
    "destroys",      "slams",        "slammed",      "blasts",       "blasted",     "rips",
    "epic",          "jaw-dropping", "mind-blowing", "outrageous",   "scandal",     "scandalous",
    "sensational",   "horrifying",   "terrifying",   "meltdown",     "chaos",       "catastrophic",
    "staggering",    "incredible",   "incredibly",   "amazing",      "miracle",     "secretly",
    "leaked",        "busted",       "humiliated",   "humiliating",  "obliterates", "annihilates",
    "eviscerates",   "crushes",      "demolishes",   "wow",          "omg",         "urgent",
    "unprecedented", "must-see",     "viral",        "cover-up",     "coverup",     "hoax",
    "conspiracy",    "spills",       "dishes",       "feud",         "savage",      "brutal",
    "brutally",      "freaking",     "crazy",
};

// Strong feelings named outright: anger, fear, disgust, grief.
constexpr std::string_view kEmotional[] = {
    "outrage",    "outraged",  "outrageous",    "furious",     "fury",       "rage",
    "enraged",    "angry",     "anger",         "livid",       "terrified",  "terrifying",
    "fear",       "fears",     "afraid",        "panic",       "panicked",   "scared",
    "horrified",  "horror",    "disgusting",    "disgusted",   "disgrace",   "disgraceful",
    "sickening",  "vile",      "heartbreaking", "heartbroken", "devastated", "devastating",
    "tragic",     "tearful",   "tears",         "sobbing",     "grief",      "hate",
    "hatred",     "hates",     "despise",       "evil",        "wicked",     "pathetic",
    "shameful",   "shame",     "betrayed",      "betrayal",    "heartless",  "cruel",
    "despicable", "nightmare", "distraught",    "upset",
};

// Claims held at arm's length: the writer does not stand behind them.
constexpr std::string_view kHedges[] = {
    "allegedly",      "alleged",         "reportedly",  "rumored",     "rumoured",
    "rumor",          "rumors",          "rumour",      "rumours",     "supposedly",
    "apparently",     "purportedly",     "purported",   "seemingly",   "may have",
    "might have",     "could be",        "might be",    "may be",      "could have",
    "it seems",       "it appears",      "is said to",  "are said to", "was said to",
    "is believed to", "are believed to", "unconfirmed", "unverified",  "speculation",
    "speculated",     "whispers",        "claims",      "claimed",     "possibly",
    "perhaps",        "likely",          "unclear",     "suggests",    "suggested",
    "appears to",     "seems to",        "rumblings",   "murmurs",     "buzz",
};

// Claims pressed beyond what reporting can show.
constexpr std::string_view kCertainty[] = {
    "undeniable",      "undeniably",  "proof",        "proves",          "proven",
    "definitely",      "definitive",  "absolutely",   "clearly",         "obviously",
    "certainly",       "undoubtedly", "indisputable", "irrefutable",     "unquestionably",
    "guaranteed",      "guarantee",   "totally",      "completely",      "entirely",
    "fact is",         "the truth",   "no doubt",     "without a doubt", "beyond doubt",
    "make no mistake", "100 %",       "100 percent",  "for sure",        "of course",
    "no question",     "conclusive",  "literally",    "unmistakable",    "irrefutably",
};

constexpr std::string_view kFirstPerson[] = {
    "i",  "i'm",   "i've",  "i'd",  "i'll",  "me", "my",  "mine", "myself",
    "we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves",
};

constexpr std::string_view kSecondPerson[] = {
    "you",    "your",  "yours",  "yourself", "yourselves", "you're",
    "you've", "you'd", "you'll", "ya",       "y'all",
};

// A statement given to a named or unnamed speaker.
constexpr std::string_view kAttribution[] = {
    "said",         "says",          "told",      "tells",          "according to", "stated",
    "announced",    "confirmed",     "confirms",  "added",          "explained",    "noted",
    "wrote",        "writes",        "reported",  "testified",      "acknowledged", "argued",
    "asserted",     "insisted",      "declared",  "denied",         "responded",    "replied",
    "commented",    "estimated",     "concluded", "in a statement", "spokesman",    "spokeswoman",
    "spokesperson", "press release", "said in",   "cited",          "quoted",       "warned",
    "recalled",
};

// A source the reader cannot identify. Reliable outlets use these too (with
// "on condition of anonymity"), but tabloid and invented stories live on them.
constexpr std::string_view kAnonymousSource[] = {
    "an unnamed",
    "unnamed sources",
    "unnamed source",
    "anonymous source",
    "anonymous sources",
    "a source said",
    "sources say",
    "sources said",
    "sources told",
    "sources tell",
    "a source close to",
    "sources close to",
    "insiders",
    "an insider",
    "a source says",
    "people familiar with",
    "person familiar with",
    "according to sources",
    "according to a source",
    "according to an insider",
    "according to insiders",
    "condition of anonymity",
    "declined to be named",
    "asked not to be named",
    "not authorized to",
    "a tipster",
    "a pal",
    "a friend of",
    "a close friend",
    "an eyewitness",
    "one source",
    "another source",
    "multiple sources",
    "some say",
    "many people are saying",
    "people are saying",
    "rumor has it",
    "word is",
    "we're told",
    "we are told",
    "we hear",
    "has learned",
    "an onlooker",
    "a source told",
    "a source tells",
};

// Headline patterns that withhold the news to win the click.
constexpr std::string_view kClickbait[] = {
    "you won't believe",
    "won't believe",
    "you will never believe",
    "you'll never guess",
    "this is why",
    "this is what",
    "here's why",
    "here's what",
    "here is why",
    "what happened next",
    "what happens next",
    "will blow your mind",
    "blow your mind",
    "you need to know",
    "you need to see",
    "need to know",
    "things you",
    "reasons why",
    "the reason why",
    "the real reason",
    "the truth about",
    "nobody is talking",
    "no one is talking",
    "they don't want you",
    "don't want you to know",
    "one weird trick",
    "this one trick",
    "can't stop",
    "goes viral",
    "went viral",
    "breaks the internet",
    "breaking the internet",
    "the internet is",
    "is losing it",

    "you'll want to",
    "everyone is talking",
    "left speechless",
    "melts down",
    "gets owned",

};

// Words written in capitals that name something and shout nothing. Outlet
// names (CNN, MSNBC) are recognized separately through the outlet list.
constexpr std::string_view kAcronyms[] = {
    "fbi",  "cia",    "nsa",    "doj",  "dhs",   "irs",  "epa",  "fda",  "cdc", "nih",  "nasa",
    "nato", "usa",    "gop",    "dnc",  "rnc",   "ceo",  "cfo",  "coo",  "cto", "uae",  "ussr",
    "lgbt", "lgbtq",  "aids",   "hiv",  "covid", "sars", "dna",  "gdp",  "ipo", "sec",  "ftc",
    "fcc",  "faa",    "ntsb",   "atf",  "dea",   "ice",  "tsa",  "nfl",  "nba", "mlb",  "nhl",
    "ncaa", "fifa",   "uefa",   "wwe",  "ufc",   "mvp",  "opec", "imf",  "who", "oecd", "eu",
    "un",   "unesco", "unicef", "isis", "isil",  "hbo",  "espn", "mtv",  "vh1", "nyc",  "nypd",
    "lapd", "ucla",   "usc",    "mit",  "ap",    "afp",  "ok",   "tv",   "pm",  "am",   "ii",
    "iii",  "iv",     "vi",     "vii",  "viii",  "ix",   "xi",   "xii",  "phd", "mba",  "llc",
    "inc",  "plc",    "ltd",    "snl",  "pdt",   "pst",  "est",  "edt",  "cst", "cdt",  "mst",
    "mdt",  "gmt",    "utc",    "bst",  "usd",   "gbp",  "dvd",  "suv",  "vip", "bff",  "pda",
    "upi",  "amc",    "tlc",    "hgtv", "bet",   "sag",  "thr",  "rex",  "rip", "fka",  "tmz",
    "lol",  "abc",    "cbs",    "nbc",  "bbc",   "cnn",  "npr",  "pbs",  "itv", "usda", "hud",
    "osha", "aclu",   "naacp",  "nra",  "pac",   "kgb",  "mi6",  "swat",
};

constexpr std::string_view kMonths[] = {
    "january",   "february", "march",    "april",    "may", "june", "july", "august",
    "september", "october",  "november", "december", "jan", "feb",  "apr",  "jun",
    "jul",       "aug",      "sep",      "sept",     "oct", "nov",  "dec",
};

constexpr std::string_view kWeekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

constexpr std::size_t kMaxPhraseWords = 6;

struct Phrase {
  std::array<std::string_view, kMaxPhraseWords> words{};
  std::uint8_t size = 0;
  Lexicon lexicon{};
};

// Everything that can start at one token: single-word lexicons as a bit set,
// longer phrases listed.
struct Entry {
  std::uint16_t single = 0;
  std::vector<Phrase> phrases;
};

using Index = std::unordered_map<std::string_view, Entry>;

void add_entries(Lexicon lexicon, std::span<const std::string_view> entries, Index& index) {
  for (std::string_view text : entries) {
    Phrase phrase;
    phrase.lexicon = lexicon;
    while (!text.empty() && phrase.size < kMaxPhraseWords) {
      const std::size_t space = text.find(' ');
      phrase.words[phrase.size++] = text.substr(0, space);
      text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    }
    Entry& entry = index[phrase.words[0]];
    if (phrase.size == 1) {
      entry.single =
          static_cast<std::uint16_t>(entry.single | (1u << static_cast<unsigned>(lexicon)));
    } else {
      entry.phrases.push_back(phrase);
    }
  }
}

struct Lists {
  Lexicon lexicon;
  std::span<const std::string_view> entries;
};

constexpr std::array<Lists, kLexiconCount> kLists = {{
    {Lexicon::kSensational, kSensational},
    {Lexicon::kEmotional, kEmotional},
    {Lexicon::kHedge, kHedges},
    {Lexicon::kCertainty, kCertainty},
    {Lexicon::kFirstPerson, kFirstPerson},
    {Lexicon::kSecondPerson, kSecondPerson},
    {Lexicon::kAttribution, kAttribution},
    {Lexicon::kAnonymousSource, kAnonymousSource},
    {Lexicon::kClickbait, kClickbait},
    {Lexicon::kAcronym, kAcronyms},
    {Lexicon::kMonth, kMonths},
    {Lexicon::kWeekday, kWeekdays},
}};

// Built on first use (thread-safe static initialization) and never changed,
// so all threads read it without a lock. Leaked on purpose: no destructor
// order problems at exit.
const Index& lexicon_index() {
  static const Index* const index = [] {
    auto* built = new Index();
    for (const Lists& list : kLists) add_entries(list.lexicon, list.entries, *built);
    return built;
  }();
  return *index;
}

}  // namespace

void match_lexicons(const TokenList& tokens, std::size_t i, LexiconMatch& match) {
  match = LexiconMatch{};
  const Index& index = lexicon_index();
  const auto found = index.find(tokens.norm(tokens.tokens[i]));
  if (found == index.end()) return;
  const Entry& entry = found->second;
  for (std::size_t l = 0; l < kLexiconCount; ++l) {
    if (entry.single & (1u << l)) {
      match.length[l] = 1;
      match.any = true;
    }
  }
  for (const Phrase& phrase : entry.phrases) {
    if (i + phrase.size > tokens.size()) continue;
    std::size_t k = 1;
    while (k < phrase.size && tokens.norm(tokens.tokens[i + k]) == phrase.words[k]) ++k;
    if (k < phrase.size) continue;
    std::uint8_t& length = match.length[static_cast<std::size_t>(phrase.lexicon)];
    if (phrase.size > length) length = phrase.size;
    match.any = true;
  }
}

std::size_t lexicon_size(Lexicon lexicon) {
  for (const Lists& list : kLists) {
    if (list.lexicon == lexicon) return list.entries.size();
  }
  return 0;
}

}  // namespace verity::model
