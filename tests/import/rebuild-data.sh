#!/bin/sh
# Rebuild the bundled data/kommuner.csv with bosett-import from the raw
# files in ../shared/data and compare byte for byte (data/README.md has the
# same command). Exit 77 (skipped) where ../shared/data is absent.
# usage: rebuild-data.sh BINDIR SRCDIR SHAREDDIR
set -u
bin=$1 src=$2 shared=$3/data
[ -r "$shared/imdi_bosatt_anmodede_1995-2021.csv" ] || { echo "skipped: $shared absent"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$bin/bosett-import" --quiet --year 2021 \
	"$shared/municipalities-2025.json" \
	"$shared/counties-2025.json" \
	"$shared/kommune_history.tsv" \
	"$shared/ba_regions_2024.tsv" \
	"$shared/kommune_centroids_2024codes.csv" \
	"$shared/imdi_bosatt_anmodede_1995-2021.csv" \
	"$shared/ssb07459_population_by_age_2023_k2020.csv" \
	-o "$tmp/kommuner.csv" || exit 1
if ! cmp "$tmp/kommuner.csv" "$src/data/kommuner.csv"; then
	diff "$src/data/kommuner.csv" "$tmp/kommuner.csv" | head -20
	exit 1
fi
echo "data/kommuner.csv rebuilt byte for byte"
