// Exact explanations of a linear score. Each hashed term contributes
// weight × value; a term that occurs several times shares its contribution
// evenly among its occurrences; a character n-gram's share goes to the word
// it came from, so words carry their spelling as well as themselves. Words
// and phrases are then summed by their form, and sentences by the tokens in
// them.
#include <algorithm>
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

class Explainer {
 public:
  Explainer(const Featurizer& featurizer, const FeatureScratch& scratch,
            std::span<const float> weights)
      : featurizer_(featurizer), scratch_(scratch), weights_(weights) {}

  void run(const PredictOptions& options, Prediction& prediction) {
    add_group(FeatureGroup::kTitleWords, scratch_.title, "title", prediction);
    add_group(FeatureGroup::kTitleChars, scratch_.title, "title", prediction);
    add_group(FeatureGroup::kBodyWords, scratch_.body, "body", prediction);
    add_group(FeatureGroup::kBodyChars, scratch_.body, "body", prediction);
    add_style(prediction);
    prediction.groups.push_back({"bias", weights_[featurizer_.bias_index()]});
    rank_terms(options, prediction.explanation);
    rank_sentences(options, prediction.explanation);
  }

 private:
  // Adds `share` to the word at `token` of `view` (and to its sentence).
  void credit_token(const TextView& view, const std::string& field, std::uint32_t token,
                    double share) {
    const std::string_view term = view.terms[token];
    if (term.empty()) return;
    credit_term(term, field, view, token, token + 1, share);
  }

  void credit_term(std::string_view term, const std::string& field, const TextView& view,
                   std::uint32_t first, std::uint32_t last, double share) {
    std::string key = field;
    key += '\x1f';
    key += term;
    auto [it, inserted] = index_.try_emplace(std::move(key), totals_.size());
    if (inserted) totals_.push_back({std::string(term), 0, field, {}});
    TermTotal& total = totals_[it->second];
    total.weight += share;
    const std::pair<std::uint32_t, std::uint32_t> span{view.tokens.tokens[first].begin,
                                                       view.tokens.tokens[last - 1].end};
    if (total.spans.size() < kMaxSpansPerTerm &&
        std::find(total.spans.begin(), total.spans.end(), span) == total.spans.end()) {
      total.spans.push_back(span);
    }
    if (&view == &scratch_.body && !view.sentences.empty()) {
      const std::uint32_t sentence = view.sentence[first];
      if (sentence_weights_.size() < view.sentences.size())
        sentence_weights_.resize(view.sentences.size(), 0);
      sentence_weights_[sentence] += share;
    }
  }

  void add_group(FeatureGroup group, const TextView& view, const std::string& field,
                 Prediction& prediction) {
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
      for (std::uint32_t o = term.first_occurrence; o != TermTable::kNone;
           o = table.occurrences()[o].next) {
        const std::uint32_t token = table.occurrences()[o].token;
        if (term.kind == TermKind::kBigram) {
          credit_bigram(view, field, token, share);
        } else {
          credit_token(view, field, token, share);
        }
      }
    }
    prediction.groups.push_back({std::string(feature_group_name(group)), group_total});
  }

  // A bigram is credited as the phrase of its two terms.
  void credit_bigram(const TextView& view, const std::string& field, std::uint32_t first,
                     double share) {
    std::uint32_t second = first + 1;
    while (second < view.terms.size() && view.terms[second].empty()) ++second;
    if (second >= view.terms.size()) return;
    std::string phrase(view.terms[first]);
    phrase += ' ';
    phrase += view.terms[second];
    credit_term(phrase, field, view, first, second + 1, share);
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

  void rank_sentences(const PredictOptions& options, Explanation& explanation) {
    const TextView& body = scratch_.body;
    std::vector<std::size_t> order;
    for (std::size_t s = 0; s < sentence_weights_.size(); ++s) {
      if (sentence_weights_[s] > 0) order.push_back(s);
    }
    const std::size_t count = std::min(options.top_sentences, order.size());
    std::partial_sort(
        order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(),
        [&](std::size_t a, std::size_t b) { return sentence_weights_[a] > sentence_weights_[b]; });
    for (std::size_t i = 0; i < count; ++i) {
      const Span span = body.sentences[order[i]];
      explanation.sentences.push_back({body.text.substr(span.begin, span.end - span.begin),
                                       sentence_weights_[order[i]], span.begin, span.end});
    }
  }

  const Featurizer& featurizer_;
  const FeatureScratch& scratch_;
  std::span<const float> weights_;
  std::vector<TermTotal> totals_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<double> sentence_weights_;
};

}  // namespace

void explain(const Featurizer& featurizer, const FeatureScratch& scratch,
             std::span<const float> weights, const PredictOptions& options,
             Prediction& prediction) {
  Explainer(featurizer, scratch, weights).run(options, prediction);
}

}  // namespace verity::model
