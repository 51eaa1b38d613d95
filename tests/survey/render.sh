#!/bin/sh
# Render county 15's survey workbook headless with LibreOffice (soffice
# --convert-to pdf), check that the PDF has the municipalities and the
# headings, and turn its pages into PNGs (pdftoppm) for a person to look
# at; skipped (77) where LibreOffice or poppler is not installed.
# Usage: render.sh BINDIR TABLE OUTDIR
bin=$1 table=$2 out=$3
command -v soffice >/dev/null && command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null ||
  { echo "no LibreOffice (soffice) or poppler: skipped"; exit 77; }
mkdir -p "$out" || exit 1
x=$out/survey-15.xlsx
SOURCE_DATE_EPOCH=1795000000 "$bin/bosett-report" --survey --county 15 -o "$x" "$table" || exit 1
HOME=$out timeout 150 soffice --headless --convert-to pdf --outdir "$out" "$x" >/dev/null 2>&1 ||
  { echo "soffice failed"; exit 1; }
text=$(pdftotext -layout "$out/survey-15.pdf" -) || exit 1
for want in Kristiansund Aukra Kartlegging Kommunenummer "Kan busetje" Rettleiing; do
  printf '%s\n' "$text" | grep -q "$want" || { echo "the rendered survey lacks '$want'"; exit 1; }
done
pdftoppm -png -r 70 "$out/survey-15.pdf" "$out/survey-15" || exit 1
ls "$out"/survey-15*.png
