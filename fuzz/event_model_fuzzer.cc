// The event-trigger model loader on arbitrary bytes: a damaged or foreign file must give an error Status, never a
// crash. The seed is a tiny model (`newsgraph train events` on three small TimeBank documents, 60 word clusters, 200
// words' supersenses, --epochs 3 --ensemble 1); each input is loaded as it is and resealed (fuzz_util.h).
#include "fuzz_util.h"
#include "events/trigger_model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsgraph::fuzz::LoadModelBytes<newsgraph::events::EventModel>(data, size);
  return 0;
}
