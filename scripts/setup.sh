#!/usr/bin/env bash
# Installs the build dependencies (Debian packages) and builds newsgraph into build/. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake pkg-config
  nlohmann-json3-dev   # JSON input lines, data files, evaluation
  rapidjson-dev        # streaming writer for the output records
  libcli11-dev         # command-line options
  libutf8proc-dev      # Unicode character classes and case mapping
  libxml2-dev          # HTML pages: libxml2's HTML parser (SAX), docs/HTML.md says why not gumbo
  libuchardet-dev      # HTML pages: charset detection when none is declared or the declared one is wrong
  libcld2-dev          # HTML pages: language identification (CLD2)
  zlib1g-dev           # .html.gz pages, gzip/deflate HTTP bodies, the compressed place gazetteer
  libisal-dev          # WARC files: ISA-L inflates gzip members twice as fast as zlib (docs/HTML.md)
  libgtest-dev         # tests
  libbenchmark-dev     # benchmarks
  wordnet-base         # WordNet 3.0 files, only to rebuild data/events/wordnet-senses.tsv (scripts/build_events_data.py)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$(nproc)"
echo "newsgraph built: build/newsgraph"
