# Every reader on small excerpts of the real files (tests/import/*-excerpt.*,
# in their original encodings and layouts) for 1505 Kristiansund, 1508
# Ålesund, 1511 Vanylven and 1580 Haram: the same list, county, region and
# centroid columns as the national build in data/kommuner.csv (which is of
# 2026, where this is of 2021).
out=$PWD
cd "$SRC/tests/import" || exit 1
bosett-import --year 2021 kommuner-excerpt.json fylker-excerpt.json history-excerpt.tsv \
	ba-excerpt.tsv centroids-excerpt.csv imdi-long-excerpt.csv ssb07459-excerpt.csv >"$out/mini.csv" || exit 1
cd "$out" || exit 1
cat mini.csv
cut -d, -f1-11 mini.csv | sed 1d >a
grep -E '^(1505|1508|1511|1580),' "$DATA/kommuner.csv" | cut -d, -f1-11 >b
cmp a b && echo "the same as in data/kommuner.csv"
