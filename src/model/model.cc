// Loading a model file and scoring articles with it.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "model/model_impl.h"

namespace verity {
namespace {

constexpr double kSelfTestTolerance = 1e-4;

std::string executable_dir() {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::string() : self.parent_path().string();
}

}  // namespace

Model::Model(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Model::~Model() = default;

PredictScratch::PredictScratch() : state_(std::make_unique<State>()) {}
PredictScratch::~PredictScratch() = default;

const ModelInfo& Model::info() const { return impl_->data.info; }

std::string Model::default_path() {
  const std::string name = "verity-default.model";
#ifdef VERITY_SOURCE_MODELS_DIR
  const std::string in_source = std::string(VERITY_SOURCE_MODELS_DIR) + "/" + name;
  if (std::filesystem::exists(in_source)) return in_source;
#endif
  const std::string dir = executable_dir();
  for (const std::string& candidate : {dir + "/../models/" + name, dir + "/models/" + name,
                                       dir + "/../share/verity/models/" + name}) {
    if (std::filesystem::exists(candidate)) return candidate;
  }
  return "models/" + name;
}

Result<std::shared_ptr<const Model>> Model::load(const std::string& path) {
  Result<model::ModelData> data = model::read_model_file(path);
  if (!data.ok()) return data.status();
  auto impl = std::make_unique<Impl>(std::move(data).value());
  const model::Featurizer& featurizer = impl->featurizer;
  const auto corrupt = [&](const std::string& what) {
    return Status(StatusCode::kCorrupt, path + ": " + what);
  };
  if (impl->data.fake.weights.size() != featurizer.dimension()) {
    return corrupt("weights do not match the feature settings (" +
                   std::to_string(impl->data.fake.weights.size()) + " weights, " +
                   std::to_string(featurizer.dimension()) + " features)");
  }
  if (!impl->data.satire.weights.empty() &&
      impl->data.satire.weights.size() != featurizer.dimension()) {
    return corrupt("satire weights do not match the feature settings");
  }
  std::vector<std::string> names;
  for (std::size_t s = 0; s < model::kStyleSignalCount; ++s) {
    names.emplace_back(model::style_signal_name(static_cast<model::StyleSignal>(s)));
  }
  if (impl->data.style_signal_names != names) {
    return Status(StatusCode::kInvalidArgument, path +
                                                    ": the model was trained with different style "
                                                    "signals than this build computes; retrain it");
  }
  std::shared_ptr<const Model> loaded(new Model(std::move(impl)));
  // The recorded articles must score as they did when the model was written;
  // a difference means this build featurizes differently (or the file lies).
  PredictScratch scratch;
  PredictOptions quick;
  quick.explain = false;
  for (const model::SelfTest& test : loaded->impl_->data.self_tests) {
    Article article;
    article.title = test.title;
    article.paragraphs = {test.text};
    const Prediction prediction = loaded->predict(article, quick, &scratch);
    if (std::abs(prediction.fake_probability - test.fake_probability) > kSelfTestTolerance) {
      return corrupt("self-test article \"" + test.title + "\" scores " +
                     std::to_string(prediction.fake_probability) + ", the model recorded " +
                     std::to_string(test.fake_probability) +
                     " (built with a different featurizer?)");
    }
  }
  return loaded;
}

Prediction Model::predict(const Article& article, const PredictOptions& options,
                          PredictScratch* scratch) const {
  PredictScratch local;
  PredictScratch& working = scratch != nullptr ? *scratch : local;
  PredictScratch::State& state = working.state();
  model::FeatureScratch& features = state.features;
  impl_->featurizer.featurize(article, features);
  const model::ModelData& data = impl_->data;
  Prediction prediction;
  if (!impl_->paired.empty()) {
    const auto [fake, satire] = model::dot_paired(features.entries, impl_->paired,
                                                  options.explain ? &state.contributions : nullptr);
    prediction.score = fake;
    prediction.satire_probability = model::calibrated(data.satire, satire);
  } else {
    prediction.score = options.explain ? model::dot_keeping(features.entries, data.fake.weights,
                                                            state.contributions)
                                       : model::dot(features.entries, data.fake.weights);
  }
  prediction.fake_probability = model::calibrated(data.fake, prediction.score);
  if (options.explain)
    model::explain(impl_->featurizer, features, state.contributions, data.fake.weights, options,
                   prediction);
  return prediction;
}

std::string_view text_field_name(TextField field) {
  return field == TextField::kTitle ? "title" : "body";
}

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::kReal:
      return "real";
    case Verdict::kUncertain:
      return "uncertain";
    case Verdict::kFake:
      return "fake";
    case Verdict::kSatire:
      return "satire";
  }
  return "real";
}

Verdict Model::verdict(const Prediction& prediction) const {
  return verdict(prediction.fake_probability, prediction.satire_probability);
}

Verdict Model::verdict(double fake_probability, double satire_probability) const {
  const ModelInfo& info = impl_->data.info;
  // Satire reads as fake to the fake head; the satire head, trained on
  // satire against fabrication, decides which of the two it is.
  if (fake_probability >= info.threshold) {
    return info.has_satire_head && satire_probability >= info.satire_threshold ? Verdict::kSatire
                                                                               : Verdict::kFake;
  }
  if (fake_probability >= info.uncertain_low) return Verdict::kUncertain;
  return Verdict::kReal;
}

}  // namespace verity
