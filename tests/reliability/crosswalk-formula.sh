#!/bin/sh
# bosett-import --crosswalk neutralises a name a spreadsheet would run as a
# formula, as every CSV the tools write does (bosett-data(5)).
#   sh crosswalk-formula.sh BIN SRC
bin=$1 src=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
sed 's/	Kristiansund	/	=HYPERLINK(1)	/' "$src/tests/import/history-excerpt.tsv" >"$tmp/hist.tsv"
LC_ALL=C "$bin/bosett-import" --crosswalk "$src/data/kommuner.csv" "$tmp/hist.tsv" >"$tmp/out.csv" || exit 1
if grep -q '"=HYPERLINK' "$tmp/out.csv" || ! grep -q "\"'=HYPERLINK(1)\"" "$tmp/out.csv"; then
	echo "the crosswalk writes a formula unneutralised:"; grep HYPERLINK "$tmp/out.csv"; exit 1
fi
echo "crosswalk formula: passed"
