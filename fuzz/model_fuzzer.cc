// The NER model loader on arbitrary bytes: a damaged or foreign file must give an error Status, never a crash.
// The seed is a small trained model; each input is loaded as it is and resealed (fuzz_util.h).
#include "fuzz_util.h"
#include "ner/model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::LoadModelBytes<newsgraph::ner::NerModel>(data, size);
  return 0;
}
