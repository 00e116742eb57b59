// Helpers for the evidence tests: a store in memory or in a temporary file,
// and small articles written in place.
#ifndef VERITY_TESTS_EVIDENCE_EVIDENCE_TEST_SUPPORT_H_
#define VERITY_TESTS_EVIDENCE_EVIDENCE_TEST_SUPPORT_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "verity/evidence/store.h"

namespace verity::testing {

inline std::unique_ptr<EvidenceStore> open_store(const std::string& path = ":memory:") {
  Result<std::unique_ptr<EvidenceStore>> store = EvidenceStore::open(path);
  EXPECT_TRUE(store.ok()) << store.status().to_string();
  return store.ok() ? std::move(store).value() : nullptr;
}

// A directory for store files, removed with everything in it at the end.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("verity-test-" + std::to_string(::getpid()) + "-" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline Article make_article(std::string id, std::string title, std::string body,
                            std::string domain = "") {
  Article article;
  article.id = std::move(id);
  article.title = std::move(title);
  article.paragraphs.push_back(std::move(body));
  article.domain = std::move(domain);
  return article;
}

}  // namespace verity::testing

#endif  // VERITY_TESTS_EVIDENCE_EVIDENCE_TEST_SUPPORT_H_
