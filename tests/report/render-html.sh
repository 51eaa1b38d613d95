#!/bin/sh
# Draw the HTML report with headless Chromium (Debian's chromium) to a PNG
# of 1200x3000 pixels and check that it is a picture of that size with
# something on it. Skipped (77) without Chromium.
# Usage: render-html.sh BINDIR TABLE OUTDIR LANG
bin=$1 table=$2 out=$3 lang=$4
browser=$(command -v chromium || command -v chromium-browser) || { echo "no chromium: skipped"; exit 77; }
mkdir -p "$out" || exit 1
html=$out/report-$lang.html png=$out/report-$lang.png
SOURCE_DATE_EPOCH=1795000000 "$bin/bosett-report" -f html --lang "$lang" -o "$html" "$table" || exit 1
profile=$(mktemp -d) || exit 1
trap 'rm -rf "$profile"' EXIT
rm -f "$png"
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --screenshot="$png" --window-size=1200,3000 "file://$html" >"$out/chromium-$lang.log" 2>&1
[ -s "$png" ] || { echo "chromium wrote no $png"; tail -5 "$out/chromium-$lang.log"; exit 1; }
# PNG signature, then IHDR width and height (big-endian) at bytes 16-23
sig=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
[ "$sig" = 89504e470d0a1a0a ] || { echo "$png: not a PNG"; exit 1; }
size=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }')
[ "$size" = 1200x3000 ] || { echo "$png: $size, expected 1200x3000"; exit 1; }
# a blank page compresses to a few kilobytes; the report with its charts does not
bytes=$(wc -c <"$png")
[ "$bytes" -gt 100000 ] || { echo "$png: only $bytes bytes: blank?"; exit 1; }
echo "$png: $size, $bytes bytes"
