// Exact explanations of a linear score. Each hashed term contributes
// weight × value; a term that occurs several times shares its contribution
// evenly among its occurrences; a character n-gram's share goes to the word
// it came from, so words carry their spelling as well as themselves. Words
// and phrases are then summed by their form, and sentences by the tokens in
// them.
#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "model/model_impl.h"

namespace verity::model {
namespace {

struct TermTotal {
  std::string term;
  double weight = 0;
  std::string field;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
};

constexpr std::size_t kMaxSpansPerTerm = 20;

// (field, first term, second term): a word when `second` is empty.
struct TermKey {
  const std::string* field;
  std::string_view first;
  std::string_view second;
  bool operator==(const TermKey& other) const {
    return field == other.field && first == other.first && second == other.second;
  }
};

struct TermKeyHash {
  std::size_t operator()(const TermKey& key) const {
    const std::size_t a = std::hash<std::string_view>()(key.first);
    const std::size_t b = std::hash<std::string_view>()(key.second);
    return a ^ (b * 0x9E3779B97F4A7C15ULL) ^ reinterpret_cast<std::uintptr_t>(key.field);
  }
};

class Explainer {
 public:
  Explainer(const Featurizer& featurizer, const FeatureScratch& scratch,
            std::span<const float> weights)
      : featurizer_(featurizer), scratch_(scratch), weights_(weights) {}

  void run(const PredictOptions& options, Prediction& prediction) {
    // Contributions land on tokens first (a word's unigram and character
    // n-grams; a bigram on its first token) and are summed by form after,
    // so hashing costs one lookup per token, not one per n-gram.
    Shares title(scratch_.title.tokens.size());
    Shares body(scratch_.body.tokens.size());
    add_group(FeatureGroup::kTitleWords, title, prediction);
    add_group(FeatureGroup::kTitleChars, title, prediction);
    add_group(FeatureGroup::kBodyWords, body, prediction);
    add_group(FeatureGroup::kBodyChars, body, prediction);
    add_style(prediction);
    prediction.groups.push_back({"bias", weights_[featurizer_.bias_index()]});
    collect(scratch_.title, title, kTitle);
    collect(scratch_.body, body, kBody);
    rank_terms(options, prediction.explanation);
    rank_sentences(body, options, prediction.explanation);
  }

 private:
  struct Shares {
    explicit Shares(std::size_t tokens) : word(tokens, 0.0), bigram(tokens, 0.0) {}
    std::vector<double> word;    // per token: its unigram and character n-grams
    std::vector<double> bigram;  // per token: the bigram it starts
  };

  void add_group(FeatureGroup group, Shares& shares, Prediction& prediction) {
    const std::size_t g = static_cast<std::size_t>(group);
    const TermTable& table = scratch_.tables[g];
    const std::vector<float>& values = scratch_.term_values[g];
    double group_total = 0;
    for (std::size_t i = 0; i < table.terms().size(); ++i) {
      const TermTable::Term& term = table.terms()[i];
      const double contribution =
          static_cast<double>(weights_[featurizer_.bucket(term.hash)]) * values[i];
      group_total += contribution;
      if (contribution == 0) continue;
      const double share = contribution / term.count;
      std::vector<double>& target = term.kind == TermKind::kBigram ? shares.bigram : shares.word;
      for (std::uint32_t o = term.first_occurrence; o != TermTable::kNone;
           o = table.occurrences()[o].next) {
        target[table.occurrences()[o].token] += share;
      }
    }
    prediction.groups.push_back({std::string(feature_group_name(group)), group_total});
  }

  // Sums the token shares of `view` by word form and by phrase.
  void collect(const TextView& view, const Shares& shares, const std::string& field) {
    for (std::uint32_t t = 0; t < view.terms.size(); ++t) {
      if (shares.word[t] != 0 && !view.terms[t].empty()) {
        credit({&field, view.terms[t], {}}, view, t, t, shares.word[t]);
      }
      if (shares.bigram[t] == 0) continue;
      std::uint32_t second = t + 1;
      while (second < view.terms.size() && view.terms[second].empty()) ++second;
      if (second < view.terms.size())
        credit({&field, view.terms[t], view.terms[second]}, view, t, second, shares.bigram[t]);
    }
  }

  void credit(const TermKey& key, const TextView& view, std::uint32_t first, std::uint32_t last,
              double share) {
    auto [it, inserted] = index_.try_emplace(key, totals_.size());
    if (inserted) {
      std::string term(key.first);
      if (!key.second.empty()) {
        term += ' ';
        term += key.second;
      }
      totals_.push_back({std::move(term), 0, *key.field, {}});
    }
    TermTotal& total = totals_[it->second];
    total.weight += share;
    const std::pair<std::uint32_t, std::uint32_t> span{view.tokens.tokens[first].begin,
                                                       view.tokens.tokens[last].end};
    if (total.spans.size() < kMaxSpansPerTerm &&
        std::find(total.spans.begin(), total.spans.end(), span) == total.spans.end()) {
      total.spans.push_back(span);
    }
  }

  void add_style(Prediction& prediction) {
    double style_total = 0;
    const float scale = featurizer_.config().style_scale;
    for (std::size_t s = 0; s < kStyleSignalCount; ++s) {
      const StyleSignalValue& signal = scratch_.style[s];
      if (signal.value == 0) continue;
      const auto which = static_cast<StyleSignal>(s);
      const double contribution =
          static_cast<double>(weights_[featurizer_.style_index(which)]) * signal.value * scale;
      style_total += contribution;
      prediction.explanation.signals.push_back(
          {std::string(style_signal_name(which)), signal.value, contribution, signal.examples});
    }
    std::sort(prediction.explanation.signals.begin(), prediction.explanation.signals.end(),
              [](const SignalContribution& a, const SignalContribution& b) {
                return std::abs(a.contribution) > std::abs(b.contribution);
              });
    prediction.groups.push_back({"style", style_total});
  }

  void rank_terms(const PredictOptions& options, Explanation& explanation) {
    std::vector<const TermTotal*> fake;
    std::vector<const TermTotal*> real;
    for (const TermTotal& total : totals_) {
      if (total.weight > 0) fake.push_back(&total);
      if (total.weight < 0) real.push_back(&total);
    }
    const auto take = [&](std::vector<const TermTotal*>& ranked, std::vector<TermContribution>& out,
                          bool up) {
      const std::size_t count = std::min(options.top_terms, ranked.size());
      std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(count),
                        ranked.end(), [up](const TermTotal* a, const TermTotal* b) {
                          return up ? a->weight > b->weight : a->weight < b->weight;
                        });
      for (std::size_t i = 0; i < count; ++i) {
        out.push_back({ranked[i]->term, ranked[i]->weight, ranked[i]->field, ranked[i]->spans});
      }
    };
    take(fake, explanation.top_fake, true);
    take(real, explanation.top_real, false);
  }

  void rank_sentences(const Shares& shares, const PredictOptions& options,
                      Explanation& explanation) {
    const TextView& body = scratch_.body;
    if (body.sentences.empty()) return;
    std::vector<double> sentence_weights(body.sentences.size(), 0.0);
    for (std::size_t t = 0; t < body.tokens.size(); ++t) {
      sentence_weights[body.sentence[t]] += shares.word[t] + shares.bigram[t];
    }
    std::vector<std::size_t> order;
    for (std::size_t s = 0; s < sentence_weights.size(); ++s) {
      if (sentence_weights[s] > 0) order.push_back(s);
    }
    const std::size_t count = std::min(options.top_sentences, order.size());
    std::partial_sort(
        order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(),
        [&](std::size_t a, std::size_t b) { return sentence_weights[a] > sentence_weights[b]; });
    for (std::size_t i = 0; i < count; ++i) {
      const Span span = body.sentences[order[i]];
      explanation.sentences.push_back({body.text.substr(span.begin, span.end - span.begin),
                                       sentence_weights[order[i]], span.begin, span.end});
    }
  }

  inline static const std::string kTitle = "title";
  inline static const std::string kBody = "body";

  const Featurizer& featurizer_;
  const FeatureScratch& scratch_;
  std::span<const float> weights_;
  std::vector<TermTotal> totals_;
  std::unordered_map<TermKey, std::size_t, TermKeyHash> index_;
};

}  // namespace

void explain(const Featurizer& featurizer, const FeatureScratch& scratch,
             std::span<const float> weights, const PredictOptions& options,
             Prediction& prediction) {
  Explainer(featurizer, scratch, weights).run(options, prediction);
}

}  // namespace verity::model
