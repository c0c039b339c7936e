// JSON Lines on a stdio stream (include/newsgraph/batch.h).
#include <cerrno>
#include <cstring>

#include "newsgraph/batch.h"

namespace newsgraph {

Status JsonLinesSink::Write(const Record& record) {
  if ((which_ == Which::kRecords && !record.ok()) || (which_ == Which::kErrors && record.ok())) return Status::Ok();
  if (std::fwrite(record.json.data(), 1, record.json.size(), file_) != record.json.size() ||
      std::fputc('\n', file_) == EOF)
    return Status(StatusCode::kIoError, std::string("cannot write the output: ") + std::strerror(errno));
  return Status::Ok();
}

Status JsonLinesSink::Flush() {
  if (std::fflush(file_) != 0 || std::ferror(file_))
    return Status(StatusCode::kIoError, std::string("cannot write the output: ") + std::strerror(errno));
  return Status::Ok();
}

}  // namespace newsgraph
