// A stage of the pipeline: reads what earlier stages found in the Analysis and adds its own findings.
// Stages are created once by Pipeline::Create and must be immutable afterwards (Run is called from many threads).
#pragma once

#include <string_view>

#include "newsgraph/document.h"

namespace newsgraph::internal {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual const char* name() const = 0;
  // `text` is the document's text as analysed (valid UTF-8, same length semantics as the spans it produces).
  virtual void Run(std::string_view text, const Document& document, Analysis* analysis) const = 0;
};

}  // namespace newsgraph::internal
