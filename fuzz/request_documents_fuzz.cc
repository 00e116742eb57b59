// The HTTP service's request decoding (server/request_documents.h): the
// first line of the input is the Content-Type header, the rest the body. An
// unknown type picks a body kind from its length, so every decoder runs.
// Decoding gives documents or a status; a batch never holds more than its
// limit; decoded JSON strings are valid UTF-8.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "server/request_documents.h"

namespace {

constexpr std::size_t kMaxItems = 8;

void check_document(const verity::Document& document, verity::server::BodyKind kind) {
  if (kind == verity::server::BodyKind::kText || kind == verity::server::BodyKind::kHtml) return;
  FUZZ_REQUIRE(!document.content.empty() || !document.title.empty(),
               "a decoded document without content or title");
  FUZZ_REQUIRE(verity::fuzz::valid_utf8(document.content), "content is not UTF-8");
  FUZZ_REQUIRE(verity::fuzz::valid_utf8(document.title), "title is not UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const std::string_view content_type = verity::fuzz::take_field(rest);
  const std::string body(rest);
  using verity::server::BodyKind;
  constexpr BodyKind kKinds[] = {BodyKind::kJson, BodyKind::kJsonLines, BodyKind::kText,
                                 BodyKind::kHtml};
  const BodyKind kind =
      verity::server::body_kind(content_type).value_or(kKinds[content_type.size() % 4]);
  verity::FetchOptions fetch;

  auto document = verity::server::check_document_from_body(kind, body, fetch);
  if (document.ok()) {
    check_document(document.value(), kind);
  } else {
    FUZZ_REQUIRE(!document.status().message().empty(), "a failure without a message");
  }

  auto batch = verity::server::batch_documents_from_body(kind, body, kMaxItems, fetch);
  if (!batch.ok()) {
    FUZZ_REQUIRE(!batch.status().message().empty(), "a failure without a message");
    return 0;
  }
  FUZZ_REQUIRE(batch.value().size() <= kMaxItems, "a batch over its limit was accepted");
  for (const verity::server::BatchItem& item : batch.value()) {
    if (item.document.ok()) check_document(item.document.value(), kind);
  }
  return 0;
}
