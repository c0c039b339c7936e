// Names of enum values as they appear in the JSON output (docs/schema.md).
#include "newsgraph/document.h"

namespace newsgraph {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kInvalidUtf8: return "invalid UTF-8";
    case StatusCode::kTooLarge: return "too large";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kCorrupt: return "corrupt";
    case StatusCode::kVersionMismatch: return "version mismatch";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunctuation: return "punct";
    case TokenKind::kQuote: return "quote";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
  }
  return "word";
}

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrganization: return "ORGANIZATION";
    case EntityType::kLocation: return "LOCATION";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

const char* EntityMentionKindName(EntityMentionKind kind) {
  switch (kind) {
    case EntityMentionKind::kName: return "name";
    case EntityMentionKind::kTitle: return "title";
    case EntityMentionKind::kNominal: return "nominal";
    case EntityMentionKind::kPronoun: return "pronoun";
  }
  return "name";
}

const char* TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

const char* QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kFragment: return "fragment";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

}  // namespace newsgraph
