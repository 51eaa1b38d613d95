#!/bin/sh
# Targeted checks of a report in nynorsk (any format), for the report-*-nn
# cases: the title, the municipalities, the date, a reason, the numbers in
# Norwegian form, and no bokmål word where nynorsk has its own.
#   sh check-nn.sh REPORT
# roff writes the Norwegian letters as \[u00E5] and the like: read them back
sed 's/\\\[u00E5\]/å/g; s/\\\[u00F8\]/ø/g; s/\\\[u00E6\]/æ/g; s/\\\[u00C5\]/Å/g; s/\\\[u00D8\]/Ø/g; s/\\\[u00C6\]/Æ/g' "$1" >"$1.txt"
r=$1.txt
grep -o 'Tilråding om busetjing av flyktningar' "$r" | head -1
echo "municipalities named: $(grep -o 'Kristiansund\|Hustadvika\|Haram' "$r" | sort -u | wc -l)"
grep -o '18\. november 2026\|2026-11-18' "$r" | head -1
grep -o 'Vi tilrår at kommunen ikkje blir oppmoda i år' "$r" | head -1
grep -o 'Det er delen etter fordelingsnøkkelen, [0-9]*,[0-9]* personar' "$r" | head -1
grep -o 'Kjelde: [A-Za-z, ]*' "$r" | head -1
echo "bokmål words: $(grep -o -w 'ikke\|Begrunnelse\|personer\|anmodes\|kommuner' "$r" | wc -l)"
