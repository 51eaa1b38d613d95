#!/bin/sh
# The nynorsk letter for Vestland (county 46) at IMDi's 2026 total, with
# the example letter file data/avsender.txt, typeset by groff -ms -Tpdf and
# read back with pdftotext (issue 22): it names the planning year in its
# heading, is dated, carries vår ref. and dykkar ref., IMDi's postal
# address and a source line, and the signature comes before any technical
# word (skuggepris, SHA-256, status), which belong in the appendix.
# Skipped (77) without groff's pdf device or pdftotext.
# Usage: letter-vestland.sh BINDIR SRCDIR OUTDIR
bin=$1 src=$2 out=$3
command -v groff >/dev/null && command -v pdftotext >/dev/null || { echo "no groff or pdftotext: skipped"; exit 77; }
printf '.LP\nx\n' | groff -ms -Tpdf >/dev/null 2>&1 || { echo "groff has no pdf device (groff-base only): skipped"; exit 77; }
mkdir -p "$out" || exit 1
json=$out/vestland.json pdf=$out/vestland-nn.pdf txt=$out/vestland-nn.txt
"$bin/bosett-solve" --quiet --county 46 --year 2027 -f json -o "$json" "$src/data/kommuner.csv" || exit 1
"$bin/bosett-report" -f roff --lang nn --letter "$src/data/avsender.txt" "$json" | groff -ms -Tpdf -P-e >"$pdf" || exit 1
pdftotext "$pdf" "$txt" || exit 1
fail=0
want() { grep -q -E "$1" "$txt" || { echo "the letter lacks $2 (/$1/)"; fail=1; }; }
want 'Tilråding om busetjing av flyktningar.* 2027' "the planning year in the heading"
want '^Dato: [0-9]+\. [a-z]+ 20[0-9][0-9]$' "a date"
want '^Vår ref\.: ' "vår ref."
want '^Dykkar ref\.: ' "dykkar ref."
want '^Integrerings- og mangfaldsdirektoratet' "IMDi as the recipient"
want '^Postboks 4403 Nydalen' "IMDi's postal address"
want '^0403 Oslo' "IMDi's postcode"
want '^Kjelde: IMDi, SSB, NAV' "a source line"
want '1474' "the county's total"
sig=$(grep -n -m1 '^Ola Nordmann (eksempel)' "$txt" | cut -d: -f1)
tech=$(grep -n -i -m1 -E 'skuggepris|SHA-256|status' "$txt" | cut -d: -f1)
[ -n "$sig" ] || { echo "no signature"; fail=1; }
[ -n "$tech" ] || { echo "no technical appendix"; fail=1; }
if [ -n "$sig" ] && [ -n "$tech" ] && [ "$sig" -ge "$tech" ]; then
  echo "a technical word (line $tech: $(sed -n "${tech}p" "$txt")) before the signature (line $sig)"
  fail=1
fi
[ $fail = 0 ] && echo "$pdf: year, date, refs, IMDi's address, source line; signed (line $sig) before the appendix (line $tech)"
exit $fail
