// Names of news outlets as articles write them, and their domains. The list
// covers the outlets most often cited as sources in English-language news
// (wires, broadcasters, national papers, state media, tabloids and partisan
// sites); it maps names to domains so the reputation stage can rate them.
#include "text/outlets.h"

#include <array>
#include <bitset>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/line_text.h"

namespace verity::text {
namespace {

struct Outlet {
  std::string_view name;
  std::string_view domain;
};

constexpr std::array kOutlets = {
    Outlet{"Reuters", "reuters.com"},
    Outlet{"Associated Press", "apnews.com"},
    Outlet{"AP", "apnews.com"},
    Outlet{"AFP", "afp.com"},
    Outlet{"Agence France-Presse", "afp.com"},
    Outlet{"Bloomberg", "bloomberg.com"},
    Outlet{"CNN", "cnn.com"},
    Outlet{"Fox News", "foxnews.com"},
    Outlet{"MSNBC", "msnbc.com"},
    Outlet{"NBC News", "nbcnews.com"},
    Outlet{"CBS News", "cbsnews.com"},
    Outlet{"ABC News", "abcnews.go.com"},
    Outlet{"NPR", "npr.org"},
    Outlet{"PBS", "pbs.org"},
    Outlet{"BBC", "bbc.com"},
    Outlet{"BBC News", "bbc.com"},
    Outlet{"Sky News", "news.sky.com"},
    Outlet{"Voice of America", "voanews.com"},
    Outlet{"VOA", "voanews.com"},
    Outlet{"Al Jazeera", "aljazeera.com"},
    Outlet{"The New York Times", "nytimes.com"},
    Outlet{"New York Times", "nytimes.com"},
    Outlet{"NY Times", "nytimes.com"},
    Outlet{"The Washington Post", "washingtonpost.com"},
    Outlet{"Washington Post", "washingtonpost.com"},
    Outlet{"The Wall Street Journal", "wsj.com"},
    Outlet{"Wall Street Journal", "wsj.com"},
    Outlet{"USA Today", "usatoday.com"},
    Outlet{"Los Angeles Times", "latimes.com"},
    Outlet{"LA Times", "latimes.com"},
    Outlet{"Chicago Tribune", "chicagotribune.com"},
    Outlet{"The Boston Globe", "bostonglobe.com"},
    Outlet{"New York Post", "nypost.com"},
    Outlet{"New York Daily News", "nydailynews.com"},
    Outlet{"The Guardian", "theguardian.com"},
    Outlet{"The Independent", "independent.co.uk"},
    Outlet{"The Telegraph", "telegraph.co.uk"},
    Outlet{"The Times", "thetimes.co.uk"},
    Outlet{"Financial Times", "ft.com"},
    Outlet{"The Economist", "economist.com"},
    Outlet{"Daily Mail", "dailymail.co.uk"},
    Outlet{"The Sun", "thesun.co.uk"},
    Outlet{"Daily Mirror", "mirror.co.uk"},
    Outlet{"Daily Express", "express.co.uk"},
    Outlet{"Politico", "politico.com"},
    Outlet{"The Hill", "thehill.com"},
    Outlet{"Axios", "axios.com"},
    Outlet{"The Atlantic", "theatlantic.com"},
    Outlet{"Newsweek", "newsweek.com"},
    Outlet{"Time magazine", "time.com"},
    Outlet{"Vox", "vox.com"},
    Outlet{"HuffPost", "huffpost.com"},
    Outlet{"Huffington Post", "huffpost.com"},
    Outlet{"The Daily Beast", "thedailybeast.com"},
    Outlet{"Daily Beast", "thedailybeast.com"},
    Outlet{"BuzzFeed News", "buzzfeednews.com"},
    Outlet{"BuzzFeed", "buzzfeed.com"},
    Outlet{"Slate", "slate.com"},
    Outlet{"Salon", "salon.com"},
    Outlet{"Mother Jones", "motherjones.com"},
    Outlet{"The Intercept", "theintercept.com"},
    Outlet{"Breitbart", "breitbart.com"},
    Outlet{"Breitbart News", "breitbart.com"},
    Outlet{"The Daily Caller", "dailycaller.com"},
    Outlet{"Daily Caller", "dailycaller.com"},
    Outlet{"The Blaze", "theblaze.com"},
    Outlet{"Washington Examiner", "washingtonexaminer.com"},
    Outlet{"Washington Times", "washingtontimes.com"},
    Outlet{"National Review", "nationalreview.com"},
    Outlet{"The Federalist", "thefederalist.com"},
    Outlet{"Newsmax", "newsmax.com"},
    Outlet{"One America News", "oann.com"},
    Outlet{"Infowars", "infowars.com"},
    Outlet{"Gateway Pundit", "thegatewaypundit.com"},
    Outlet{"Zero Hedge", "zerohedge.com"},
    Outlet{"Your News Wire", "yournewswire.com"},
    Outlet{"YourNewsWire", "yournewswire.com"},
    Outlet{"News Punch", "newspunch.com"},
    Outlet{"RT", "rt.com"},
    Outlet{"Russia Today", "rt.com"},
    Outlet{"Sputnik", "sputniknews.com"},
    Outlet{"TASS", "tass.com"},
    Outlet{"Press TV", "presstv.ir"},
    Outlet{"PressTV", "presstv.ir"},
    Outlet{"Xinhua", "xinhuanet.com"},
    Outlet{"Global Times", "globaltimes.cn"},
    Outlet{"CGTN", "cgtn.com"},
    Outlet{"TMZ", "tmz.com"},
    Outlet{"People magazine", "people.com"},
    Outlet{"Us Weekly", "usmagazine.com"},
    Outlet{"E! News", "eonline.com"},
    Outlet{"Entertainment Tonight", "etonline.com"},
    Outlet{"Page Six", "pagesix.com"},
    Outlet{"Radar Online", "radaronline.com"},
    Outlet{"In Touch Weekly", "intouchweekly.com"},
    Outlet{"Star magazine", "starmagazine.com"},
    Outlet{"National Enquirer", "nationalenquirer.com"},
    Outlet{"OK! magazine", "okmagazine.com"},
    Outlet{"Hollywood Life", "hollywoodlife.com"},
    Outlet{"The Hollywood Reporter", "hollywoodreporter.com"},
    Outlet{"Hollywood Reporter", "hollywoodreporter.com"},
    Outlet{"Variety", "variety.com"},
    Outlet{"Deadline", "deadline.com"},
    Outlet{"Vanity Fair", "vanityfair.com"},
    Outlet{"Rolling Stone", "rollingstone.com"},
    Outlet{"Snopes", "snopes.com"},
    Outlet{"PolitiFact", "politifact.com"},
    Outlet{"FactCheck.org", "factcheck.org"},
};

// An outlet's name split into words, once, for matching word by word.
struct OutletName {
  std::vector<std::string_view> words;
  std::string_view domain;
};

// Outlets by the first word of their name, so a lookup costs one hash.
const std::unordered_map<std::string_view, std::vector<OutletName>>& outlets_by_first_word() {
  static const auto* const index = [] {
    auto* built = new std::unordered_map<std::string_view, std::vector<OutletName>>();
    for (const Outlet& outlet : kOutlets) {
      OutletName name{{}, outlet.domain};
      for (std::string_view rest = outlet.name; !rest.empty();) {
        const std::size_t space = rest.find(' ');
        name.words.push_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
      (*built)[name.words.front()].push_back(std::move(name));
    }
    return built;
  }();
  return *index;
}

// A word's first two bytes (the second 0 for a one-byte word).
std::size_t opening(std::string_view word) {
  const auto first = static_cast<std::uint8_t>(word[0]);
  const auto second = word.size() > 1 ? static_cast<std::uint8_t>(word[1]) : std::uint8_t{0};
  return std::size_t{first} << 8 | second;
}

// The openings an outlet's first word can have in running text. Most
// capitalized words open with none of them and are turned away without
// hashing. Tails such as "'s" or "," only follow the name, so a word of two
// bytes or more opens like its name; a one-byte name may be followed by
// anything.
const std::bitset<65536>& outlet_openings() {
  static const auto* const openings = [] {
    auto* built = new std::bitset<65536>();
    for (const Outlet& outlet : kOutlets) {
      const std::string_view first = outlet.name.substr(0, outlet.name.find(' '));
      if (first.size() > 1) {
        built->set(opening(first));
      } else {
        for (std::size_t second = 0; second < 256; ++second) built->set(opening(first) | second);
      }
    }
    return built;
  }();
  return *openings;
}

}  // namespace

std::string_view outlet_domain(std::string_view name) {
  // Publisher detection asks this of many short lines: one hash, not a scan.
  static const auto* const by_name = [] {
    auto* built = new std::unordered_map<std::string_view, std::string_view>();
    for (const Outlet& outlet : kOutlets) built->emplace(outlet.name, outlet.domain);
    return built;
  }();
  const auto found = by_name->find(name);
  return found == by_name->end() ? std::string_view() : found->second;
}

std::size_t match_outlet(const std::vector<std::string_view>& words, std::size_t i,
                         std::string_view* domain) {
  std::string_view first = words[i];
  if (first.starts_with("(") || first.starts_with("\"")) first.remove_prefix(1);
  // Outlet names start with a capital (or "E!"), which most words do not.
  if (first.empty() || !is_upper_ascii(first.front()) || !outlet_openings().test(opening(first)))
    return 0;
  const auto& index = outlets_by_first_word();
  auto candidates = index.find(first);
  if (candidates == index.end()) {
    const std::string_view bare = strip_word_tail(first);
    if (bare.size() == first.size()) return 0;
    candidates = index.find(bare);
  }
  if (candidates == index.end()) return 0;
  std::size_t best = 0;
  for (const OutletName& outlet : candidates->second) {
    // Compare word by word; the last word may carry a possessive or punctuation.
    const std::size_t length = outlet.words.size();
    if (length <= best || i + length > words.size()) continue;
    std::size_t count = 0;
    for (; count < length; ++count) {
      std::string_view word = count == 0 ? first : words[i + count];
      if (count + 1 == length) word = strip_word_tail(word);
      if (word != outlet.words[count]) break;
    }
    if (count == length) {
      best = length;
      *domain = outlet.domain;
    }
  }
  return best;
}

std::string_view strip_word_tail(std::string_view word) {
  const auto is_tail = [](char c) {
    return c == ',' || c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == ')' ||
           c == ']' || c == '"' || c == '\'';
  };
  while (!word.empty() && is_tail(word.back())) word.remove_suffix(1);
  if (word.size() > 2 && (word.ends_with("'s"))) word.remove_suffix(2);
  return word;
}

}  // namespace verity::text
