#!/usr/bin/env bash
# Runs the whole test suite (GoogleTest via ctest). Tests that need the gold data in ../shared skip without it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure -j "$(nproc)"
