#include "model/featurizer.h"

// Inlined: most hashed terms are a few bytes long, and the library call
// costs more than hashing them.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "model/dateline.h"
#include "text/outlets.h"

namespace verity::model {
namespace {

constexpr std::string_view kNumberMask = "<num>";
constexpr std::string_view kUrlMask = "<url>";
constexpr std::string_view kOutletMask = "<outlet>";
constexpr std::string_view kNameMask = "<name>";
constexpr std::uint64_t kBigramSalt = 0x9E3779B97F4A7C15ULL;
constexpr std::size_t kMaxCharGramWordBytes = 24;  // longer "words" are URLs or junk

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed) {
  return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

// 1 + ln(count), the sublinear term weight, looked up for the small counts
// that almost every term has. Built at start-up, so a lookup needs no guard.
const std::array<double, 64> kSublinearWeights = [] {
  std::array<double, 64> weights{};
  for (std::size_t c = 1; c < weights.size(); ++c)
    weights[c] = 1.0 + std::log(static_cast<double>(c));
  return weights;
}();

double sublinear_weight(std::uint32_t count) {
  return count < kSublinearWeights.size() ? kSublinearWeights[count]
                                          : 1.0 + std::log(static_cast<double>(count));
}

bool starts_upper(std::string_view word) {
  return !word.empty() && word.front() >= 'A' && word.front() <= 'Z';
}

bool all_upper(std::string_view word) {
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

}  // namespace

std::string_view feature_group_name(FeatureGroup group) {
  switch (group) {
    case FeatureGroup::kTitleWords:
      return "title_words";
    case FeatureGroup::kTitleChars:
      return "title_chars";
    case FeatureGroup::kBodyWords:
      return "body_words";
    case FeatureGroup::kBodyChars:
      return "body_chars";
    case FeatureGroup::kCount:
      break;
  }
  return "unknown";
}

Featurizer::Featurizer(const FeatureConfig& config)
    : config_(config), buckets_(std::uint32_t{1} << config.hash_bits) {
  for (std::size_t g = 0; g < kHashedGroupCount; ++g)
    seeds_[g] = config.hash_seed + 0x100000001B3ULL * (g + 1);
}

void Featurizer::featurize(const Article& article, FeatureScratch& scratch) const {
  scratch.title.text = article.title;
  layout_body(article.paragraphs, scratch.body.text);
  prepare_text(scratch.title, false, scratch);
  prepare_text(scratch.body, true, scratch);

  scratch.entries.clear();
  add_terms(scratch.title, FeatureGroup::kTitleWords, FeatureGroup::kTitleChars, scratch);
  add_terms(scratch.body, FeatureGroup::kBodyWords, FeatureGroup::kBodyChars, scratch);
  emit_group(FeatureGroup::kTitleWords, config_.title_scale, scratch);
  emit_group(FeatureGroup::kTitleChars, config_.title_scale * config_.char_scale, scratch);
  emit_group(FeatureGroup::kBodyWords, config_.body_scale, scratch);
  emit_group(FeatureGroup::kBodyChars, config_.body_scale * config_.char_scale, scratch);

  // The style signals read the same tokens and sentences as the n-grams.
  scratch.style =
      compute_style_signals({scratch.title.text, &scratch.title.tokens, {}},
                            {scratch.body.text, &scratch.body.tokens, scratch.body.sentences});
  for (std::size_t s = 0; s < kStyleSignalCount; ++s) {
    const double value = scratch.style[s].value;
    if (value != 0.0) {
      scratch.entries.push_back({style_index(static_cast<StyleSignal>(s)),
                                 static_cast<float>(value) * config_.style_scale});
    }
  }
  scratch.entries.push_back({bias_index(), 1.0F});
}

void Featurizer::prepare_text(TextView& view, bool is_body, FeatureScratch& scratch) const {
  tokenize(view.text, view.tokens);
  const std::size_t count = view.tokens.size();
  view.terms.assign(count, std::string_view());
  view.sentence.assign(count, 0);
  view.sentences.clear();
  if (is_body) split_sentences(view.text, view.sentences);

  // Sentence of each token.
  std::size_t sentence = 0;
  for (std::size_t t = 0; t < count; ++t) {
    const Token& token = view.tokens.tokens[t];
    while (sentence + 1 < view.sentences.size() && token.begin >= view.sentences[sentence].end) {
      ++sentence;
    }
    view.sentence[t] = static_cast<std::uint32_t>(sentence);
  }
  const auto opens_sentence = [&view](std::size_t t) {
    return t == 0 || (!view.sentences.empty() && view.sentence[t - 1] != view.sentence[t]);
  };

  scratch.original_words.resize(count);
  for (std::size_t t = 0; t < count; ++t) {
    const Token& token = view.tokens.tokens[t];
    scratch.original_words[t] =
        std::string_view(view.text).substr(token.begin, token.end - token.begin);
  }
  for (std::size_t t = 0; t < count; ++t) {
    const Token& token = view.tokens.tokens[t];
    switch (token.kind) {
      case TokenKind::kNumber:
        view.terms[t] = config_.mask_numbers ? kNumberMask : view.tokens.norm(token);
        break;
      case TokenKind::kUrl:
        view.terms[t] = kUrlMask;
        break;
      case TokenKind::kPunct:
        view.terms[t] = view.tokens.norm(token);
        break;
      case TokenKind::kWord: {
        const std::string_view original = scratch.original_words[t];
        if (config_.mask_outlets && starts_upper(original)) {
          std::string_view domain;
          const std::size_t length = text::match_outlet(scratch.original_words, t, &domain);
          if (length > 0) {
            view.terms[t] = kOutletMask;  // the outlet's later words are skipped
            t += length - 1;
            break;
          }
        }
        // Headlines capitalize every word, so only body text masks names.
        if (config_.mask_proper_nouns && is_body && !opens_sentence(t) && starts_upper(original) &&
            !(original.size() > 1 && all_upper(original))) {
          view.terms[t] = kNameMask;
        } else {
          view.terms[t] = view.tokens.norm(token);
        }
        break;
      }
    }
  }
}

void Featurizer::add_terms(const TextView& view, FeatureGroup words, FeatureGroup chars,
                           FeatureScratch& scratch) const {
  TermTable& word_table = scratch.tables[static_cast<std::size_t>(words)];
  TermTable& char_table = scratch.tables[static_cast<std::size_t>(chars)];
  const std::size_t count = view.tokens.size();
  word_table.reset(count * 2);
  const std::uint64_t word_seed = seeds_[static_cast<std::size_t>(words)];
  const std::uint64_t char_seed = seeds_[static_cast<std::size_t>(chars)];

  std::uint64_t previous_hash = 0;
  bool has_previous = false;
  std::uint32_t previous_token = 0;
  for (std::size_t t = 0; t < count; ++t) {
    const std::string_view term = view.terms[t];
    if (term.empty()) continue;
    const auto token = static_cast<std::uint32_t>(t);
    const std::uint64_t hash = hash_bytes(term, word_seed);
    word_table.add(hash, TermKind::kUnigram, token);
    // Bigrams stay inside a sentence: a pair across a boundary is no phrase.
    if (config_.word_bigrams && has_previous && view.sentence[previous_token] == view.sentence[t]) {
      word_table.add(hash_bytes(term, previous_hash ^ kBigramSalt), TermKind::kBigram,
                     previous_token);
    }
    previous_hash = hash;
    previous_token = token;
    has_previous = true;
  }

  // A word's character n-grams depend on the word alone, so they are hashed
  // once per distinct word and counted as often as the word occurs: the same
  // counts as gram by gram, at a fraction of the hashing.
  Spellings& spelled = scratch.spellings[static_cast<std::size_t>(chars)];
  spelled.words.clear();
  spelled.ends.clear();
  spelled.grams.clear();
  if (config_.char_max == 0) {
    char_table.reset(0);
    return;
  }
  const std::vector<TermTable::Term>& word_terms = word_table.terms();
  char_table.reset(word_terms.size() * 12);
  char gram_buffer[kMaxCharGramWordBytes + 2];
  for (std::size_t w = 0; w < word_terms.size(); ++w) {
    const TermTable::Term& word = word_terms[w];
    if (word.kind != TermKind::kUnigram) continue;
    const std::uint32_t token = word_table.occurrences()[word.first_occurrence].owner;
    const std::string_view term = view.terms[token];
    if (view.tokens.tokens[token].kind != TokenKind::kWord || term.front() == '<' ||
        term.size() > kMaxCharGramWordBytes) {
      continue;
    }
    // " word " so prefixes and suffixes get grams of their own.
    const std::size_t length = term.size() + 2;
    gram_buffer[0] = ' ';
    term.copy(gram_buffer + 1, term.size());
    gram_buffer[length - 1] = ' ';
    for (std::size_t n = config_.char_min; n <= config_.char_max && n <= length; ++n) {
      for (std::size_t start = 0; start + n <= length; ++start) {
        spelled.grams.push_back(
            char_table.add_count(hash_bytes(std::string_view(gram_buffer + start, n), char_seed),
                                 TermKind::kCharGram, word.count));
      }
    }
    spelled.words.push_back(static_cast<std::uint32_t>(w));
    spelled.ends.push_back(static_cast<std::uint32_t>(spelled.grams.size()));
  }
}

void Featurizer::emit_group(FeatureGroup group, float scale, FeatureScratch& scratch) const {
  const std::size_t g = static_cast<std::size_t>(group);
  const std::vector<TermTable::Term>& terms = scratch.tables[g].terms();
  std::vector<float>& values = scratch.term_values[g];
  values.resize(terms.size());
  scratch.group_begin[g] = scratch.entries.size();
  double norm = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const double weight = sublinear_weight(terms[i].count);
    values[i] = static_cast<float>(weight);
    norm += weight * weight;
  }
  if (norm == 0) return;
  const auto factor = static_cast<float>(scale / std::sqrt(norm));
  const std::size_t begin = scratch.entries.size();
  scratch.entries.resize(begin + terms.size());
  FeatureEntry* out = scratch.entries.data() + begin;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    values[i] *= factor;
    out[i] = {bucket(terms[i].hash), values[i]};
  }
}

}  // namespace verity::model
