#!/bin/sh
# Run the examples of a man page: every `.Dl` line in its EXAMPLES section
# is a command that must exit 0 when run in a scratch directory holding a
# link to the bundled data/ (so `data/kommuner.csv` works as printed).
# A page with no examples passes; an example that reads shared/ (the
# public files of ../shared/data) is skipped where that is absent.
page=$1 bin=$2 src=$3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
ln -s "$src/data" "$tmp/data"
[ -d "$src/../shared" ] && ln -s "$src/../shared" "$tmp/shared"
awk '/^\.Sh /{ex = ($2 == "EXAMPLES")} ex && /^\.Dl /{sub(/^\.Dl /, ""); gsub(/\\e/, "\\"); gsub(/\\-/, "-"); gsub(/\\\(ba/, "|"); print}' "$page" >"$tmp/examples"
n=0 fail=0
while IFS= read -r cmd; do
  n=$((n + 1))
  case $cmd in *shared/*) [ -d "$tmp/shared" ] || { echo "skip $n (no ../shared): $cmd"; continue; } ;; esac
  ( cd "$tmp" && PATH=$bin:$PATH sh -c "$cmd" >"$tmp/out.$n" 2>"$tmp/err.$n" )
  rc=$?
  if [ $rc != 0 ]; then
    echo "example $n exited $rc: $cmd"; head -5 "$tmp/err.$n"; fail=1
  else
    echo "ok $n: $cmd"
  fi
done <"$tmp/examples"
exit $fail
