# IMDi's county table (names, ":" suppressed in other columns, the year from
# the file name) to the form of data/fylke_anmodning.csv: the same rows as
# the bundled file; a county the county list lacks is an error that names it.
out=$PWD
printf '[{"id":"03","name":"Oslo"},{"id":"15","name":"M\303\270re og Romsdal"},{"id":"56","name":"Finnmark"}]' >c.json
cd "$SRC/tests/import" || exit 1
bosett-import --county-totals "$out/c.json" imdi-nokkeltall-2026-fylke-excerpt.csv | tee "$out/a" || exit 1
grep -E '^(fylkenr|15|03|56),' "$DATA/fylke_anmodning.csv" >"$out/b"
cmp "$out/a" "$out/b" && echo "the same as in data/fylke_anmodning.csv"
bosett-import --county-totals fylker-excerpt.json imdi-nokkeltall-2026-fylke-excerpt.csv
echo "exit $?"
