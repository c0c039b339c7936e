// newsgraph: what a news article says, as structured data.
// Include this header for the whole public API; see docs/ARCHITECTURE.md for the stages.
#pragma once

#include "newsgraph/batch.h"
#include "newsgraph/document.h"
#include "newsgraph/json.h"
#include "newsgraph/models.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/status.h"
#include "newsgraph/text.h"
#include "newsgraph/version.h"
