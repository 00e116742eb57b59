// verity train: train a model from labelled data and write it to a file.
#include <cstdint>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "commands.h"
#include "verity/train/model_training.h"

namespace verity::cli {
namespace {

struct TrainFlags {
  ModelTrainingOptions config;
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
  ModelTrainingOptions& config = flags.config;
  if (flags.no_char_ngrams) config.char_max = 0;
  if (flags.keep_names) config.mask_proper_nouns = false;
  if (flags.all_features) config.stable_features = StableFeatureSplit::kNone;
  if (config.description.empty()) {
    for (const std::string& path : config.train_paths)
      config.description += (config.description.empty() ? "" : " + ") + path;
  }
  Result<ModelTrainingReport> report =
      train_model_file(config, flags.output,
                       [](const std::string& line) { std::cerr << "train: " << line << "\n"; });
  if (!report.ok()) {
    std::cerr << "verity: " << report.status().to_string() << "\n";
    return 1;
  }
  std::cerr << "train: wrote " << flags.output << " in " << report.value().seconds << " s\n";
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
  command->add_flag("--satire-against-news", flags->config.satire_against_news,
                    "The satire head also learns --train articles as not satire (up to "
                    "--satire-news-rows of each collection)");
  command
      ->add_option("--satire-news-rows", flags->config.satire_news_rows,
                   "With --satire-against-news: most articles of each training collection the "
                   "satire head learns, spread evenly over it")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("-o,--output", flags->output, "Model file to write")->required();
  command
      ->add_option("--seed", flags->config.seed, "Random seed (one thread + one seed = same model)")
      ->capture_default_str();
  command->add_option("--threads", flags->config.threads, "Training threads")
      ->capture_default_str();
  command->add_option("--epochs", flags->config.max_epochs, "Most epochs")->capture_default_str();
  command
      ->add_option("--patience", flags->config.patience,
                   "Epochs without dev improvement before stopping")
      ->capture_default_str();
  command->add_option("--learning-rate", flags->config.learning_rate, "AdaGrad step")
      ->capture_default_str();
  command->add_option("--l2", flags->config.l2, "L2 regularization")->capture_default_str();
  command
      ->add_option("--hash-bits", flags->config.hash_bits, "log2 of the number of feature buckets")
      ->check(CLI::Range(10, 24))
      ->capture_default_str();
  command->add_option("--title-scale", flags->config.title_scale, "Weight of the title's features")
      ->capture_default_str();
  command->add_option("--char-scale", flags->config.char_scale, "Weight of character n-grams")
      ->capture_default_str();
  command->add_option("--style-scale", flags->config.style_scale, "Weight of the style signals")
      ->capture_default_str();
  command->add_flag("--no-char-ngrams", flags->no_char_ngrams, "Word n-grams only");
  command
      ->add_option("--char-max", flags->config.char_max,
                   "Longest character n-gram (shortest: " + std::to_string(flags->config.char_min) +
                       "; 0: none)")
      ->check(char_max_check(flags->config.char_min))
      ->excludes("--no-char-ngrams")
      ->capture_default_str();
  command->add_flag("--keep-names", flags->keep_names, "Do not mask proper nouns");
  command
      ->add_option("--collection-power", flags->config.collection_power,
                   "1: every training collection weighs the same; 0: by size")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  const std::map<std::string, StableFeatureSplit> splits = {
      {"publisher", StableFeatureSplit::kPublisher},
      {"collection", StableFeatureSplit::kCollection},
      {"none", StableFeatureSplit::kNone}};
  command
      ->add_option("--stable-features", flags->config.stable_features,
                   "Keep only the features whose weight has the same sign when learned from two "
                   "publisher-disjoint halves (publisher), from each training collection, a "
                   "majority agreeing and none against (collection), or keep all (none)")
      ->transform(CLI::CheckedTransformer(splits, CLI::ignore_case))
      ->default_str("publisher");
  command
      ->add_option("--stable-agreement", flags->config.stable_agreement,
                   "Parts of the training data (halves or collections) that must give a feature "
                   "the same sign, none the opposite (0: a majority)")
      ->capture_default_str();
  command
      ->add_flag("--no-stable-features", flags->all_features,
                 "Train on every feature (--stable-features none)")
      ->excludes("--stable-features");
  command->add_option("--description", flags->config.description,
                      "What the model was trained on (recorded in it)");
  command->callback([flags, &action] { action = [flags] { return run_train(*flags); }; });
}

}  // namespace verity::cli
