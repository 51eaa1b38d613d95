# The readers of the 2027 table on excerpts of the real files (IMDi's key
# figures by name, the 2026 page with its two extra columns, SSB 11618 in
# the statbank layout, NAV HL060 sheet 4 as Norwegian Excel saves it): the
# same 2026 settlement, employment, jobs and unemployment as the national
# build in data/kommuner.csv.
pick() {
	awk -F, -v want="$1" 'NR == 1 { n = split(want, w, " "); for (i = 1; i <= NF; i++) col[$i] = i }
	{ line = ""; for (k = 1; k <= n; k++) line = line (k > 1 ? "," : "") $(col[w[k]]); print line }'
}
cols="kommunenr requested_prev decided_prev settled_prev employment_rate unemployment_rate jobs_located"
out=$PWD
cd "$SRC/tests/import" || exit 1
bosett-import --year 2027 kommuner-excerpt.json fylker-excerpt.json imdi-nokkeltall-2026-excerpt.csv \
	ssb11618-excerpt.csv nav-hl060-excerpt.csv >"$out/mini.csv" || exit 1
cd "$out" || exit 1
pick "$cols" <mini.csv | tee a
pick "$cols" <"$DATA/kommuner.csv" | grep -E '^(kommunenr|1505|1508|1511|1580),' >b
cmp a b && echo "the same as in data/kommuner.csv"
