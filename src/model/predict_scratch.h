// Per-thread working memory for Model::predict, reused from call to call so
// scoring many articles does not allocate.
#ifndef VERITY_MODEL_PREDICT_SCRATCH_H_
#define VERITY_MODEL_PREDICT_SCRATCH_H_

#include <memory>

#include "verity/model.h"

namespace verity {

// Per-thread working memory for Model::predict.
class PredictScratch {
 public:
  PredictScratch();
  ~PredictScratch();
  PredictScratch(const PredictScratch&) = delete;
  PredictScratch& operator=(const PredictScratch&) = delete;

  struct State;
  State& state() { return *state_; }

 private:
  std::unique_ptr<State> state_;
};

}  // namespace verity

#endif  // VERITY_MODEL_PREDICT_SCRATCH_H_
