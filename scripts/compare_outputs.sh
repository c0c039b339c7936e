#!/usr/bin/env bash
# Runs an old and a new newsgraph binary side by side on the same inputs and checks that their records are
# byte-identical: the 9 MB benchmark corpus (bench/make_corpus.py --megabytes 0, needs ../shared; -j 2), every golden
# input (tests/fixtures/*.txt with their dates, examples/*.txt and *.jsonl, tests/fixtures/entities/*.jsonl) with
# and without --tokens and --split-hyphens, and the extract and jsonl fuzz corpora (with and without --repair).
# Stdout and the exit code must match; stderr must match once the summary line (it has timings) is left out.
# Prints "identical" per input or the first differing record of each side; exits 1 on any difference.
#
# Usage: scripts/compare_outputs.sh OLD_BINARY OLD_MODELS_DIR [NEW_BINARY [NEW_MODELS_DIR]]
#   e.g. scripts/compare_outputs.sh /work/baseline/newsgraph /work/baseline/models
#   NEW_BINARY defaults to build/newsgraph, NEW_MODELS_DIR to models/. Set NEWSGRAPH_COMPARE_NO_CORPUS=1 to skip the
#   corpus (for a quick check without ../shared).
set -uo pipefail
cd "$(dirname "$0")/.."
if (($# < 2)); then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
old_bin=$1 old_models=$2
new_bin=${3:-build/newsgraph} new_models=${4:-models}
for f in "$old_bin" "$new_bin"; do [ -x "$f" ] || { echo "compare_outputs: $f is not an executable" >&2; exit 2; }; done
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-compare-XXXXXX")
trap 'rm -rf "$work"' EXIT
differences=0 cases=0

# first_difference OLD NEW LINE: the id of the record on LINE and both sides around their first differing byte.
first_difference() {
  python3 - "$@" <<'PY'
import json, sys
old, new = (open(p, "rb").read().split(b"\n") for p in sys.argv[1:3])
n = int(sys.argv[3]) - 1
a = old[n] if n < len(old) else b""
b = new[n] if n < len(new) else b""
at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
try:
    print(f"  record id: {json.loads(a or b).get('id')!r}, first differing byte {at} of the line")
except (ValueError, AttributeError):
    print(f"  first differing byte {at} of the line")
for side, text in (("old", a), ("new", b)):
    print(f"  {side}: ...{text[max(0, at - 120):at + 200].decode('utf-8', 'replace')}...")
PY
}

# compare NAME ARGS...: runs `extract ARGS` with both binaries (standard input from $stdin, if set) and compares what
# they wrote.
compare() {
  local name=$1
  shift
  cases=$((cases + 1))
  "$old_bin" extract --models "$old_models" "$@" > "$work/old.out" 2> "$work/old.err" < "${stdin:-/dev/null}"
  local old_code=$?
  "$new_bin" extract --models "$new_models" "$@" > "$work/new.out" 2> "$work/new.err" < "${stdin:-/dev/null}"
  local new_code=$?
  grep -v '^newsgraph: [0-9]* records (' "$work/old.err" > "$work/old.msg"
  grep -v '^newsgraph: [0-9]* records (' "$work/new.err" > "$work/new.msg"
  local problem=""
  if ! cmp -s "$work/old.out" "$work/new.out"; then
    local line
    line=$(cmp "$work/old.out" "$work/new.out" 2>&1 | sed -nE 's/.*line ([0-9]+).*/\1/p')
    [ -z "$line" ] && line=$(( $(wc -l < "$work/old.out") + 1 ))  # one output is a prefix of the other
    problem="stdout differs from line $line (records: $(wc -l < "$work/old.out") old, $(wc -l < "$work/new.out") new)"
    problem+=$'\n'"$(first_difference "$work/old.out" "$work/new.out" "$line")"
  elif [ "$old_code" != "$new_code" ]; then
    problem="exit code $old_code (old) vs $new_code (new)"
  elif ! cmp -s "$work/old.msg" "$work/new.msg"; then
    problem="stderr differs:"$'\n'"$(diff "$work/old.msg" "$work/new.msg" | head -n 6 | sed 's/^/  /')"
  fi
  if [ -n "$problem" ]; then
    differences=$((differences + 1))
    echo "DIFFERENT  $name: $problem"
  else
    echo "identical  $name ($(wc -l < "$work/new.out") lines, exit $new_code, md5 $(md5sum < "$work/new.out" | cut -c1-32))"
  fi
}

# The golden articles and their publication dates (as their tests and examples/README.md use them).
date_of() {
  case "$(basename "$1")" in
    starmer-eu.txt) echo 2025-04-22 ;;
    harbour-strike.txt) echo 2025-03-14 ;;
    *) echo 2025-01-01 ;;
  esac
}
for article in tests/fixtures/*.txt examples/*.txt; do
  [ -f "$article" ] || continue
  date=$(date_of "$article")
  compare "$article --date $date" "$article" --date "$date"
  compare "$article --date $date --tokens" "$article" --date "$date" --tokens
  compare "$article --date $date --tokens --split-hyphens" "$article" --date "$date" --tokens --split-hyphens
  compare "$article --pretty" "$article" --pretty
done
for jsonl in examples/*.jsonl tests/fixtures/entities/*.jsonl; do
  [ -f "$jsonl" ] || continue
  compare "--jsonl $jsonl" --jsonl "$jsonl" -j 2 --quiet
  compare "--jsonl $jsonl --tokens" --jsonl "$jsonl" -j 2 --quiet --tokens
done
compare "examples/ (directory)" examples --date 2025-03-14 --quiet
stdin=examples/harbour-strike.txt compare "- < examples/harbour-strike.txt" - --date 2025-03-14
stdin=examples/harbour-strike.txt compare "- --max-bytes 1000 (over the limit)" - --max-bytes 1000
mapfile -t fuzz_inputs < <(find fuzz/corpus/extract -type f | sort)
if ((${#fuzz_inputs[@]} > 0)); then
  compare "fuzz/corpus/extract (${#fuzz_inputs[@]} files)" --quiet --tokens --date 2025-04-22 "${fuzz_inputs[@]}"
  compare "fuzz/corpus/extract --repair" --quiet --tokens --repair --date 2025-04-22 "${fuzz_inputs[@]}"
fi
for jsonl in $(find fuzz/corpus/jsonl -type f | sort); do
  compare "--jsonl $jsonl" --jsonl "$jsonl" --quiet --date 2025-01-01
done

if [ "${NEWSGRAPH_COMPARE_NO_CORPUS:-0}" != 1 ]; then
  corpus=${TMPDIR:-/tmp}/newsgraph-bench-0mb.jsonl  # shared with bench/run_e2e.sh
  if [ ! -f "$corpus" ] && ! python3 bench/make_corpus.py --megabytes 0 -o "$corpus"; then
    echo "compare_outputs: cannot build the benchmark corpus (needs ../shared); NEWSGRAPH_COMPARE_NO_CORPUS=1 skips it" >&2
    exit 2
  fi
  compare "benchmark corpus $corpus -j 2" --jsonl "$corpus" -j 2 --quiet
fi

if ((differences > 0)); then
  echo "compare_outputs: $differences of $cases runs differ"
  exit 1
fi
echo "compare_outputs: all $cases runs byte-identical"
