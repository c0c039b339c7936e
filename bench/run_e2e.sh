#!/usr/bin/env bash
# End-to-end batch benchmark: `newsgraph extract --jsonl` (the whole pipeline and the JSON output) over a JSONL
# corpus of news articles; prints wall-clock throughput, throughput per core (CPU time), tokens and peak RSS.
# Usage: bench/run_e2e.sh [threads, default 1] [megabytes, default 0]
#   NEWSGRAPH_BINARY=OTHER/newsgraph NEWSGRAPH_MODELS=OTHER/models bench/run_e2e.sh ... measures another build (an old
#   binary beside the new one, alternately, on the same machine and load).
#   0 is the benchmark corpus once (PolNeAR and BBC article texts, 9 MB, no article repeated, so that word caches
#   start cold as on new text); a size in MB repeats the corpus up to it (e.g. 100 for the batch-memory figure).
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-1}
mb=${2:-0}
corpus=${TMPDIR:-/tmp}/newsgraph-bench-${mb}mb.jsonl
[ -f "$corpus" ] || python3 bench/make_corpus.py --megabytes "$mb" -o "$corpus"
log=${TMPDIR:-/tmp}/newsgraph-e2e.log
models=()
[ -n "${NEWSGRAPH_MODELS:-}" ] && models=(--models "$NEWSGRAPH_MODELS")
/usr/bin/time -f "time: %e %U %S %M" "${NEWSGRAPH_BINARY:-build/newsgraph}" extract "${models[@]}" --jsonl "$corpus" -j "$threads" > /dev/null 2> "$log"
summary=$(grep "^newsgraph:" "$log")
read -r wall user sys rss_kb < <(grep "^time:" "$log" | cut -d' ' -f2-)
text_mb=$(echo "$summary" | sed -E 's/.* ([0-9.]+) MB, .*/\1/')
tokens=$(echo "$summary" | sed -E 's/.* ([0-9]+) tokens in .*/\1/')
echo "input: $corpus ($text_mb MB of article text, $tokens tokens), threads: $threads"
awk -v mb="$text_mb" -v tok="$tokens" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss_kb" 'BEGIN {
  cpu = user + sys
  printf "wall: %.2f s, %.2f MB/s | CPU: %.2f s, per core %.2f MB/s, %.0f tokens/s | peak RSS: %d MB\n",
         wall, mb / wall, cpu, mb / cpu, tok / cpu, rss / 1024 }'
