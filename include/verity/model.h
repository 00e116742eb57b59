// Library: verity (core).
//
// The credibility model: a calibrated linear model over hashed n-grams of an
// article's title and body plus style signals, with a second head that tells
// satire from fabrication. Being linear, its explanations are exact: every
// feature's contribution to the score is its weight times its value.
//
// A Model is immutable once loaded and safe to share between threads; each
// call keeps its working memory in a per-thread scratch (the Checker keeps
// one per thread; a call without one makes its own).
#ifndef VERITY_MODEL_H_
#define VERITY_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "verity/article.h"
#include "verity/status.h"

namespace verity {

// Which part of an article a word was found in.
enum class TextField { kTitle, kBody };
std::string_view text_field_name(TextField field);  // "title", "body"

// What the verdict calls an article.
enum class Verdict {
  kReal,       // below ModelInfo::uncertain_low
  kUncertain,  // from uncertain_low up to the threshold
  kFake,       // at or above the threshold
  kSatire,     // at or above the threshold, and the satire head says satire
};
std::string_view verdict_name(Verdict verdict);  // "real", "uncertain", "fake", "satire"

// A word or phrase of the article and how much it moved the fake score
// (positive: toward fake). `spans` are byte ranges of its occurrences in the
// title or in Article::body(), as `field` says.
struct TermContribution {
  std::string term;
  double weight = 0;
  TextField field = TextField::kBody;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
};

// A sentence of the body and the share of the score it carries.
struct SentenceContribution {
  std::string text;
  double weight = 0;
  std::uint32_t begin = 0;  // byte range in Article::body()
  std::uint32_t end = 0;
};

// A style signal, its value (scaled to about [0, 1]) and contribution.
struct SignalContribution {
  std::string name;
  double value = 0;
  double contribution = 0;
  std::vector<std::string> examples;  // words that fired it, for lexicon signals
};

// A named group of features (title_words, body_chars, style, bias, ...) and
// its summed contribution to the score (in logits, before calibration).
struct GroupContribution {
  std::string name;
  double contribution = 0;
};

struct Explanation {
  std::vector<TermContribution> top_fake;  // strongest first
  std::vector<TermContribution> top_real;
  std::vector<SentenceContribution> sentences;  // carrying most of the fake score, strongest first
  std::vector<SignalContribution> signals;      // signals that fired (non-zero value)
};

struct Prediction {
  double fake_probability = 0;    // calibrated
  double satire_probability = 0;  // calibrated; 0 when the model has no satire head
  double score = 0;               // the raw margin (logit) of the fake head
  std::vector<GroupContribution> groups;
  Explanation explanation;
};

struct PredictOptions {
  bool explain = true;
  std::size_t top_terms = 10;
  std::size_t top_sentences = 3;
};

// What a model file says about itself.
struct ModelInfo {
  std::uint32_t format_version = 0;
  std::string trained_on;  // data and recipe, as recorded by the trainer
  std::uint64_t seed = 0;
  double threshold = 0.5;  // fake_probability at or above which the model calls an article fake
  double uncertain_low =
      0.3;  // verdict "real" below this, "uncertain" up to `threshold` (0.6 × threshold)
  double satire_threshold = 0.5;  // satire_probability at or above which the verdict is "satire"
  bool has_satire_head = false;
  std::uint32_t dimension = 0;
};

class PredictScratch;  // per-thread working memory: internal (src/model/predict_scratch.h)

class Model {
 public:
  // Loads a model file, checking its magic, version, section checksums and
  // the test articles recorded inside. Fails with kNotFound, kCorrupt (a
  // damaged or foreign file, with what is wrong) or kInvalidArgument (a
  // version this build cannot read).
  [[nodiscard]] static Result<std::shared_ptr<const Model>> load(const std::string& path);

  // The model that ships with verity: models/verity-default.model in the
  // source tree verity was built from, else next to the executable
  // (../models/verity-default.model). The faces let $VERITY_MODEL override it;
  // the library reads no environment.
  static std::string default_path();

  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  const ModelInfo& info() const;

  // Scores one article. `scratch` is the library's own per-thread buffer
  // (Checker passes one); null makes one for the call.
  Prediction predict(const Article& article, const PredictOptions& options = {},
                     PredictScratch* scratch = nullptr) const;

  // The verdict for a prediction: kReal below uncertain_low, kUncertain up
  // to the threshold, and at or above it kSatire when the satire head reaches
  // satire_threshold, else kFake.
  Verdict verdict(const Prediction& prediction) const;
  // The same for a fake probability that evidence moved (the satire head's
  // probability still decides between fake and satire).
  Verdict verdict(double fake_probability, double satire_probability) const;

  struct Impl;

 private:
  explicit Model(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace verity

#endif  // VERITY_MODEL_H_
