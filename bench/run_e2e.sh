#!/usr/bin/env bash
# End-to-end batch benchmark: `newsgraph extract --jsonl` over a 100 MB JSONL corpus; prints throughput and peak RSS.
# Usage: bench/run_e2e.sh [threads] [megabytes]
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-1}
mb=${2:-100}
corpus=${TMPDIR:-/tmp}/newsgraph-bench-${mb}mb.jsonl
[ -f "$corpus" ] || python3 bench/make_corpus.py --megabytes "$mb" -o "$corpus"
bytes=$(stat -c %s "$corpus")
/usr/bin/time -v build/newsgraph extract --jsonl "$corpus" -j "$threads" --quiet > /dev/null 2> /tmp/newsgraph-e2e.time
wall=$(grep "Elapsed (wall clock)" /tmp/newsgraph-e2e.time | awk '{print $NF}')
rss=$(grep "Maximum resident set size" /tmp/newsgraph-e2e.time | awk '{print $NF}')
secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
echo "input: $corpus ($((bytes / 1000000)) MB), threads: $threads"
echo "wall: ${secs} s, throughput: $(awk -v b="$bytes" -v s="$secs" 'BEGIN{printf "%.2f", b/1e6/s}') MB/s, peak RSS: $((rss / 1024)) MB"
