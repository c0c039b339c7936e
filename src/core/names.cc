// Names of enum values as they appear in the JSON output (docs/schema.md) and in messages: one table per enum, in
// the order of its values.
#include <cstddef>

#include "newsgraph/document.h"

namespace newsgraph {
namespace {

// names[value], for an enum whose last value is `last`: a value added to the enum without its name fails to compile.
template <auto last, typename Enum, size_t N>
const char* NameIn(const char* const (&names)[N], Enum value, const char* otherwise) {
  static_assert(static_cast<size_t>(last) + 1 == N, "a name for every value of the enum");
  const size_t i = static_cast<size_t>(value);
  return i < N ? names[i] : otherwise;
}

}  // namespace

const char* StatusCodeName(StatusCode code) {
  static const char* const kNames[] = {"ok",        "invalid argument", "invalid UTF-8", "too large", "not found",
                                       "corrupt",   "version mismatch", "I/O error",     "internal error"};
  return NameIn<StatusCode::kInternal>(kNames, code, "unknown");
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

const char* TokenKindName(TokenKind kind) {
  static const char* const kNames[] = {"word", "number", "punct", "quote", "symbol", "url", "email"};
  return NameIn<TokenKind::kEmail>(kNames, kind, "word");
}

const char* EntityTypeName(EntityType type) {
  static const char* const kNames[] = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};
  return NameIn<EntityType::kMisc>(kNames, type, "MISC");
}

const char* EntityMentionKindName(EntityMentionKind kind) {
  static const char* const kNames[] = {"name", "title", "nominal", "pronoun"};
  return NameIn<EntityMentionKind::kPronoun>(kNames, kind, "name");
}

const char* TimexTypeName(TimexType type) {
  static const char* const kNames[] = {"DATE", "TIME", "DURATION", "SET"};
  return NameIn<TimexType::kSet>(kNames, type, "DATE");
}

const char* QuoteKindName(QuoteKind kind) {
  static const char* const kNames[] = {"direct", "fragment", "indirect"};
  return NameIn<QuoteKind::kIndirect>(kNames, kind, "direct");
}

const char* EventStatusName(EventStatus status) {
  static const char* const kNames[] = {"happened", "planned", "ongoing", "negated", "hypothetical"};
  return NameIn<EventStatus::kHypothetical>(kNames, status, "happened");
}

const char* EventRoleName(EventRole role) {
  static const char* const kNames[] = {"source", "target", "participant"};
  return NameIn<EventRole::kParticipant>(kNames, role, "participant");
}

}  // namespace newsgraph
