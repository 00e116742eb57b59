// Lists for people: "a, b, c".
#ifndef VERITY_CLI_JOINED_H_
#define VERITY_CLI_JOINED_H_

#include <string>
#include <vector>

namespace verity::cli {

inline std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out.append(out.empty() ? "" : ", ").append(item);
  return out;
}

}  // namespace verity::cli

#endif  // VERITY_CLI_JOINED_H_
