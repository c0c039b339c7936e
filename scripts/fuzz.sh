#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer) and runs each for a while.
# Usage: scripts/fuzz.sh [seconds per target, default 600] [target ...]   (targets: fuzz/*_fuzzer.cc)
# New interesting inputs go to fuzz-corpus/<target>/ (not committed); a crash is written to fuzz-crashes/ — add it to
# fuzz/corpus/<target>/ once fixed, so that ctest replays it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
if ! command -v clang++ >/dev/null; then
  echo "scripts/fuzz.sh needs clang (apt-get install clang libclang-rt-dev)" >&2
  exit 2
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_LIBFUZZER=ON \
  -DNEWSGRAPH_BUILD_TESTS=OFF -DNEWSGRAPH_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)"
targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in fuzz/*_fuzzer.cc; do targets+=("$(basename "${f%.cc}")"); done
fi
mkdir -p fuzz-crashes
for target in "${targets[@]}"; do
  name=${target%_fuzzer}
  mkdir -p "fuzz-corpus/$name"
  echo "== $target for ${seconds}s"
  build-fuzz/fuzz/"$target" "fuzz-corpus/$name" "fuzz/corpus/$name" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="fuzz-crashes/$name-" -print_final_stats=1 2>&1 | tail -n 12
done
