// One pipeline (default options, the source tree's models) shared by the tests of a test program: loading the
// models takes about a second, and a Pipeline is immutable and thread-safe.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "newsgraph/pipeline.h"

namespace newsgraph::testing {

inline const Pipeline& SharedPipeline() {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    auto p = Pipeline::Create();
    EXPECT_TRUE(p.ok()) << p.status().message();
    return std::move(p).value();
  }();
  return *pipeline;
}

}  // namespace newsgraph::testing
