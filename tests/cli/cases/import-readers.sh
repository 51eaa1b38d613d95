# IMDi's wide download (four stacked header rows, Latin-1, 2020 codes for
# every year) and NAV's table (shares as fractions, municipalities by name)
# joined to the list columns of the bundled table with the bundled
# crosswalk (the bundled table's own unemployment_rate, of 2022, left out:
# an input that gives another value for it is an error); then the
# provenance of a JSON document.
pick() {
	awk -F, -v want="$1" 'NR == 1 { n = split(want, w, " "); for (i = 1; i <= NF; i++) col[$i] = i }
	{ line = ""; for (k = 1; k <= n; k++) line = line (k > 1 ? "," : "") $(col[w[k]]); print line }'
}
out=$PWD
cd "$SRC/tests/import" || exit 1
cut -d, -f1-11 ../../data/kommuner.csv >"$out/base.csv"
bosett-import --year 2021 "$out/base.csv" ../../data/kommune_crosswalk.csv \
	imdi-wide-excerpt.csv nav-excerpt.csv >"$out/all.csv" || exit 1
pick "kommunenr kommune population immigrants refugees unemployment_rate" <"$out/all.csv" |
	grep -E '^(kommunenr|1505|1508|1511|1580|4022|4026),'
bosett-import -f json --year 2021 imdi-wide-excerpt.csv nav-excerpt.csv ssb07459-excerpt.json |
	sed -n '1,/^"columns"/p'
