// Exact explanations of a linear score. Each hashed term contributes
// weight × value; a character n-gram's contribution goes to the words it was
// spelled from, so words carry their spelling as well as themselves. A word
// or phrase is reported once per field with the sum of its contributions, and
// a sentence with the shares of the occurrences in it.
#include <algorithm>
#include <cstdint>
#include <initializer_list>

#include "model/model_impl.h"

namespace verity::model {
namespace {

constexpr std::size_t kMaxSpansPerTerm = 20;

// What every word and phrase of one field (title or body) contributed.
// Indexed like the field's word table: a word term's total includes the
// character n-grams spelled from it, so a term's form is hashed once, when
// the features were made, and never again here.
struct FieldTotals {
  const TextView* view = nullptr;
  const TermTable* words = nullptr;
  TextField name = TextField::kBody;
  std::vector<double> totals;
};

class Explainer {
 public:
  Explainer(const Featurizer& featurizer, const FeatureScratch& scratch,
            std::span<const double> contributions, std::span<const float> weights)
      : featurizer_(featurizer),
        scratch_(scratch),
        contributions_(contributions),
        weights_(weights) {}

  void run(const PredictOptions& options, Prediction& prediction) {
    FieldTotals title = field(FeatureGroup::kTitleWords, scratch_.title, TextField::kTitle);
    FieldTotals body = field(FeatureGroup::kBodyWords, scratch_.body, TextField::kBody);
    add_words(FeatureGroup::kTitleWords, title, prediction);
    add_chars(FeatureGroup::kTitleChars, title, prediction);
    add_words(FeatureGroup::kBodyWords, body, prediction);
    add_chars(FeatureGroup::kBodyChars, body, prediction);
    add_style(prediction);
    prediction.groups.push_back({"bias", weights_[featurizer_.bias_index()]});
    rank_terms({&title, &body}, options, prediction.explanation);
    rank_sentences(body, options, prediction.explanation);
  }

 private:
  FieldTotals field(FeatureGroup words, const TextView& view, TextField name) const {
    FieldTotals out;
    out.view = &view;
    out.words = &scratch_.tables[static_cast<std::size_t>(words)];
    out.name = name;
    out.totals.assign(out.words->terms().size(), 0.0);
    return out;
  }

  double contribution(FeatureGroup group, std::size_t term) const {
    return contributions_[scratch_.group_begin[static_cast<std::size_t>(group)] + term];
  }

  void add_words(FeatureGroup group, FieldTotals& field, Prediction& prediction) const {
    double group_total = 0;
    for (std::size_t i = 0; i < field.totals.size(); ++i) {
      const double c = contribution(group, i);
      field.totals[i] += c;
      group_total += c;
    }
    prediction.groups.push_back({std::string(feature_group_name(group)), group_total});
  }

  // A character n-gram's contribution goes to the words it was spelled from,
  // in proportion to how often each word supplied it.
  void add_chars(FeatureGroup group, FieldTotals& field, Prediction& prediction) {
    const std::size_t g = static_cast<std::size_t>(group);
    const std::vector<TermTable::Term>& grams = scratch_.tables[g].terms();
    per_count_.resize(grams.size());
    double group_total = 0;
    for (std::size_t i = 0; i < grams.size(); ++i) {
      const double c = contribution(group, i);
      group_total += c;
      per_count_[i] = c / grams[i].count;
    }
    const Spellings& spelled = scratch_.spellings[g];
    std::uint32_t begin = 0;
    for (std::size_t s = 0; s < spelled.words.size(); ++s) {
      double sum = 0;
      for (std::uint32_t k = begin; k < spelled.ends[s]; ++k) sum += per_count_[spelled.grams[k]];
      begin = spelled.ends[s];
      const std::uint32_t word = spelled.words[s];
      field.totals[word] += sum * field.words->terms()[word].count;
    }
    prediction.groups.push_back({std::string(feature_group_name(group)), group_total});
  }

  void add_style(Prediction& prediction) const {
    double style_total = 0;
    const float scale = featurizer_.config().style_scale;
    for (std::size_t s = 0; s < kStyleSignalCount; ++s) {
      const StyleSignalValue& signal = scratch_.style[s];
      if (signal.value == 0) continue;
      const auto which = static_cast<StyleSignal>(s);
      const double c =
          static_cast<double>(weights_[featurizer_.style_index(which)]) * signal.value * scale;
      style_total += c;
      prediction.explanation.signals.push_back(
          {std::string(style_signal_name(which)), signal.value, c, signal.examples});
    }
    std::sort(prediction.explanation.signals.begin(), prediction.explanation.signals.end(),
              [](const SignalContribution& a, const SignalContribution& b) {
                return std::abs(a.contribution) > std::abs(b.contribution);
              });
    prediction.groups.push_back({"style", style_total});
  }

  // The token after `token` that carries a term (a bigram's second word).
  static std::uint32_t next_term_token(const TextView& view, std::uint32_t token) {
    std::uint32_t next = token + 1;
    while (next < view.terms.size() && view.terms[next].empty()) ++next;
    return next < view.terms.size() ? next : token;
  }

  // Builds the person-facing form of one word or phrase, with its spans.
  static TermContribution describe(const FieldTotals& field, std::size_t index) {
    const TermTable::Term& term = field.words->terms()[index];
    const TextView& view = *field.view;
    TermContribution out;
    out.weight = field.totals[index];
    out.field = field.name;
    const std::uint32_t first = field.words->occurrences()[term.first_occurrence].owner;
    out.term = std::string(view.terms[first]);
    const bool bigram = term.kind == TermKind::kBigram;
    if (bigram) {
      out.term += ' ';
      out.term += view.terms[next_term_token(view, first)];
    }
    for (std::uint32_t o = term.first_occurrence;
         o != TermTable::kNone && out.spans.size() < kMaxSpansPerTerm;
         o = field.words->occurrences()[o].next) {
      const std::uint32_t token = field.words->occurrences()[o].owner;
      const std::uint32_t last = bigram ? next_term_token(view, token) : token;
      out.spans.emplace_back(view.tokens.tokens[token].begin, view.tokens.tokens[last].end);
    }
    return out;
  }

  static void rank_terms(std::initializer_list<const FieldTotals*> fields,
                         const PredictOptions& options, Explanation& explanation) {
    struct Candidate {
      const FieldTotals* field;
      std::size_t index;
      double weight;
    };
    std::vector<Candidate> fake;
    std::vector<Candidate> real;
    for (const FieldTotals* field : fields) {
      for (std::size_t i = 0; i < field->totals.size(); ++i) {
        const double weight = field->totals[i];
        if (weight > 0) fake.push_back({field, i, weight});
        if (weight < 0) real.push_back({field, i, weight});
      }
    }
    const auto take = [&](std::vector<Candidate>& ranked, std::vector<TermContribution>& out,
                          bool up) {
      const std::size_t count = std::min(options.top_terms, ranked.size());
      std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(count),
                        ranked.end(), [up](const Candidate& a, const Candidate& b) {
                          return up ? a.weight > b.weight : a.weight < b.weight;
                        });
      for (std::size_t i = 0; i < count; ++i)
        out.push_back(describe(*ranked[i].field, ranked[i].index));
    };
    take(fake, explanation.top_fake, true);
    take(real, explanation.top_real, false);
  }

  // A sentence carries the shares of the words and phrases in it: each term's
  // total is spread evenly over its occurrences.
  static void rank_sentences(const FieldTotals& body, const PredictOptions& options,
                             Explanation& explanation) {
    const TextView& view = *body.view;
    if (view.sentences.empty()) return;
    std::vector<double> sentence_weights(view.sentences.size(), 0.0);
    const TermTable& words = *body.words;
    for (std::size_t i = 0; i < body.totals.size(); ++i) {
      if (body.totals[i] == 0) continue;
      const double share = body.totals[i] / words.terms()[i].count;
      for (std::uint32_t o = words.terms()[i].first_occurrence; o != TermTable::kNone;
           o = words.occurrences()[o].next) {
        sentence_weights[view.sentence[words.occurrences()[o].owner]] += share;
      }
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
      const Span span = view.sentences[order[i]];
      explanation.sentences.push_back({view.text.substr(span.begin, span.end - span.begin),
                                       sentence_weights[order[i]], span.begin, span.end});
    }
  }

  const Featurizer& featurizer_;
  const FeatureScratch& scratch_;
  std::span<const double> contributions_;
  std::span<const float> weights_;
  std::vector<double> per_count_;  // per char-gram term: its contribution / its count
};

}  // namespace

void explain(const Featurizer& featurizer, const FeatureScratch& scratch,
             std::span<const double> contributions, std::span<const float> weights,
             const PredictOptions& options, Prediction& prediction) {
  Explainer(featurizer, scratch, contributions, weights).run(options, prediction);
}

}  // namespace verity::model
