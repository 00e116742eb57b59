// The thresholds of near-duplicate detection (copies.h) and claim matching
// (fact_checks.h), measured on labelled pairs built from the shared data
// rather than judged by eye. Every choice is seeded (--seed), so a run is
// reproducible; thresholds are picked on the dev part and measured on the
// held-out test part.
//
// Copies. Articles are FakeNewsNet's (train, dev and test files together),
// split dev/test by a hash of their normalized title, so articles with the
// same title share a part. Positives: (1) synthetic republications of an
// article — page chrome added, paragraphs dropped, reordered, excerpted, a
// new intro, a few words changed, or chrome, edits and reordering together;
// (2) FakeNewsNet rows with the same title of five words or more but another
// text and URL (the same story captured twice). Negatives: (1) the article's
// closest stored neighbour by `related` with another title (same topic,
// different article); (2) another article of the same outlet (shared page
// chrome). Each pair is judged as find_copy_of judges a candidate: LSH
// candidate (a shared band), then estimate_copy / is_copy.
//
// Claims. LIAR's valid and test statements are the dev and test queries:
// each is embedded in a sentence an article could hold ("X said that ...",
// "According to X, ...", clauses swapped, a word dropped, numbers kept).
// Half of each part is imported with train.tsv into the fact-check store
// (rated: the claim should be found), half is left out (unrated: any match
// is a false alarm unless it restates the same claim). A match is correct
// when it is the query's claim or restates it (content-term Jaccard >= 0.8).
//
// usage: thresholds_bench [--data DIR] [--seed N] [--sources N] [--claims N] [--show N]
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench_data.h"
#include "evidence/copy_estimate.h"
#include "evidence/terms.h"
#include "verity/evidence/article_store.h"
#include "verity/evidence/claims.h"
#include "verity/evidence/copies.h"
#include "verity/evidence/fact_checks.h"
#include "verity/evidence/store.h"

namespace {

using verity::Article;

struct Args {
  std::string data_dir = std::string(VERITY_SHARED_DIR) + "/data";
  std::uint64_t seed = 20261123;
  std::size_t sources = 1500;  // source articles per part (dev, test)
  std::size_t claims = 1000;   // queries per part
  std::size_t show = 0;        // dev errors to print at the current thresholds
};

// FNV-1a of the text and the seed: a stable dev/test split.
bool in_dev(std::string_view key, std::uint64_t seed) {
  std::uint64_t h = 14695981039346656037ULL ^ seed;
  for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return (h >> 32) % 2 == 0;
}

std::string normalized(std::string_view text) {
  std::string out;
  for (const std::string& term : verity::index_terms(text))
    out.append(out.empty() ? "" : " ").append(term);
  return out;
}

std::size_t words(std::string_view text) { return verity::index_terms(text).size(); }

struct Metrics {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const {
    return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
  }
  double recall() const {
    return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn);
  }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

// ---------------------------------------------------------------- copies

// Page chrome of our own writing, the kind a republishing site adds.
const char* const kChromeLines[] = {
    "Share this article: Facebook Twitter Email Print",
    "Subscribe to our newsletter to get the latest stories delivered to your inbox every morning.",
    "Advertisement",
    "Follow us on Twitter, Facebook and Instagram for more updates from our newsroom.",
    "Copyright 2018 The Daily Record. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.",
    "This story was originally published by our partners and is republished here with permission.",
    "Related coverage: more stories from our politics desk, updated throughout the day.",
    "Click here to sign up for breaking news alerts and special offers.",
};

// The units a transformation moves: paragraphs, or sentences when an
// article has fewer than three paragraphs.
std::vector<std::string> segments_of(const Article& article) {
  if (article.paragraphs.size() >= 3) return article.paragraphs;
  std::vector<std::string> out;
  for (const std::string& paragraph : article.paragraphs) {
    std::size_t start = 0;
    while (start < paragraph.size()) {
      std::size_t end = paragraph.find(". ", start);
      end = end == std::string::npos ? paragraph.size() : end + 1;
      out.push_back(paragraph.substr(start, end - start));
      start = end + 1;
    }
  }
  return out;
}

std::string edited(const std::string& text, double share,
                   const std::vector<std::string>& vocabulary, std::mt19937_64& rng) {
  std::bernoulli_distribution change(share);
  std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
  std::istringstream in(text);
  std::string out, word;
  while (in >> word)
    out.append(out.empty() ? "" : " ").append(change(rng) ? vocabulary[pick(rng)] : word);
  return out;
}

enum class Change { kChrome, kDrop, kReorder, kEdit, kExcerpt, kIntro, kMixed, kCount };
const char* const kChangeNames[] = {"chrome",  "drop",  "reorder", "edit",
                                    "excerpt", "intro", "mixed"};

Article republished(const Article& original, Change change, const std::vector<Article>& others,
                    const std::vector<std::string>& vocabulary, std::mt19937_64& rng) {
  std::vector<std::string> segments = segments_of(original);
  std::uniform_real_distribution<double> unit(0, 1);
  const auto add_chrome = [&] {
    std::uniform_int_distribution<std::size_t> line(0, std::size(kChromeLines) - 1);
    const std::size_t lines = 2 + rng() % 3;
    for (std::size_t i = 0; i < lines; ++i) {
      if (rng() % 2)
        segments.insert(segments.begin(), kChromeLines[line(rng)]);
      else
        segments.emplace_back(kChromeLines[line(rng)]);
    }
  };
  const auto keep = [&](std::size_t n) {
    return std::max<std::size_t>(1, std::min(n, segments.size()));
  };
  switch (change) {
    case Change::kChrome:
      add_chrome();
      break;
    case Change::kDrop: {
      const double share = 0.2 + 0.2 * unit(rng);
      std::vector<std::string> kept;
      for (std::string& s : segments) {
        if (unit(rng) >= share) kept.push_back(std::move(s));
      }
      if (kept.empty()) kept.push_back(segments_of(original).front());
      segments = std::move(kept);
      break;
    }
    case Change::kReorder:
      std::shuffle(segments.begin(), segments.end(), rng);
      break;
    case Change::kEdit: {
      const double share = 0.01 + 0.03 * unit(rng);
      for (std::string& s : segments) s = edited(s, share, vocabulary, rng);
      break;
    }
    case Change::kExcerpt:
      segments.resize(keep(static_cast<std::size_t>(
          std::ceil(static_cast<double>(segments.size()) * (0.4 + 0.3 * unit(rng))))));
      break;
    case Change::kIntro: {
      const Article& other = others[rng() % others.size()];
      const std::vector<std::string> intro = segments_of(other);
      segments.insert(
          segments.begin(), intro.begin(),
          intro.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(2, intro.size())));
      break;
    }
    case Change::kMixed:
      add_chrome();
      for (std::string& s : segments) s = edited(s, 0.02, vocabulary, rng);
      std::shuffle(segments.begin(), segments.end(), rng);
      break;
    case Change::kCount:
      break;
  }
  Article copy = original;
  copy.id = original.id + "~" + kChangeNames[static_cast<int>(change)];
  copy.title = "Republished: " + original.title;
  copy.paragraphs = std::move(segments);
  return copy;
}

struct CopyPair {
  bool positive = false;
  bool dev = false;
  std::string kind;
  verity::CopyEstimate estimate;
  bool candidate = false;  // shares an LSH band
  std::string a, b;        // titles, for --show
};

CopyPair judge(const Article& a, const Article& b, bool positive, bool dev, std::string kind) {
  CopyPair pair{positive, dev, std::move(kind), {}, false, a.title, b.title};
  const verity::MinHashSignature x = verity::minhash_signature(a), y = verity::minhash_signature(b);
  pair.estimate = verity::estimate_copy(x, y);
  const auto bx = verity::minhash_bands(x), by = verity::minhash_bands(y);
  for (std::size_t i = 0; i < bx.size(); ++i)
    pair.candidate |= !x.empty() && !y.empty() && bx[i] == by[i];
  return pair;
}

bool judged_copy(const CopyPair& pair, const verity::CopyOptions& options) {
  return pair.candidate && verity::is_copy(pair.estimate, options);
}

Metrics copy_metrics(const std::vector<CopyPair>& pairs, bool dev,
                     const verity::CopyOptions& options, std::string_view kind = {}) {
  Metrics m;
  for (const CopyPair& p : pairs) {
    if (p.dev != dev || (!kind.empty() && p.kind != kind)) continue;
    const bool said = judged_copy(p, options);
    if (p.positive)
      (said ? m.tp : m.fn) += 1;
    else if (said)
      ++m.fp;
  }
  return m;
}

std::vector<CopyPair> copy_pairs(const std::vector<Article>& all, const Args& args) {
  std::mt19937_64 rng(args.seed);
  // Articles with enough text to republish, once each.
  std::vector<Article> articles;
  std::set<std::string> hashes;
  for (const Article& a : all) {
    if (words(a.body()) >= 80 && hashes.insert(verity::content_hash(a)).second)
      articles.push_back(a);
  }
  std::vector<std::string> vocabulary;
  for (std::size_t i = 0; i < articles.size() && vocabulary.size() < 20000; i += 5) {
    for (const std::string& term : verity::index_terms(articles[i].title))
      vocabulary.push_back(term);
  }
  std::vector<std::string> titles(articles.size());
  std::vector<char> dev(articles.size());
  std::unordered_map<std::string, std::size_t> by_hash;
  std::map<std::string, std::vector<std::size_t>> by_title, by_domain;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    titles[i] = normalized(articles[i].title);
    dev[i] = in_dev(titles[i], args.seed) ? 1 : 0;
    by_hash[verity::content_hash(articles[i])] = i;
    by_title[titles[i]].push_back(i);
    if (!articles[i].domain.empty()) by_domain[articles[i].domain].push_back(i);
  }
  std::vector<CopyPair> pairs;
  // The same story captured twice: same title, another text and URL.
  for (const auto& [title, members] : by_title) {
    if (members.size() < 2 || words(title) < 5) continue;
    for (std::size_t j = 1; j < members.size(); ++j) {
      const Article &a = articles[members[0]], &b = articles[members[j]];
      if (a.url == b.url) continue;
      // Not labelled: a shared title alone turned out not to mean a shared
      // story (landing pages, calendars, "LIVE with Kelly and Ryan").
      pairs.push_back(judge(a, b, false, dev[members[0]] != 0, "same-title"));
      break;
    }
  }
  auto store = verity::EvidenceStore::open(":memory:");
  if (!store.ok()) {
    std::fprintf(stderr, "thresholds_bench: %s\n", store.status().to_string().c_str());
    return pairs;
  }
  for (std::size_t i = 0; i < articles.size(); i += 2000) {
    const std::vector<Article> batch(
        articles.begin() + static_cast<std::ptrdiff_t>(i),
        articles.begin() + static_cast<std::ptrdiff_t>(std::min(i + 2000, articles.size())));
    (void)store.value()->articles().add(batch);
  }
  std::vector<std::size_t> order(articles.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  std::size_t sources[2] = {0, 0};
  for (const std::size_t i : order) {
    std::size_t& taken = sources[dev[i] != 0 ? 1 : 0];
    if (taken >= args.sources) continue;
    ++taken;
    const Article& a = articles[i];
    const auto change = static_cast<Change>(rng() % static_cast<int>(Change::kCount));
    const Article copy = republished(a, change, articles, vocabulary, rng);
    pairs.push_back(judge(copy, a, true, dev[i] != 0, kChangeNames[static_cast<int>(change)]));
    // The closest other story on the topic.
    auto related = verity::find_related(store.value()->articles(), a);
    if (related.ok()) {
      for (const verity::RelatedArticle& r : related.value().articles) {
        const auto found = by_hash.find(r.article.hash);
        if (found == by_hash.end()) continue;
        const std::size_t j = found->second;
        if (titles[j] == titles[i] || dev[j] != dev[i]) continue;
        pairs.push_back(judge(a, articles[j], false, dev[i] != 0, "topic"));
        break;
      }
    }
    // Another article of the same outlet.
    const auto outlet = by_domain.find(a.domain);
    if (outlet != by_domain.end() && outlet->second.size() > 1) {
      for (int attempt = 0; attempt < 8; ++attempt) {
        const std::size_t j = outlet->second[rng() % outlet->second.size()];
        if (j == i || titles[j] == titles[i] || dev[j] != dev[i]) continue;
        pairs.push_back(judge(a, articles[j], false, dev[i] != 0, "outlet"));
        break;
      }
    }
  }
  return pairs;
}

void report_copies(const std::vector<CopyPair>& pairs, const Args& args) {
  const verity::CopyOptions current;
  std::map<std::string, std::size_t> counts[2];
  for (const CopyPair& p : pairs) ++counts[p.dev ? 0 : 1][p.kind];
  std::printf("## Copies (near-duplicates)\n\npairs (dev / test):");
  for (const auto& [kind, n] : counts[0])
    std::printf(" %s %zu / %zu;", kind.c_str(), n, counts[1][kind]);
  std::printf("\n\n");
  // The grid; ties keep the current thresholds.
  verity::CopyOptions best = current;
  double best_f1 = copy_metrics(pairs, true, current).f1();
  for (int j = 30; j <= 90; j += 5) {
    for (int o = 50; o <= 95; o += 5) {
      for (const std::uint32_t s : {20u, 40u, 80u}) {
        verity::CopyOptions options;
        options.min_jaccard = j / 100.0;
        options.min_overlap = o / 100.0;
        options.min_overlap_shingles = s;
        const double f1 = copy_metrics(pairs, true, options).f1();
        if (f1 > best_f1 + 1e-9) best_f1 = f1, best = options;
      }
    }
  }
  std::printf(
      "| thresholds | dev P | dev R | dev F1 | test P | test R | test F1 "
      "|\n|---|---|---|---|---|---|---|\n");
  for (const auto& [name, options] :
       {std::pair{"current", current}, std::pair{"best on dev", best}}) {
    const Metrics d = copy_metrics(pairs, true, options), t = copy_metrics(pairs, false, options);
    std::printf(
        "| %s: J >= %.2f or overlap >= %.2f with >= %u shingles | %.3f | %.3f | %.3f | %.3f | %.3f "
        "| %.3f |\n",
        name, options.min_jaccard, options.min_overlap, options.min_overlap_shingles, d.precision(),
        d.recall(), d.f1(), t.precision(), t.recall(), t.f1());
  }
  std::printf("\n| test pairs | kind | current | best on dev |\n|---|---|---|---|\n");
  for (const auto& [kind, n] : counts[1]) {
    const Metrics c = copy_metrics(pairs, false, current, kind),
                  b = copy_metrics(pairs, false, best, kind);
    const bool positive = c.tp + c.fn > 0;
    std::printf("| %zu | %s | %s %zu | %zu |\n", n, kind.c_str(),
                positive               ? "found"
                : kind == "same-title" ? "called copies (unlabelled)"
                                       : "flagged",
                positive ? c.tp : c.fp, positive ? b.tp : b.fp);
  }
  // Banding: how often a true copy is a candidate at all.
  std::size_t positives = 0, candidates = 0, high = 0, high_candidates = 0;
  for (const CopyPair& p : pairs) {
    if (!p.positive) continue;
    ++positives;
    candidates += p.candidate;
    if (p.estimate.jaccard >= 0.3) ++high, high_candidates += p.candidate;
  }
  std::printf(
      "\nLSH candidates: %zu of %zu positive pairs share a band (%zu of %zu with estimated J >= "
      "0.3)\n\n",
      candidates, positives, high_candidates, high);
  std::size_t shown = 0;
  for (const CopyPair& p : pairs) {
    if (shown >= args.show || !p.dev || p.kind == "same-title" ||
        judged_copy(p, current) == p.positive)
      continue;
    ++shown;
    std::printf("%s %s: J %.2f overlap %.2f smaller %u band %d\n  %s\n  %s\n",
                p.positive ? "missed" : "false copy", p.kind.c_str(), p.estimate.jaccard,
                p.estimate.overlap, p.estimate.smaller_shingles, p.candidate ? 1 : 0, p.a.c_str(),
                p.b.c_str());
  }
}

// ---------------------------------------------------------------- claims

std::vector<std::vector<std::string>> read_liar(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    if (fields.size() == 14) rows.push_back(std::move(fields));
  }
  return rows;
}

std::string speaker_name(const std::string& slug) {
  if (slug.empty()) return "One official";
  std::string name;
  bool start = true;
  for (const char c : slug) {
    if (c == '-') {
      name.push_back(' ');
      start = true;
      continue;
    }
    name.push_back(start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    start = false;
  }
  return name;
}

// The statement as an article could report it.
std::string embedded(const std::vector<std::string>& row,
                     const std::vector<std::string>& vocabulary, std::mt19937_64& rng) {
  std::string s = row[2];
  for (const char* lead : {"Says ", "Said ", "Say "}) {
    if (s.rfind(lead, 0) == 0) s.erase(0, std::strlen(lead));
  }
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  const std::size_t comma = s.find(", ");
  if (rng() % 2 && comma != std::string::npos && words(s.substr(0, comma)) >= 3 &&
      words(s.substr(comma + 2)) >= 3) {
    s = s.substr(comma + 2) + ", " + s.substr(0, comma);  // clauses swapped
  }
  // A word dropped, and a word replaced by one of another claim (each half
  // the time): not numbers, not the first word.
  for (const bool replace : {false, true}) {
    if (rng() % 2) continue;
    std::vector<std::size_t> starts;
    for (std::size_t i = 1; i < s.size(); ++i) {
      if (s[i - 1] == ' ' && std::isalpha(static_cast<unsigned char>(s[i]))) starts.push_back(i);
    }
    if (starts.empty()) continue;
    const std::size_t at = starts[rng() % starts.size()];
    std::size_t end = at;
    while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
    if (replace) {
      s.replace(at, end - at, vocabulary[rng() % vocabulary.size()]);
    } else {
      s.erase(at > 0 && s[at - 1] == ' ' ? at - 1 : at, end - at + (at > 0 ? 1 : 0));
    }
  }
  if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) &&
      std::islower(static_cast<unsigned char>(s[1])))
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  const std::string who = speaker_name(row[4]);
  switch (rng() % 4) {
    case 0:
      return who + " said that " + s + ".";
    case 1:
      return "According to " + who + ", " + s + ".";
    case 2:
      return row[13].empty() ? who + " told reporters " + s + "."
                             : "In " + row[13] + ", " + who + " said " + s + ".";
    default:
      return s + ", " + who + " claimed.";
  }
}

std::set<std::string> content_terms(std::string_view text) {
  std::set<std::string> terms;
  for (std::string& t : verity::index_terms(text)) {
    if (verity::evidence::is_content_term(t)) terms.insert(std::move(t));
  }
  return terms;
}

bool restates(const std::string& claim, const std::set<std::string>& source) {
  const std::set<std::string> terms = content_terms(claim);
  std::size_t shared = 0;
  for (const std::string& t : terms) shared += source.count(t);
  const std::size_t all = terms.size() + source.size() - shared;
  return all > 0 && static_cast<double>(shared) / static_cast<double>(all) >= 0.8;
}

struct Candidate {
  double score;
  std::size_t shared;
  bool correct;
  std::string claim;
};
struct ClaimQuery {
  bool dev, rated;
  std::string text, claim;
  std::vector<Candidate> candidates;  // best first
};

struct ClaimThresholds {
  double min_score;
  std::size_t min_shared;
};

// Over the matches shown (up to 3 a sentence): precision; over rated
// queries: recall (the claim shown); over unrated ones: false alarms.
struct ClaimScores {
  std::size_t shown = 0, correct = 0, rated = 0, found = 0, unrated = 0, alarms = 0;
  double precision() const {
    return shown == 0 ? 1.0 : static_cast<double>(correct) / static_cast<double>(shown);
  }
  double recall() const {
    return rated == 0 ? 0.0 : static_cast<double>(found) / static_cast<double>(rated);
  }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

ClaimScores claim_scores(const std::vector<ClaimQuery>& queries, bool dev, ClaimThresholds t) {
  ClaimScores scores;
  for (const ClaimQuery& q : queries) {
    if (q.dev != dev) continue;
    std::size_t shown = 0;
    bool found = false, alarm = false;
    for (const Candidate& c : q.candidates) {
      if (c.score < t.min_score || c.shared < t.min_shared || shown == 3) continue;
      ++shown;
      (c.correct ? found : alarm) = true;
      scores.correct += c.correct;
    }
    scores.shown += shown;
    if (q.rated) {
      ++scores.rated;
      scores.found += found;
    } else {
      ++scores.unrated;
      scores.alarms += alarm;
    }
  }
  return scores;
}

std::vector<ClaimQuery> claim_queries(const Args& args) {
  std::vector<ClaimQuery> queries;
  const auto train = read_liar(args.data_dir + "/liar/train.tsv");
  auto valid = read_liar(args.data_dir + "/liar/valid.tsv");
  auto test = read_liar(args.data_dir + "/liar/test.tsv");
  if (train.empty() || valid.empty() || test.empty()) return queries;
  std::mt19937_64 rng(args.seed);
  std::shuffle(valid.begin(), valid.end(), rng);
  std::shuffle(test.begin(), test.end(), rng);
  // The store: train, and the first half of each part (the rated queries).
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("verity-thresholds-" + std::to_string(::getpid()) + ".tsv"))
                               .string();
  {
    std::ofstream out(path);
    const auto write = [&](const std::vector<std::string>& row) {
      for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "\t" : "") << row[i];
      out << "\n";
    };
    for (const auto& row : train) write(row);
    for (const auto* part : {&valid, &test}) {
      for (std::size_t i = 0; i < part->size() / 2; ++i) write((*part)[i]);
    }
  }
  auto store = verity::EvidenceStore::open(":memory:");
  if (!store.ok()) return queries;
  verity::FactCheckDb& checks = store.value()->fact_checks();
  auto imported = checks.import_file(path);
  std::filesystem::remove(path);
  if (!imported.ok()) {
    std::fprintf(stderr, "thresholds_bench: %s\n", imported.status().to_string().c_str());
    return queries;
  }
  std::vector<std::string> vocabulary;
  for (std::size_t i = 0; i < train.size(); i += 7) {
    for (std::string& term : verity::index_terms(train[i][2])) {
      if (term.size() >= 4) vocabulary.push_back(std::move(term));
    }
  }
  verity::ClaimMatchOptions permissive;
  permissive.min_score = 0;
  permissive.min_shared_terms = 1;
  permissive.limit = 30;
  for (const auto* part : {&valid, &test}) {
    const std::size_t half = part->size() / 2;
    for (const bool rated : {true, false}) {
      const std::size_t begin = rated ? 0 : half;
      const std::size_t end = std::min(begin + args.claims / 2, rated ? half : part->size());
      for (std::size_t i = begin; i < end; ++i) {
        const std::vector<std::string>& row = (*part)[i];
        ClaimQuery q{part == &valid, rated, embedded(row, vocabulary, rng), row[2], {}};
        const std::set<std::string> source = content_terms(row[2]);
        auto matches = checks.match(verity::score_sentence(q.text), permissive);
        if (!matches.ok()) continue;
        for (const verity::ClaimMatch& m : matches.value()) {
          q.candidates.push_back({m.score, m.shared_terms.size(),
                                  m.claim.claim == row[2] || restates(m.claim.claim, source),
                                  m.claim.claim});
        }
        queries.push_back(std::move(q));
      }
    }
  }
  return queries;
}

void report_claims(const std::vector<ClaimQuery>& queries, const Args& args) {
  const verity::ClaimMatchOptions defaults;
  const ClaimThresholds current{defaults.min_score, defaults.min_shared_terms};
  ClaimThresholds best = current;
  double best_f1 = claim_scores(queries, true, current).f1();
  for (int s = 30; s <= 90; s += 5) {
    for (std::size_t k = 1; k <= 5; ++k) {
      const ClaimThresholds t{s / 100.0, k};
      const double f1 = claim_scores(queries, true, t).f1();
      if (f1 > best_f1 + 1e-9) best_f1 = f1, best = t;
    }
  }
  const ClaimScores dev_counts = claim_scores(queries, true, current);
  const ClaimScores test_counts = claim_scores(queries, false, current);
  std::printf("## Claim matching\n\nqueries (dev / test): rated %zu / %zu, unrated %zu / %zu\n\n",
              dev_counts.rated, test_counts.rated, dev_counts.unrated, test_counts.unrated);
  std::printf(
      "| thresholds | dev P | dev R | dev F1 | test P | test R | test F1 | test false alarms "
      "(unrated) |\n"
      "|---|---|---|---|---|---|---|---|\n");
  for (const auto& [name, t] : {std::pair{"current", current}, std::pair{"best on dev", best}}) {
    const ClaimScores d = claim_scores(queries, true, t), e = claim_scores(queries, false, t);
    std::printf(
        "| %s: score >= %.2f, >= %zu shared terms | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f "
        "|\n",
        name, t.min_score, t.min_shared, d.precision(), d.recall(), d.f1(), e.precision(),
        e.recall(), e.f1(),
        e.unrated == 0 ? 0.0 : static_cast<double>(e.alarms) / static_cast<double>(e.unrated));
  }
  std::printf(
      "\n| min score (>= %zu shared terms) | dev P | dev R | test P | test R | test false alarms "
      "|\n"
      "|---|---|---|---|---|---|\n",
      best.min_shared);
  for (int s = 45; s <= 80; s += 5) {
    const ClaimThresholds t{s / 100.0, best.min_shared};
    const ClaimScores d = claim_scores(queries, true, t), e = claim_scores(queries, false, t);
    std::printf(
        "| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", t.min_score, d.precision(), d.recall(),
        e.precision(), e.recall(),
        e.unrated == 0 ? 0.0 : static_cast<double>(e.alarms) / static_cast<double>(e.unrated));
  }
  std::printf("\n");
  std::size_t shown = 0;
  for (const ClaimQuery& q : queries) {
    if (shown >= args.show || !q.dev) continue;
    const Candidate* wrong = nullptr;
    bool found = false;
    for (const Candidate& c : q.candidates) {
      if (c.score < current.min_score || c.shared < current.min_shared) continue;
      if (c.correct)
        found = true;
      else if (wrong == nullptr)
        wrong = &c;
    }
    if (q.rated ? found : wrong == nullptr) continue;
    ++shown;
    std::printf("%s: %s\n  claim: %s\n", q.rated ? "missed" : "false alarm", q.text.c_str(),
                q.claim.c_str());
    if (wrong != nullptr) std::printf("  matched %.2f: %s\n", wrong->score, wrong->claim.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--data") == 0)
      args.data_dir = argv[i + 1];
    else if (std::strcmp(argv[i], "--seed") == 0)
      args.seed = std::stoull(argv[i + 1]);
    else if (std::strcmp(argv[i], "--sources") == 0)
      args.sources = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--claims") == 0)
      args.claims = std::stoul(argv[i + 1]);
    else if (std::strcmp(argv[i], "--show") == 0)
      args.show = std::stoul(argv[i + 1]);
    else {
      std::fprintf(stderr,
                   "usage: thresholds_bench [--data DIR] [--seed N] [--sources N] [--claims N] "
                   "[--show N]\n");
      return 2;
    }
  }
  const std::vector<Article> articles = verity::bench::load_fakenewsnet(args.data_dir);
  if (articles.empty()) {
    std::fprintf(stderr,
                 "thresholds_bench: no FakeNewsNet under %s/fakenewsnet: copies not measured\n",
                 args.data_dir.c_str());
  } else {
    std::printf("seed %llu; %zu FakeNewsNet articles\n\n",
                static_cast<unsigned long long>(args.seed), articles.size());
    report_copies(copy_pairs(articles, args), args);
  }
  const std::vector<ClaimQuery> queries = claim_queries(args);
  if (queries.empty()) {
    std::fprintf(stderr, "thresholds_bench: no LIAR under %s/liar: claim matching not measured\n",
                 args.data_dir.c_str());
  } else {
    report_claims(queries, args);
  }
  return 0;
}
