// The --model flag shared by check, batch, eval and serve, and loading the
// model it names (the shipped default when it is not given).
#ifndef VERITY_CLI_MODEL_OPTION_H_
#define VERITY_CLI_MODEL_OPTION_H_

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "verity/model.h"

namespace verity::cli {

inline void add_model_option(CLI::App& command, std::string& path) {
  command.add_option("--model", path,
                     "Model file (default: the model shipped in models/, or $VERITY_MODEL)");
}

// Loads the model, or prints why it cannot and returns null.
inline std::shared_ptr<const Model> load_model_or_report(const std::string& flag) {
  const std::string path = flag.empty() ? Model::default_path() : flag;
  Result<std::shared_ptr<const Model>> model = Model::load(path);
  if (!model.ok()) {
    std::cerr << "verity: " << model.status().to_string() << "\n";
    if (flag.empty())
      std::cerr << "verity: (the default model; retrain it with `make model`, or pass --model)\n";
    return nullptr;
  }
  return model.value();
}

}  // namespace verity::cli

#endif  // VERITY_CLI_MODEL_OPTION_H_
