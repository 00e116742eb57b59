#include "verity/article.h"

namespace verity {

std::string Article::body() const {
  std::string joined;
  for (const std::string& paragraph : paragraphs) {
    if (!joined.empty()) joined += "\n\n";
    joined += paragraph;
  }
  return joined;
}

}  // namespace verity
