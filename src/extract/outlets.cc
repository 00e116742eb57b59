// Names of news outlets as articles write them, and their domains. The list
// covers the outlets most often cited as sources in English-language news
// (wires, broadcasters, national papers, state media, tabloids and partisan
// sites); it maps names to domains so the reputation stage can rate them.
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/cited_sources.h"
#include "extract/line_text.h"

namespace verity::extract {
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

// Outlets by the first word of their name, so a lookup costs one hash.
const std::unordered_map<std::string_view, std::vector<const Outlet*>>& outlets_by_first_word() {
  static const auto* const index = [] {
    auto* built = new std::unordered_map<std::string_view, std::vector<const Outlet*>>();
    for (const Outlet& outlet : kOutlets)
      (*built)[outlet.name.substr(0, outlet.name.find(' '))].push_back(&outlet);
    return built;
  }();
  return *index;
}

}  // namespace

std::string_view outlet_domain(std::string_view name) {
  for (const Outlet& outlet : kOutlets) {
    if (outlet.name == name) return outlet.domain;
  }
  return {};
}

std::size_t match_outlet(const std::vector<std::string_view>& words, std::size_t i,
                         std::string_view* domain) {
  std::string_view first = words[i];
  if (first.starts_with("(") || first.starts_with("\"")) first.remove_prefix(1);
  // Outlet names start with a capital (or "E!"), which most words do not.
  if (first.empty() || !is_upper_ascii(first.front())) return 0;
  const auto& index = outlets_by_first_word();
  auto candidates = index.find(first);
  if (candidates == index.end()) {
    const std::string_view bare = strip_word_tail(first);
    if (bare.size() == first.size()) return 0;
    candidates = index.find(bare);
  }
  if (candidates == index.end()) return 0;
  std::size_t best = 0;
  for (const Outlet* outlet : candidates->second) {
    // Compare word by word; the last word may carry a possessive or punctuation.
    std::size_t count = 0;
    std::string_view rest = outlet->name;
    bool matched = true;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      const std::string_view part = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      if (i + count >= words.size()) {
        matched = false;
        break;
      }
      std::string_view word = count == 0 ? first : words[i + count];
      if (rest.empty()) word = strip_word_tail(word);
      if (word != part) {
        matched = false;
        break;
      }
      ++count;
    }
    if (matched && count > best) {
      best = count;
      *domain = outlet->domain;
    }
  }
  return best;
}

}  // namespace verity::extract
