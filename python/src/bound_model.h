// What the Python module does, in plain C++ with no Python types: a loaded
// model and the calls the bindings expose, each producing the same JSON record
// the CLI prints. Errors are thrown as StatusError, which module.cc turns into
// verity.VerityError; nothing here needs the GIL.
#ifndef VERITY_PYTHON_BOUND_MODEL_H_
#define VERITY_PYTHON_BOUND_MODEL_H_

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "verity/check.h"
#include "verity/model.h"
#include "verity/status.h"

namespace verity::python {

// A failed Status on its way to Python; what() is Status::message().
class StatusError : public std::runtime_error {
 public:
  explicit StatusError(Status status)
      : std::runtime_error(status.message()), status_(std::move(status)) {}
  const Status& status() const { return status_; }

 private:
  Status status_;
};

// One article given as arguments, as `verity check FILE` would read it: the
// content is the html when given (the text then goes to the article's extra
// fields, as the JSONL reader does), else the text.
struct ArticleArgs {
  std::optional<std::string> text, html, title, url, id;
};

struct RecordOptions {
  bool explain = true;
  bool with_body = false;  // include the cleaned paragraphs (check_to_json's include_body)
};

// The article the arguments describe, cleaned: article_to_json's record.
// Throws StatusError (kInvalidArgument without text or html; extraction's
// errors otherwise).
std::string extract_to_json(const ArticleArgs& args);

// A loaded model, with the evidence store and combiner it weighs in when
// given. Immutable and safe to share between threads.
class BoundModel {
 public:
  // Loads `path`; with a `store` path, looks every article up in that
  // evidence store and weighs the evidence with the `combiner` file (listed
  // unweighed when `combiner` is empty), as `verity check --store`. Throws
  // StatusError with the load's message.
  BoundModel(const std::string& path, const std::string& store, const std::string& combiner);

  const std::string& path() const { return path_; }
  const std::string& store() const { return store_; }
  const std::string& combiner() const { return combiner_; }
  const ModelInfo& info() const { return explaining_->model().info(); }

  // `verity check --json`'s record for one article. Throws StatusError when
  // the article cannot be read.
  std::string check(const ArticleArgs& args, const RecordOptions& options) const;

  // `verity batch`'s output for JSON Lines content: one record per line, in
  // order, on `threads` threads (0: every core); a record that cannot be read
  // gives {"id", "error"} and the rest go on.
  std::vector<std::string> check_jsonl(std::string jsonl, unsigned threads,
                                       const RecordOptions& options) const;

 private:
  const Checker& checker(const RecordOptions& options) const {
    return options.explain ? *explaining_ : *quick_;
  }

  std::string path_, store_, combiner_;
  std::shared_ptr<const Checker> explaining_;  // explanations on
  std::shared_ptr<const Checker> quick_;       // off
};

}  // namespace verity::python

#endif  // VERITY_PYTHON_BOUND_MODEL_H_
