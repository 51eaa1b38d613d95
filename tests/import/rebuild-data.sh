#!/bin/sh
# Rebuild the bundled data/kommuner.csv, data/kommune_crosswalk.csv and
# data/fylke_anmodning.csv with
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
columns=$columns,settled_avg3,working_age_share,immigrants,employment_rate,unemployment_rate
columns=$columns,jobs_located
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
	"$bin/bosett-import" --quiet --year 2026 --columns "$columns" \
		"$shared/municipalities-2025.json" \
		"$shared/counties-2025.json" \
		"$history" \
		"$shared/ba_regions_2024.tsv" \
		"$shared/kommune_centroids_2024codes.csv" \
		"$shared/imdi_nokkeltall_bosetting_2024.csv" \
		"$shared/imdi_nokkeltall_bosetting_2025.csv" \
		"$shared/ssb07459_population_by_age_2023_k2020.csv" \
		"$shared/imdi_befolkning_innvandringsgrunn_k2020.csv" \
		"$shared/ssb11618_employed_15-74_2020-2022_k2020.csv" \
		"$shared/nav_hl060_helt_ledige_kommune_prosent_2022.csv" \
		-o "$tmp/kommuner.csv" || exit 1
	same "$tmp/kommuner.csv" "$src/data/kommuner.csv"
done
"$bin/bosett-import" --quiet --county-totals \
	"$shared/counties-2025.json" \
	"$shared/imdi_nokkeltall_bosetting_2026_fylke.csv" \
	-o "$tmp/fylke_anmodning.csv" || exit 1
same "$tmp/fylke_anmodning.csv" "$src/data/fylke_anmodning.csv"
# the checks of data/README.md
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	{ n++; r += $c["requested_prev"] }
	END { if (n != 357 || r != 12640) { print "kommuner.csv: " n " rows, requested_prev " r; exit 1 } }' \
	"$src/data/kommuner.csv" || exit 1
awk -F, 'NR > 1 { s += $4 } END { if (s != 13000) { print "fylke_anmodning.csv: " s; exit 1 } }' \
	"$src/data/fylke_anmodning.csv" || exit 1
echo "data/kommuner.csv, data/kommune_crosswalk.csv and data/fylke_anmodning.csv rebuilt byte for byte"
