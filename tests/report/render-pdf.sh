#!/bin/sh
# Typeset the roff letter with groff -ms -Tpdf -P-e (Debian's groff, not
# only groff-base), check that groff warns about nothing, that two runs with
# the same SOURCE_DATE_EPOCH give the same PDF, that every font is embedded
# (pdffonts), that no table is set below 9 points, that the letter is dated
# once (today without SOURCE_DATE_EPOCH) and carries the sender, signature
# and contact of --letter, and turn its pages into PNGs with pdftoppm
# (poppler-utils). Skipped (77) without them.
# Usage: render-pdf.sh BINDIR TABLE OUTDIR LANG
bin=$1 table=$2 out=$3 lang=$4
command -v groff >/dev/null && command -v pdftoppm >/dev/null || { echo "no groff or pdftoppm: skipped"; exit 77; }
printf '.LP\nx\n' | groff -ms -Tpdf >/dev/null 2>&1 || { echo "groff has no pdf device (groff-base only): skipped"; exit 77; }
mkdir -p "$out" || exit 1
export SOURCE_DATE_EPOCH=1795000000
ms=$out/letter-$lang.ms pdf=$out/letter-$lang.pdf
here=$(cd "$(dirname "$0")" && pwd)
"$bin/bosett-report" -f roff --lang "$lang" --letter "$here/data/letter.txt" -o "$ms" "$table" || exit 1
groff -ww -ms -Tpdf -P-e "$ms" >"$pdf" 2>"$out/groff-$lang.log" || { cat "$out/groff-$lang.log"; exit 1; }
[ -s "$out/groff-$lang.log" ] && { echo "groff warned:"; head "$out/groff-$lang.log"; exit 1; }
groff -ms -Tpdf -P-e "$ms" >"$pdf.again" || exit 1
cmp "$pdf" "$pdf.again" || { echo "two runs gave different PDFs"; exit 1; }
rm -f "$pdf.again" "$out/letter-$lang"-*.png
if command -v pdffonts >/dev/null; then
  pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes" { print "font not embedded: " $1; bad = 1 } END { exit bad }' || exit 1
fi
small=$(grep -E '^\.ps [0-8]$' "$ms")
[ -z "$small" ] && grep -q '^\.ps 9$' "$ms" || { echo "a table below 9 points: $small"; exit 1; }
if command -v pdftotext >/dev/null; then
  pdftotext "$pdf" "$out/letter-$lang.txt" || exit 1
  dates=$(grep -c -E '^(Dato|Date): ' "$out/letter-$lang.txt")
  [ "$dates" = 1 ] || { echo "$dates dates in the letter, not one"; exit 1; }
  for want in "Kari Testperson" "Postboks 1, 0001 Testby" "00 00 00 00"; do
    grep -q "$want" "$out/letter-$lang.txt" || { echo "the letter lacks \"$want\""; exit 1; }
  done
  # without SOURCE_DATE_EPOCH the letter is dated today
  today=$(date -u +%Y)
  env -u SOURCE_DATE_EPOCH "$bin/bosett-report" -f roff --lang "$lang" "$table" | groff -ms -Tpdf -P-e |
    pdftotext - - | grep -E '^(Dato|Date): ' | grep -q "$today" || { echo "no date of today without SOURCE_DATE_EPOCH"; exit 1; }
fi
pdftoppm -r 60 -png "$pdf" "$out/letter-$lang" || exit 1
pages=$(ls "$out/letter-$lang"-*.png 2>/dev/null | wc -l)
[ "$pages" -ge 1 ] || { echo "pdftoppm made no pages"; exit 1; }
echo "$pdf: $pages pages"
