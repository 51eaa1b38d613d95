#!/bin/sh
# Rebuild the bundled data/kommuner.csv and data/kommune_crosswalk.csv with
# bosett-import from the raw files in ../shared/data and compare byte for
# byte (data/README.md has the same commands); then check that the bundled
# crosswalk, used in place of the raw code history, gives the same table.
# Exit 77 (skipped) where ../shared/data is absent.
# usage: rebuild-data.sh BINDIR SRCDIR SHAREDDIR
set -u
bin=$1 src=$2 shared=$3/data
[ -r "$shared/imdi_bosatt_anmodede_1995-2021.csv" ] || { echo "skipped: $shared absent"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
columns=kommunenr,kommune,fylkenr,fylke,population,area_km2,malform,region,region_name
columns=$columns,lon,lat,requested_prev,decided_prev,settled_prev,requested_avg3,decided_avg3
columns=$columns,settled_avg3,requested,decided,settled,working_age_share,immigrants
same() {
	if ! cmp "$1" "$2"; then
		diff "$2" "$1" | head -20
		exit 1
	fi
}
"$bin/bosett-import" --quiet --crosswalk \
	"$shared/municipalities-2025.json" \
	"$shared/kommune_history.tsv" \
	-o "$tmp/kommune_crosswalk.csv" || exit 1
same "$tmp/kommune_crosswalk.csv" "$src/data/kommune_crosswalk.csv"
for history in "$shared/kommune_history.tsv" "$src/data/kommune_crosswalk.csv"; do
	"$bin/bosett-import" --quiet --year 2021 --columns "$columns" \
		"$shared/municipalities-2025.json" \
		"$shared/counties-2025.json" \
		"$history" \
		"$shared/ba_regions_2024.tsv" \
		"$shared/kommune_centroids_2024codes.csv" \
		"$shared/imdi_bosatt_anmodede_1995-2021.csv" \
		"$shared/ssb07459_population_by_age_2023_k2020.csv" \
		"$shared/imdi_befolkning_innvandringsgrunn_k2020.csv" \
		-o "$tmp/kommuner.csv" || exit 1
	same "$tmp/kommuner.csv" "$src/data/kommuner.csv"
done
echo "data/kommuner.csv and data/kommune_crosswalk.csv rebuilt byte for byte"
