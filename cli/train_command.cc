// verity train: train a model from labelled data and write it to a file.
#include <cstdint>
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "train/model_trainer.h"

namespace verity::cli {
namespace {

struct TrainFlags {
  train::ModelTrainingConfig config;
  std::string output;
  bool no_char_ngrams = false;
  bool keep_names = false;
  bool all_features = false;
};

// Longest character n-gram --char-max accepts.
constexpr std::int64_t kMaxCharMax = 8;

// --char-max is 0 (no character n-grams) or from the shortest length to kMaxCharMax.
CLI::Validator char_max_check(std::uint32_t char_min) {
  const std::string range = std::to_string(char_min) + " to " + std::to_string(kMaxCharMax);
  return CLI::Validator(
      [char_min, range](std::string& value) -> std::string {
        std::int64_t n = -1;
        if (CLI::detail::lexical_cast(value, n) &&
            (n == 0 || (n >= static_cast<std::int64_t>(char_min) && n <= kMaxCharMax))) {
          return {};
        }
        return "must be 0 (no character n-grams) or " + range + ", not " + value;
      },
      "0 or " + range);
}

int run_train(TrainFlags& flags) {
  train::ModelTrainingConfig& config = flags.config;
  if (flags.no_char_ngrams) config.features.char_max = 0;
  if (flags.keep_names) config.features.mask_proper_nouns = false;
  if (flags.all_features) config.stable_features = false;
  if (config.description.empty()) {
    for (const std::string& path : config.train_paths)
      config.description += (config.description.empty() ? "" : " + ") + path;
  }
  train::ModelTrainingReport report;
  Result<model::ModelData> data = train::train_model(
      config, &report, [](const std::string& line) { std::cerr << "train: " << line << "\n"; });
  if (!data.ok()) {
    std::cerr << "verity: " << data.status().to_string() << "\n";
    return 1;
  }
  const Status written = model::write_model_file(flags.output, data.value());
  if (!written.ok()) {
    std::cerr << "verity: " << written.to_string() << "\n";
    return 1;
  }
  std::cerr << "train: wrote " << flags.output << " in " << report.seconds << " s\n";
  return 0;
}

}  // namespace

void add_train_command(CLI::App& app, CommandAction& action) {
  auto flags = std::make_shared<TrainFlags>();
  CLI::App* command = app.add_subcommand("train",
                                         "Train a model: a calibrated linear fake-news head (and a "
                                         "satire head) from labelled articles");
  command
      ->add_option("--train", flags->config.train_paths,
                   "Labelled training data (label fake/real), any input kind")
      ->required();
  command
      ->add_option("--dev", flags->config.dev_paths,
                   "Held-out data for early stopping, calibration and the threshold")
      ->required();
  command->add_option("--satire", flags->config.satire_paths,
                      "Articles labelled satire/fake for the satire head (e.g. golbeck.jsonl)");
  command->add_option("-o,--output", flags->output, "Model file to write")->required();
  command
      ->add_option("--seed", flags->config.options.seed,
                   "Random seed (one thread + one seed = same model)")
      ->capture_default_str();
  command->add_option("--threads", flags->config.options.threads, "Training threads")
      ->capture_default_str();
  command->add_option("--epochs", flags->config.options.max_epochs, "Most epochs")
      ->capture_default_str();
  command
      ->add_option("--patience", flags->config.options.patience,
                   "Epochs without dev improvement before stopping")
      ->capture_default_str();
  command->add_option("--learning-rate", flags->config.options.learning_rate, "AdaGrad step")
      ->capture_default_str();
  command->add_option("--l2", flags->config.options.l2, "L2 regularization")->capture_default_str();
  command
      ->add_option("--hash-bits", flags->config.features.hash_bits,
                   "log2 of the number of feature buckets")
      ->check(CLI::Range(10, 24))
      ->capture_default_str();
  command
      ->add_option("--title-scale", flags->config.features.title_scale,
                   "Weight of the title's features")
      ->capture_default_str();
  command
      ->add_option("--char-scale", flags->config.features.char_scale, "Weight of character n-grams")
      ->capture_default_str();
  command
      ->add_option("--style-scale", flags->config.features.style_scale,
                   "Weight of the style signals")
      ->capture_default_str();
  command->add_flag("--no-char-ngrams", flags->no_char_ngrams, "Word n-grams only");
  command
      ->add_option("--char-max", flags->config.features.char_max,
                   "Longest character n-gram (shortest: " +
                       std::to_string(flags->config.features.char_min) + "; 0: none)")
      ->check(char_max_check(flags->config.features.char_min))
      ->excludes("--no-char-ngrams")
      ->capture_default_str();
  command->add_flag("--keep-names", flags->keep_names, "Do not mask proper nouns");
  command
      ->add_option("--collection-power", flags->config.collection_power,
                   "1: every training collection weighs the same; 0: by size")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  command->add_flag("--no-stable-features", flags->all_features,
                    "Train on every feature, not only on those whose weight has the same sign "
                    "when learned from two publisher-disjoint halves of the training data");
  command->add_option("--description", flags->config.description,
                      "What the model was trained on (recorded in it)");
  command->callback([flags, &action] { action = [flags] { return run_train(*flags); }; });
}

}  // namespace verity::cli
