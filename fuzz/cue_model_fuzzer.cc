// The quotation cue model loader (quotes/cue_model.h) on arbitrary bytes: a damaged or foreign file must give an
// error Status, never a crash. The seed is a cue model with an empty gate (its self-test sentences still run); each
// input is loaded as it is and resealed (fuzz_util.h).
#include "fuzz_util.h"
#include "quotes/cue_model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::LoadModelBytes<newsgraph::quotes::CueModel>(data, size);
  return 0;
}
