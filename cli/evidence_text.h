// `verity check`'s evidence lines for people: how the evidence moved the
// verdict, then the publisher, cited sources, fact-checks, related articles
// and the copied original.
#ifndef VERITY_CLI_EVIDENCE_TEXT_H_
#define VERITY_CLI_EVIDENCE_TEXT_H_

#include <iosfwd>

#include "verity/check.h"

namespace verity::cli {

// "  evidence: …", "  publisher: …", "  cited source: …", "  fact-check: …",
// "  related: …" and "  copy of: …" lines. Prints nothing without evidence.
void print_evidence(const CheckResult& result, std::ostream& out);

}  // namespace verity::cli

#endif  // VERITY_CLI_EVIDENCE_TEXT_H_
