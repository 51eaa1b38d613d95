#!/bin/sh
# Typeset the roff letter with groff -ms -Tpdf (Debian's groff, not only
# groff-base), check that groff warns about nothing and that two runs with
# the same SOURCE_DATE_EPOCH give the same PDF, and turn its pages into
# PNGs with pdftoppm (poppler-utils). Skipped (77) without them.
# Usage: render-pdf.sh BINDIR TABLE OUTDIR LANG
bin=$1 table=$2 out=$3 lang=$4
command -v groff >/dev/null && command -v pdftoppm >/dev/null || { echo "no groff or pdftoppm: skipped"; exit 77; }
printf '.LP\nx\n' | groff -ms -Tpdf >/dev/null 2>&1 || { echo "groff has no pdf device (groff-base only): skipped"; exit 77; }
mkdir -p "$out" || exit 1
export SOURCE_DATE_EPOCH=1795000000
ms=$out/letter-$lang.ms pdf=$out/letter-$lang.pdf
"$bin/bosett-report" -f roff --lang "$lang" -o "$ms" "$table" || exit 1
groff -ww -ms -Tpdf "$ms" >"$pdf" 2>"$out/groff-$lang.log" || { cat "$out/groff-$lang.log"; exit 1; }
[ -s "$out/groff-$lang.log" ] && { echo "groff warned:"; head "$out/groff-$lang.log"; exit 1; }
groff -ms -Tpdf "$ms" >"$pdf.again" || exit 1
cmp "$pdf" "$pdf.again" || { echo "two runs gave different PDFs"; exit 1; }
rm -f "$pdf.again" "$out/letter-$lang"-*.png
pdftoppm -r 60 -png "$pdf" "$out/letter-$lang" || exit 1
pages=$(ls "$out/letter-$lang"-*.png 2>/dev/null | wc -l)
[ "$pages" -ge 1 ] || { echo "pdftoppm made no pages"; exit 1; }
echo "$pdf: $pages pages"
