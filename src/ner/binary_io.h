// The model files' binary reader and writer live in util/binary_io.h, shared with the quotation cue model.
#pragma once

#include "util/binary_io.h"

namespace newsgraph::ner {
using util::BinaryReader;
using util::BinaryWriter;
}  // namespace newsgraph::ner
