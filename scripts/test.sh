#!/usr/bin/env bash
# Runs the whole test suite (GoogleTest and fuzz-corpus replays, via ctest), then again under AddressSanitizer +
# UndefinedBehaviorSanitizer, then the batch-mode tests under ThreadSanitizer.
# Tests that need the gold data in ../shared skip without it.  Usage: scripts/test.sh [--quick]  (no sanitizers)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

[ -d build ] || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
[ "${1:-}" = "--quick" ] && exit 0

# The sanitizer trees build at -O1 with line tables only (-g1): the sanitizers' usual setting, with file:line in their
# reports, in about half the compile time of -O2 -g.
sanitizer_flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")

echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan "${sanitizer_flags[@]}" -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-asan -j "$jobs"
# The linearity check times the pipeline: under the sanitizers' instrumentation its figures mean nothing, and it
# takes minutes. The 50 MB document (almost 5 minutes here) checks size, not memory safety: the same code paths (the
# tagger's chunks, long-sentence units, every stage on megabyte inputs) run under the sanitizers in the 1 MB
# adversarial shapes. Everything else runs.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -E "TimeIsLinearInInputSize|FiftyMegabyteDocument" -j "$jobs"

echo "== ThreadSanitizer (batch mode with several threads)"
cmake -S . -B build-tsan "${sanitizer_flags[@]}" -DNEWSGRAPH_TSAN=ON -DNEWSGRAPH_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-tsan -j "$jobs" --target newsgraph_cli newsgraph_tests
# The one-document tests (a 50 MB document) exercise no threads and take many minutes under TSan: left out here.
TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan --output-on-failure -R "Extract|Batch" \
  -E "FiftyMegabyteDocument|DocumentOverTheLimit" -j "$jobs"
