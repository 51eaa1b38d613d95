#!/bin/sh
# Run one libFuzzer target for a while on one core:
#   sh tests/fuzz/run-fuzz.sh BUILD NAME [SECONDS]
# BUILD is a build directory configured with clang and -DBOSETT_FUZZ=ON.
# The working corpus grows in BUILD/fuzz/NAME (seeded from
# tests/fuzz/corpus/NAME); a crash is written to BUILD/fuzz/NAME-crash-*.
# The target's libFuzzer options (-max_len, -dict) are on its
# "fuzz-args:" line in tests/fuzz/fuzz_NAME.c.
set -e
build=$(cd "$1" && pwd) name=$2 seconds=${3:-600}
here=$(cd "$(dirname "$0")" && pwd)
bin=$build/tests/fuzz/fuzz_$name
[ -x "$bin" ] || { echo "no $bin: configure with CC=clang -DBOSETT_FUZZ=ON" >&2; exit 1; }
args=$(sed -n 's/.*fuzz-args: *\(.*\) *\*\/.*/\1/p' "$here/fuzz_$name.c" | sed "s|-dict=|-dict=$here/|")
mkdir -p "$build/fuzz/$name" "$build/fuzz/$name-log"
cd "$build/fuzz/$name-log"   # libFuzzer's fuzz-0.log goes here
# -jobs=1 -workers=1: one core only; the suite shares its machine
exec "$bin" -jobs=1 -workers=1 -max_total_time="$seconds" -print_final_stats=1 \
  -artifact_prefix="$build/fuzz/$name-" $args "$build/fuzz/$name" "$here/corpus/$name"
