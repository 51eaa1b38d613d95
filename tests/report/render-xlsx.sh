#!/bin/sh
# Render the workbook of bosett-report -f xlsx headless with LibreOffice
# (soffice --convert-to pdf) and check that it gives a PDF whose text has
# the municipalities; skipped (77) where LibreOffice is not installed.
# Usage: render-xlsx.sh BINDIR TABLE OUTDIR LANG
bin=$1 table=$2 out=$3 lang=$4
command -v soffice >/dev/null && command -v pdftotext >/dev/null || { echo "no LibreOffice (soffice) or pdftotext: skipped"; exit 77; }
mkdir -p "$out/xlsx-$lang" || exit 1
x=$out/xlsx-$lang/report.xlsx
SOURCE_DATE_EPOCH=1795000000 "$bin/bosett-report" -f xlsx --lang "$lang" -o "$x" "$table" || exit 1
HOME=$out/xlsx-$lang timeout 120 soffice --headless --convert-to pdf --outdir "$out/xlsx-$lang" "$x" >/dev/null 2>&1 ||
  { echo "soffice failed"; exit 1; }
pdftotext "$out/xlsx-$lang/report.pdf" - | grep -q "Kristiansund" || { echo "the rendered workbook lacks Kristiansund"; exit 1; }
echo "$out/xlsx-$lang/report.pdf"
