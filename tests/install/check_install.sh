#!/usr/bin/env bash
# The installed library as another program sees it: `cmake --install` into a fresh prefix, then a small program
# (consumer.cc) built against that tree with find_package(newsgraph) (shared and static) and with pkg-config, run on
# the reference article without the source tree's help; and the installed `newsgraph` finds its installed models.
# Usage: check_install.sh BUILD_DIR SOURCE_DIR CXX
set -euo pipefail
build=$1 source=$2 cxx=$3
here=$source/tests/install
prefix=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-install-XXXXXX")
trap 'rm -rf "$prefix"' EXIT
article=$source/tests/fixtures/starmer-eu.txt
fail() { echo "check_install: $*" >&2; exit 1; }
unset NEWSGRAPH_MODELS

cmake --install "$build" --prefix "$prefix/usr" > /dev/null
p=$prefix/usr
for f in include/newsgraph/newsgraph.h include/newsgraph/batch.h include/newsgraph/version.h \
         lib/libnewsgraph.a lib/libnewsgraph.so lib/pkgconfig/newsgraph.pc lib/cmake/newsgraph/newsgraphConfig.cmake \
         share/newsgraph/models/ner-en-news.bin share/newsgraph/data/places/ATTRIBUTION.md bin/newsgraph; do
  [ -e "$p/$f" ] || fail "$f is not installed"
done
if grep -rn "internal::\|#include \"\(core\|text\|ner\|timex\|quotes\|entities\|input\|output\|batch\|util\)/" "$p/include"; then
  fail "the public headers name internal types or headers"
fi
# Moved after installing: nothing may point back into the build or source tree.
mv "$p" "$prefix/moved"
p=$prefix/moved

# check RECORD_FILE MODELS_FILE: the record is the reference article's, the models were found where expected.
check() {
  grep -q '"name":"Keir Starmer"' "$1" || fail "$2: no Keir Starmer in the record"
  grep -q '"value":"2025-04-24"' "$1" || fail "$2: 'Thursday' is not resolved to 2025-04-24"
}

cmake -S "$here" -B "$prefix/consumer" -DCMAKE_PREFIX_PATH="$p" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$prefix/consumer" > /dev/null
"$prefix/consumer/consumer_shared" "$article" 2025-04-22 > "$prefix/shared.json" 2> "$prefix/shared.err" ||
  fail "consumer_shared: $(cat "$prefix/shared.err")"
check "$prefix/shared.json" "find_package, shared"
grep -qx "models: $p/share/newsgraph/models" "$prefix/shared.err" ||
  fail "the shared library does not find its installed models: $(cat "$prefix/shared.err")"
# A static library has no installed place of its own at run time: the program names the models directory.
NEWSGRAPH_MODELS=$p/share/newsgraph/models "$prefix/consumer/consumer_static" "$article" 2025-04-22 \
  > "$prefix/static.json" 2> "$prefix/static.err" || fail "consumer_static: $(cat "$prefix/static.err")"
check "$prefix/static.json" "find_package, static"
cmp -s "$prefix/shared.json" "$prefix/static.json" || fail "the shared and static libraries give different records"

export PKG_CONFIG_PATH=$p/lib/pkgconfig
# shellcheck disable=SC2046
"$cxx" -std=c++20 -O1 "$here/consumer.cc" -o "$prefix/consumer_pc" $(pkg-config --cflags --libs newsgraph) \
  -Wl,-rpath,"$(pkg-config --variable=libdir newsgraph)"
"$prefix/consumer_pc" "$article" 2025-04-22 > "$prefix/pc.json" 2> "$prefix/pc.err" || fail "pkg-config build: $(cat "$prefix/pc.err")"
cmp -s "$prefix/shared.json" "$prefix/pc.json" || fail "the pkg-config build gives another record"

# The installed program: its models beside it, and the same record as the library gives.
"$p/bin/newsgraph" --version | grep -q "NER model $p/share/newsgraph/models/ner-en-news.bin: format 1" ||
  fail "installed newsgraph --version: $("$p/bin/newsgraph" --version)"
echo "check_install: the installed tree works from a moved prefix (find_package shared and static, pkg-config)"
