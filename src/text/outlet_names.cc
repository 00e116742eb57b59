// The outlet-name table: parsing the compiled-in TSV once, and lookups by
// name key and by domain.
#include "text/outlet_names.h"

#include <array>
#include <unordered_map>

#include "text/line_text.h"
#include "text/outlets.h"

namespace verity::text {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (;;) {
    const std::size_t at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

struct Index {
  std::vector<OutletNameEntry> entries;
  std::unordered_map<std::string, std::size_t> by_key;          // first row with that name key
  std::unordered_map<std::string_view, std::size_t> by_domain;  // first row with that domain
};

const Index& index() {
  static const Index* const built = [] {
    auto* index = new Index();
    for (std::string_view line : split(outlet_names_tsv(), '\n')) {
      if (line.empty() || line.front() == '#') continue;
      const std::vector<std::string_view> cells = split(line, '\t');
      if (cells.size() != 4 || cells[0].empty() || cells[1].empty()) continue;
      OutletNameEntry entry{cells[0], cells[1], {}, cells[3]};
      if (cells[2] != "-") entry.former = split(cells[2], ',');
      index->entries.push_back(std::move(entry));
    }
    for (std::size_t i = 0; i < index->entries.size(); ++i) {
      index->by_key.try_emplace(outlet_name_key(index->entries[i].name), i);
      index->by_domain.try_emplace(index->entries[i].domain, i);
    }
    return index;
  }();
  return *built;
}

// Words an outlet adds to its name on a badge or byline without naming
// another outlet: "The People's Voice Community", "VOA News Staff".
constexpr std::array<std::string_view, 9> kGenericTails = {
    "community", "staff", "team", "editors", "editorial", "desk", "newsroom", "online", "news"};

}  // namespace

const std::vector<OutletNameEntry>& outlet_name_entries() { return index().entries; }

std::string outlet_name_key(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') key.push_back(static_cast<char>(c - 'A' + 'a'));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key.push_back(c);
  }
  if (key.starts_with("the") && key.size() > 3 + 2) key.erase(0, 3);
  return key;
}

std::vector<std::string> outlet_name_keys(std::string_view name) {
  std::vector<std::string> keys;
  name = trim(name);
  for (int dropped = 0; dropped <= 2 && !name.empty(); ++dropped) {
    if (std::string key = outlet_name_key(name); !key.empty()) keys.push_back(std::move(key));
    const std::size_t space = name.rfind(' ');
    if (space == std::string_view::npos) break;
    const std::string_view last = name.substr(space + 1);
    bool generic = false;
    for (std::string_view tail : kGenericTails) generic |= equals_ci(last, tail);
    if (!generic) break;
    name = trim(name.substr(0, space));
  }
  return keys;
}

std::string_view outlet_name_domain(std::string_view name) {
  const Index& table = index();
  for (const std::string& key : outlet_name_keys(name)) {
    const auto found = table.by_key.find(key);
    if (found != table.by_key.end()) return table.entries[found->second].domain;
  }
  // The cited-source outlets, by their exact name.
  return outlet_domain(trim(name));
}

std::vector<std::string_view> former_domains(std::string_view domain) {
  const Index& table = index();
  const auto found = table.by_domain.find(domain);
  if (found == table.by_domain.end()) return {};
  return table.entries[found->second].former;
}

}  // namespace verity::text
