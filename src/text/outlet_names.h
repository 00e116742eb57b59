// The outlet-name table (outlet_names.tsv): names outlets give themselves
// ("The People's Voice", "VOA News"), their domains, and the domains the same
// outlet used before. Publisher detection maps a page's words about itself to
// a domain with it; the evidence store rates an unrated domain by its former
// ones. Thread-safe: the table is built once and never changed.
#ifndef VERITY_TEXT_OUTLET_NAMES_H_
#define VERITY_TEXT_OUTLET_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace verity::text {

struct OutletNameEntry {
  std::string_view name;                 // as the table writes it
  std::string_view domain;               // where it publishes now
  std::vector<std::string_view> former;  // earlier domains, most recent first
  std::string_view source;               // where the entry comes from
};

// The table's text, compiled in from outlet_names.tsv (generated source).
std::string_view outlet_names_tsv();

// The table's rows; a malformed row is a build-time mistake and is skipped.
const std::vector<OutletNameEntry>& outlet_name_entries();

// How names are compared: ASCII letters and digits lower-cased, everything
// else dropped, then a leading "the": "The People's Voice" -> "peoplesvoice".
// The evidence store keys rated domains the same way ("thepeoplesvoice.tv"
// -> "peoplesvoice").
std::string outlet_name_key(std::string_view name);

// The keys a name may be known by: its own, then without up to two generic
// trailing words ("The People's Voice Community" -> "peoplesvoicecommunity",
// "peoplesvoice").
std::vector<std::string> outlet_name_keys(std::string_view name);

// The domain of an outlet's name: the table, else the cited-source outlets
// (outlets.h). A name ending in a generic word ("... Community", "... Staff",
// "... Team", "... News") is tried without it. Empty when unknown.
std::string_view outlet_name_domain(std::string_view name);

// The domains the outlet at `domain` published under before, most recent
// first; empty when the table knows none.
std::vector<std::string_view> former_domains(std::string_view domain);

}  // namespace verity::text

#endif  // VERITY_TEXT_OUTLET_NAMES_H_
