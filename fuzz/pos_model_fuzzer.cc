// The part-of-speech model loader on arbitrary bytes: a damaged or foreign file must give an error Status, never a
// crash. The seed is a tiny model (`newsgraph train pos` on 12 sentences of UD EWT train, 4 of dev, 60 word
// clusters, --casing none --epochs 3); each input is loaded as it is and resealed (fuzz_util.h).
#include "fuzz_util.h"
#include "pos/model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::LoadModelBytes<newsgraph::pos::PosModel>(data, size);
  return 0;
}
