// The Checker: extraction, the content model, evidence and the verdict, with
// per-thread contexts kept here so callers hold no state.
#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

#include "model/predict_scratch.h"
#include "verity/check.h"

namespace verity {

// What one thread needs for a check: the model's scratch buffers and, with an
// evidence source, its own session (opened on first use).
struct Checker::Context {
  PredictScratch scratch;
  std::unique_ptr<EvidenceSession> session;
  std::thread::id last_thread;  // who used it last: its buffers are warm in that core's caches
};

// Idle contexts. A check leases one (or a new one when all are busy) and the
// lease gives it back, so there are never more contexts than checks that ran
// at once. A thread gets back the context it used last when that one is
// idle: handing a thread another thread's scratch buffers costs cache misses
// (a tenth of the service's throughput, measured).
class Checker::ContextPool {
 public:
  class Lease {
   public:
    Lease(ContextPool& pool, std::unique_ptr<Context> context)
        : pool_(pool), context_(std::move(context)) {}
    ~Lease() { pool_.give_back(std::move(context_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Context& operator*() const { return *context_; }
    Context* operator->() const { return context_.get(); }

   private:
    ContextPool& pool_;
    std::unique_ptr<Context> context_;
  };

  Lease lease() {
    const std::thread::id me = std::this_thread::get_id();
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (!idle_.empty()) {
        auto pick = std::find_if(idle_.begin(), idle_.end(),
                                 [&](const auto& context) { return context->last_thread == me; });
        if (pick == idle_.end()) pick = idle_.end() - 1;
        std::unique_ptr<Context> context = std::move(*pick);
        idle_.erase(pick);
        context->last_thread = me;
        return Lease(*this, std::move(context));
      }
    }
    auto context = std::make_unique<Context>();
    context->last_thread = me;
    return Lease(*this, std::move(context));
  }

 private:
  void give_back(std::unique_ptr<Context> context) {
    const std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(context));
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<Context>> idle_;
};

namespace {

// The context's evidence session, opened on first use.
Status open_session(const EvidenceSource& source, std::unique_ptr<EvidenceSession>& session) {
  if (session != nullptr) return Status();
  Result<std::unique_ptr<EvidenceSession>> opened = source.open_session();
  if (!opened.ok()) return opened.status();
  session = std::move(opened).value();
  return Status();
}

}  // namespace

Checker::Checker(CheckerOptions options)
    : options_(std::move(options)), contexts_(std::make_unique<ContextPool>()) {}

Checker::~Checker() = default;

Result<std::shared_ptr<const Checker>> Checker::make(CheckerOptions options) {
  if (options.model == nullptr)
    return Status(StatusCode::kInvalidArgument, "a checker needs a model");
  return std::shared_ptr<const Checker>(new Checker(std::move(options)));
}

Result<CheckResult> Checker::check(const Document& document) const {
  return check(document, options_.predict);
}

Result<CheckResult> Checker::check(const Document& document, const PredictOptions& predict) const {
  Result<Article> article = extract_article(document, options_.extract);
  if (!article.ok()) return article.status();
  const ContextPool::Lease context = contexts_->lease();
  const Model& model = *options_.model;
  CheckResult result;
  result.article = std::move(article).value();
  result.prediction = model.predict(result.article, predict, &context->scratch);
  result.verdict = model.verdict(result.prediction);
  if (options_.evidence == nullptr) return result;

  if (Status opened = open_session(*options_.evidence, context->session); !opened.ok()) {
    result.evidence_status = std::move(opened);
    return result;
  }
  Result<ArticleEvidence> found =
      context->session->gather(result.article, options_.evidence_options);
  if (!found.ok()) {
    result.evidence_status = found.status();
    return result;
  }
  const std::vector<EvidenceItem> items = evidence_features(found.value());
  const double content = result.prediction.fake_probability;
  EvidenceVerdict weighed = options_.combiner != nullptr
                                ? options_.combiner->combine(content, items)
                                : unweighed_evidence(content, items);
  result.verdict = model.verdict(weighed.fake_probability, result.prediction.satire_probability);
  result.evidence = std::move(found).value();
  result.evidence_verdict = std::move(weighed);
  return result;
}

Result<SourceReputation> Checker::rate_source(std::string_view domain) const {
  if (options_.evidence == nullptr)
    return Status(StatusCode::kNotFound, "no evidence source: nothing rates sources");
  const ContextPool::Lease context = contexts_->lease();
  if (Status opened = open_session(*options_.evidence, context->session); !opened.ok())
    return opened;
  return context->session->rate_source(domain);
}

}  // namespace verity
