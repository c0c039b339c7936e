// Errors as values: every fallible library call returns a Status or a StatusOr<T>.
// The library never prints, throws across its API or exits; the CLI turns a Status into a message and an exit code.
//
//   newsgraph::StatusOr<newsgraph::Date> date = newsgraph::Date::Parse("2025-04-22");
//   if (!date.ok()) std::cerr << date.status().message();
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace newsgraph {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // a malformed option, date or record
  kInvalidUtf8,       // input bytes that are not UTF-8 (message names the byte offset)
  kTooLarge,          // a document or line over the configured limit
  kNotFound,          // a missing file
  kCorrupt,           // a model or data file that fails its checks
  kVersionMismatch,   // a model file of another format version
  kIoError,
  kInternal,
};

const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid UTF-8: ..." style text for users.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or the Status explaining why there is none.
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : data_(std::move(value)) {}                // NOLINT: implicit by design
  StatusOr(Status status) : data_(std::move(status)) {}         // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<Status, T> data_;
};

#define NEWSGRAPH_RETURN_IF_ERROR(expr)        \
  do {                                         \
    ::newsgraph::Status _status = (expr);      \
    if (!_status.ok()) return _status;         \
  } while (0)

}  // namespace newsgraph
