#!/bin/sh
# Draw the HTML report with headless Chromium (Debian's chromium) and check
# what was drawn: the PNG of 1200x3000 pixels (kept for a person to look
# at); the page as Chromium parsed it (--dump-dom) holds the county, the
# municipality with the most people asked, its number and the charts; and
# drawn at a smaller scale, at least a tenth of its pixels and of its
# rows differ from a blank page drawn the same way, and not nine tenths
# (a page of one flat colour) (png-diff.py).
# Skipped (77) without Chromium.
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

# the text the browser found in the page: the county's name, the
# municipality asked for the most people and that number, and the charts
here=$(cd "$(dirname "$0")" && pwd)
dom=$out/report-$lang.dom.html
chrome() { "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" "$@" 2>>"$out/chromium-$lang.log"; }
chrome --dump-dom "file://$html" >"$dom"
[ -s "$dom" ] || { echo "chromium dumped no DOM"; exit 1; }
want=$(/usr/bin/python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))
rows = [dict(zip(t["columns"], r)) for r in t["rows"]]
top = max(rows, key=lambda r: int(r["recommended"]))
print(top["fylke"], top["kommune"], top["recommended"], sep="\t")' "$table") || exit 1
county=$(printf '%s' "$want" | cut -f1) top=$(printf '%s' "$want" | cut -f2) most=$(printf '%s' "$want" | cut -f3)
for text in "$county" "$top" ">$most<"; do
	grep -qF -- "$text" "$dom" || { echo "the page as drawn lacks '$text'"; exit 1; }
done
svgs=$(grep -o '<svg' "$dom" | wc -l)
[ "$svgs" -ge 2 ] || { echo "the page as drawn has $svgs charts, not 2 or more"; exit 1; }
# pixels: the report and a blank page, drawn alike at a smaller scale
printf '<!DOCTYPE html><html><body></body></html>\n' >"$out/blank.html"
chrome --screenshot="$out/report-$lang.small.png" --window-size=1200,3000 --force-device-scale-factor=0.25 "file://$html" >/dev/null
chrome --screenshot="$out/blank-$lang.small.png" --window-size=1200,3000 --force-device-scale-factor=0.25 "file://$out/blank.html" >/dev/null
diff=$(/usr/bin/python3 "$here/png-diff.py" "$out/report-$lang.small.png" "$out/blank-$lang.small.png") ||
	{ echo "png-diff: $diff"; exit 1; }
set -- $(echo "$diff" | tr 'x=' '  ')
w=$1 h=$2 differ=$4 rows=$6
# a tenth to nine tenths: something drawn, and not one flat colour
[ $((differ * 10)) -ge $((w * h)) ] && [ $((differ * 10)) -le $((w * h * 9)) ] && [ $((rows * 10)) -ge "$h" ] ||
	{ echo "drawn: $diff: not between a tenth and nine tenths of the pixels, or under a tenth of the rows, differ from a blank page"; exit 1; }
echo "$png: $size, $bytes bytes; the page shows $top ($most) and $svgs charts; $diff against a blank page"
