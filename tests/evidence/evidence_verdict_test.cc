// The evidence combiner: features from an article's evidence, the
// combination with the content model, and the weights file.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "evidence/evidence_test_support.h"
#include "test_paths.h"
#include "train/offset_logistic.h"
#include "verity/combiner.h"

namespace verity::testing {
namespace {

std::size_t index_of(EvidenceFeature feature) { return static_cast<std::size_t>(feature); }

// `text` (a combiner file) with one weight's number replaced.
std::string with_weight(std::string text, const std::string& name, const std::string& value) {
  const std::size_t weights = text.find("\"weights\"");
  const std::size_t at = text.find("\"" + name + "\": ", weights);
  EXPECT_NE(at, std::string::npos) << name;
  const std::size_t begin = at + name.size() + 4;
  const std::size_t end = text.find_first_of(",\n}", begin);
  return text.replace(begin, end - begin, value);
}

// Weights with the signs a fit gives on news data: low quality and bad labels
// toward fake, good quality and reliable labels toward real.
EvidenceCombiner test_combiner() {
  EvidenceVector w{};
  w[index_of(EvidenceFeature::kPublisherLowQuality)] = 3.0;
  w[index_of(EvidenceFeature::kPublisherHighQuality)] = -3.0;
  w[index_of(EvidenceFeature::kPublisherLowLabel)] = 1.0;
  w[index_of(EvidenceFeature::kPublisherReliable)] = -0.5;
  w[index_of(EvidenceFeature::kPublisherUnknown)] = 0.4;
  w[index_of(EvidenceFeature::kCitedLow)] = 0.8;
  w[index_of(EvidenceFeature::kCitedLowQuality)] = 1.0;
  w[index_of(EvidenceFeature::kCitedHighQuality)] = -1.0;
  w[index_of(EvidenceFeature::kClaimVerdict)] = 1.5;
  w[index_of(EvidenceFeature::kCopyOfReal)] = -1.0;
  Result<EvidenceCombiner> combiner = EvidenceCombiner::make(w, "test weights");
  EXPECT_TRUE(combiner.ok()) << combiner.status().to_string();
  return combiner.value();
}

// The evidence of small articles, looked up through the store's evidence
// source as a Checker does.
class EvidenceVerdictTest : public ::testing::Test {
 protected:
  void SetUp() override {
    {
      std::unique_ptr<EvidenceStore> store = open_store(dir_.file("verdict.db"));
      ASSERT_TRUE(store);
      for (const char* list : {"domain_ratings.csv", "opensources.csv"}) {
        ASSERT_TRUE(
            store->reputation().import_file(fixture_path(std::string("evidence/") + list)).ok());
      }
    }
    Result<std::shared_ptr<const EvidenceSource>> source =
        open_evidence_source(dir_.file("verdict.db"));
    ASSERT_TRUE(source.ok()) << source.status().to_string();
    Result<std::unique_ptr<EvidenceSession>> session = source.value()->open_session();
    ASSERT_TRUE(session.ok()) << session.status().to_string();
    session_ = std::move(session).value();
  }
  ArticleEvidence evidence_for(const Article& article) {
    Result<ArticleEvidence> found = session_->gather(article, EvidenceOptions{});
    EXPECT_TRUE(found.ok()) << found.status().to_string();
    return found.ok() ? found.value() : ArticleEvidence{};
  }
  TempDir dir_{"evidence-verdict"};
  std::unique_ptr<EvidenceSession> session_;
};

TEST_F(EvidenceVerdictTest, NoEvidenceLeavesTheContentProbabilityExactlyAsItWas) {
  const EvidenceCombiner combiner = test_combiner();
  for (double content : {0.0, 1e-9, 0.123456789, 0.43, 0.999, 1.0}) {
    const EvidenceVerdict verdict = combiner.combine(content, {});
    EXPECT_EQ(verdict.fake_probability, content);
    EXPECT_EQ(verdict.content_probability, content);
    EXPECT_TRUE(verdict.contributions.empty());
  }
  // An article without a domain, citations or claims gives no items at all.
  const Article plain = make_article("a", "A quiet day", "Nothing much happened in town today.");
  EXPECT_TRUE(evidence_features(evidence_for(plain)).empty());
}

TEST_F(EvidenceVerdictTest, ALowRatedPublisherMovesTheProbabilityTowardFake) {
  const Article article =
      make_article("b", "They hid it", "Insiders say it was all planned.", "truthbombs.news");
  const std::vector<EvidenceItem> items = evidence_features(evidence_for(article));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].evidence, EvidenceKind::kPublisher);
  EXPECT_DOUBLE_EQ(items[0].features[index_of(EvidenceFeature::kPublisherLowQuality)], 0.5 - 0.12);
  EXPECT_EQ(items[0].features[index_of(EvidenceFeature::kPublisherHighQuality)], 0);
  EXPECT_EQ(items[0].features[index_of(EvidenceFeature::kPublisherLowLabel)], 1);
  EXPECT_NE(items[0].reason.find("publisher truthbombs.news: low: quality 0.12"), std::string::npos)
      << items[0].reason;

  const EvidenceVerdict verdict = test_combiner().combine(0.30, items);
  EXPECT_GT(verdict.fake_probability, 0.30);
  ASSERT_EQ(verdict.contributions.size(), 1u);
  const EvidenceContribution& publisher = verdict.contributions[0];
  // 3.0 x (0.5 - 0.12) + 1.0 (labelled fake) = 2.14
  EXPECT_NEAR(publisher.logit, 2.14, 1e-9);
  EXPECT_NEAR(verdict.fake_probability, 1 / (1 + std::exp(-(std::log(0.3 / 0.7) + 2.14))), 1e-12);
  EXPECT_NEAR(publisher.points, verdict.fake_probability - 0.30, 1e-12);
}

TEST_F(EvidenceVerdictTest, AHighRatedPublisherMovesItTowardReal) {
  const Article article =
      make_article("c", "Ferry timetable", "The council voted.", "harborgazette.com");
  const EvidenceVerdict verdict =
      test_combiner().combine(0.5, evidence_features(evidence_for(article)));
  EXPECT_LT(verdict.fake_probability, 0.5);
}

TEST_F(EvidenceVerdictTest, AnUnknownDomainNeverLooksReliable) {
  const Article article =
      make_article("d", "Ferry timetable", "The council voted.", "never-rated-anywhere.org");
  const std::vector<EvidenceItem> items = evidence_features(evidence_for(article));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].features[index_of(EvidenceFeature::kPublisherUnknown)], 1);
  for (double content : {0.01, 0.3, 0.5, 0.9}) {
    EXPECT_GE(test_combiner().combine(content, items).fake_probability, content);
  }
  // A file that would make "unknown" count toward real is refused.
  EvidenceVector w{};
  w[index_of(EvidenceFeature::kPublisherUnknown)] = -0.1;
  Result<EvidenceCombiner> refused = EvidenceCombiner::make(w, "bad");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find(
                "publisher_unknown is -0.1 but must be >= 0: an unknown publisher never pushes "
                "toward real"),
            std::string::npos)
      << refused.status().message();
}

TEST_F(EvidenceVerdictTest, ProbabilitiesStayInsideZeroAndOne) {
  EvidenceVector big{};
  for (std::size_t i = 0; i < kEvidenceFeatureCount; ++i)
    big[i] = evidence_feature_infos()[i].sign >= 0 ? EvidenceCombiner::kMaxWeight
                                                   : -EvidenceCombiner::kMaxWeight;
  const EvidenceCombiner strong = EvidenceCombiner::make(big, "extreme").value();
  EvidenceItem toward_fake;
  toward_fake.evidence = EvidenceKind::kPublisher;
  toward_fake.features[index_of(EvidenceFeature::kPublisherLowLabel)] = 1;
  toward_fake.features[index_of(EvidenceFeature::kClaimVerdict)] = 1;
  EvidenceItem toward_real;
  toward_real.evidence = EvidenceKind::kCopyOf;
  toward_real.features[index_of(EvidenceFeature::kCopyOfReal)] = 1;
  toward_real.features[index_of(EvidenceFeature::kPublisherHighQuality)] = 0.5;
  for (double content : {0.0, 1e-300, 0.5, 1 - 1e-16, 1.0}) {
    for (const auto& items :
         {std::vector<EvidenceItem>{toward_fake}, std::vector<EvidenceItem>{toward_real},
          std::vector<EvidenceItem>{toward_fake, toward_real}}) {
      const EvidenceVerdict verdict = strong.combine(content, items);
      EXPECT_TRUE(std::isfinite(verdict.fake_probability));
      EXPECT_GE(verdict.fake_probability, 0.0);
      EXPECT_LE(verdict.fake_probability, 1.0);
      for (const EvidenceContribution& c : verdict.contributions)
        EXPECT_TRUE(std::isfinite(c.points));
    }
  }
}

TEST_F(EvidenceVerdictTest, TheWorstCitedSourceSpeaksForTheCitations) {
  Article article = make_article("e", "Bridge", "Example reports.");
  article.cited_sources = {"harborgazette.com", "truthbombs.news", "never-rated-anywhere.org"};
  const std::vector<EvidenceItem> items = evidence_features(evidence_for(article));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].evidence, EvidenceKind::kCitedSource);
  EXPECT_EQ(items[0].features[index_of(EvidenceFeature::kCitedLow)], 1);
  EXPECT_DOUBLE_EQ(items[0].features[index_of(EvidenceFeature::kCitedLowQuality)], 0.5 - 0.12);
  EXPECT_NE(items[0].reason.find("cited source truthbombs.news"), std::string::npos);
  EXPECT_NE(items[0].reason.find("the lowest of 3 cited"), std::string::npos);
}

TEST_F(EvidenceVerdictTest, ARatedFalseClaimCountsByItsSimilarity) {
  {
    std::unique_ptr<EvidenceStore> store = open_store(dir_.file("verdict.db"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(
        store->fact_checks().import_file(fixture_path("evidence/claimreview_sample.jsonl")).ok());
  }
  Article article = make_article(
      "f", "Ferry numbers",
      "The Kessling ferry carried more than 2 million passengers last year, the Port Authority "
      "said on Monday.");
  const ArticleEvidence evidence = evidence_for(article);
  const std::vector<EvidenceItem> items = evidence_features(evidence);
  ASSERT_EQ(items.size(), 1u) << "the sentence restates a rated claim";
  EXPECT_EQ(items[0].evidence, EvidenceKind::kFactCheck);
  const double value = items[0].features[index_of(EvidenceFeature::kClaimVerdict)];
  EXPECT_GT(value, 0.0);  // mostly false: toward fake
  EXPECT_LE(value, 0.5);  // mostly false counts half, times a similarity of at most 1
  EXPECT_NE(items[0].reason.find("rated Mostly False"), std::string::npos) << items[0].reason;
  EXPECT_GT(test_combiner().combine(0.2, items).fake_probability, 0.2);
}

TEST(EvidenceCombinerFile, RoundTripKeepsEveryWeightExactly) {
  const EvidenceCombiner combiner = test_combiner();
  TempDir dir("combiner");
  const std::string path = dir.file("weights.json");
  ASSERT_TRUE(combiner.save(path).ok());
  Result<EvidenceCombiner> loaded = EvidenceCombiner::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  EXPECT_EQ(loaded.value().weights(), combiner.weights());
  EXPECT_EQ(loaded.value().trained_on(), "test weights");
  EXPECT_EQ(loaded.value().to_json(), combiner.to_json());
}

TEST(EvidenceCombinerFile, DamagedOrForeignFilesAreRefusedWithTheReason) {
  const std::string good = test_combiner().to_json();
  const auto refused = [](const std::string& text) {
    Result<EvidenceCombiner> parsed = EvidenceCombiner::parse(text, "w.json");
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? std::string() : parsed.status().to_string();
  };
  const std::string changed = with_weight(good, "publisher_low_quality", "2");
  EXPECT_NE(refused(changed).find("w.json: checksum mismatch"), std::string::npos);
  EXPECT_NE(refused("not json").find("not a JSON object"), std::string::npos);
  EXPECT_NE(refused("{\"format\": \"something-else\"}").find("not an evidence combiner file"),
            std::string::npos);
  std::string newer = good;
  newer.replace(newer.find("\"version\": 2"), 12, "\"version\": 9");
  EXPECT_NE(refused(newer).find("format version 9; this verity understands version 2"),
            std::string::npos);
  std::string older = good;
  older.replace(older.find("\"version\": 2"), 12, "\"version\": 1");
  EXPECT_NE(refused(older).find("refit with scripts/train-evidence-combiner.sh"),
            std::string::npos);
  std::string missing = good;
  missing.replace(missing.find("\"copy_of_real\"", missing.find("\"weights\"")), 14,
                  "\"copy_of_unreal\"");
  EXPECT_NE(refused(missing).find("no weight for feature copy_of_real"), std::string::npos);
  Result<EvidenceCombiner> absent = EvidenceCombiner::load("/nonexistent/verity-evidence.json");
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.status().code(), StatusCode::kNotFound);
}

// Sign rules hold whoever wrote the file: a weight pushing a bias label
// toward real, or a file stating rules of its own, is refused by name.
TEST(EvidenceCombinerFile, AFileBreakingTheSignRulesIsRefused) {
  const std::string good = test_combiner().to_json();
  EXPECT_NE(good.find("\"sign_rules\""), std::string::npos);
  EXPECT_NE(good.find("\"publisher_bias_label\": \">= 0: bias, political, clickbait, state only "
                      "push toward fake\""),
            std::string::npos)
      << good;
  // The weights the issue found (a bias label moving articles toward real).
  const std::string toward_real = with_weight(good, "publisher_bias_label", "-0.76");
  Result<EvidenceCombiner> parsed = EvidenceCombiner::parse(toward_real, "w.json");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(parsed.status().message().find(
                "w.json: weight of publisher_bias_label is -0.76 but must be >= 0"),
            std::string::npos)
      << parsed.status().message();
  // A file whose stated rule differs from this verity's.
  std::string own_rules = good;
  const std::string rule = "\"<= 0: reliable only pushes toward real\"";
  own_rules.replace(own_rules.find(rule), rule.size(), "\"free\"");
  Result<EvidenceCombiner> ruled = EvidenceCombiner::parse(own_rules, "w.json");
  ASSERT_FALSE(ruled.ok());
  EXPECT_NE(ruled.status().message().find("sign rule of publisher_reliable_label is not this "
                                          "verity's"),
            std::string::npos)
      << ruled.status().message();
  // Every feature has a rule: none may move the verdict either way.
  for (const EvidenceFeatureInfo& info : evidence_feature_infos())
    EXPECT_NE(info.sign, 0) << info.name;
}

TEST(EvidenceCombinerFile, TheShippedWeightsLoad) {
  const std::string path = std::string(VERITY_FIXTURES_DIR) + "/../../models/verity-evidence.json";
  Result<EvidenceCombiner> shipped = EvidenceCombiner::load(path);
  ASSERT_TRUE(shipped.ok()) << shipped.status().to_string();
  EXPECT_FALSE(shipped.value().trained_on().empty());
}

TEST(OffsetLogistic, LearnsTheDirectionTheDataShowsWithinTheSignRules) {
  // Feature 0 fires on fake articles more often than on real ones; feature 1
  // too, but its rule allows only weights <= 0, so it stays at 0; feature 2
  // never fires.
  std::vector<std::vector<double>> rows;
  std::vector<double> offsets;
  std::vector<int> labels;
  for (int i = 0; i < 400; ++i) {
    const int fake = i % 2;
    const bool fires = fake ? (i % 10 != 1) : (i % 10 == 0);
    rows.push_back({fires ? 1.0 : 0.0, fires ? 1.0 : 0.0, 0.0});
    offsets.push_back(0.0);
    labels.push_back(fake);
  }
  const std::vector<double> w = train::fit_offset_logistic(rows, offsets, labels, {0, -1, 0});
  EXPECT_GT(w[0], 1.0);
  EXPECT_EQ(w[1], 0.0);
  EXPECT_EQ(w[2], 0.0);
  EXPECT_LT(train::offset_log_loss(rows, offsets, labels, w),
            train::offset_log_loss(rows, offsets, labels, {0, 0, 0}));
  // Deterministic.
  EXPECT_EQ(w, train::fit_offset_logistic(rows, offsets, labels, {0, -1, 0}));
}

}  // namespace
}  // namespace verity::testing
