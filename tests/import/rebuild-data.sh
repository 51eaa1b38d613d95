#!/bin/sh
# Rebuild the bundled data/kommuner.csv (and its JSON document
# data/kommuner.json), data/kommune_crosswalk.csv and
# data/fylke_anmodning.csv with
# bosett-import from the raw files in ../shared/data and compare byte for
# byte (data/README.md has the same commands); then check that the bundled
# crosswalk, used in place of the raw code history, gives the same table.
# Exit 77 (skipped) where ../shared/data is absent. With a fourth argument
# "write" (make data) it writes the four files into data/ instead, then
# checks them the same way.
# usage: rebuild-data.sh BINDIR SRCDIR SHAREDDIR [write]
set -u
bin=$1 src=$2 shared=$3/data mode=${4:-check}
[ -r "$shared/imdi_bosatt_anmodede_1995-2021.csv" ] || { echo "skipped: $shared absent"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
columns=kommunenr,kommune,fylkenr,fylke,population,area_km2,malform,region,region_name
columns=$columns,lon,lat,requested_prev,decided_prev,settled_prev,requested_avg3,decided_avg3
columns=$columns,settled_avg3,working_age_share,immigrants,employment_rate,unemployment_rate
columns=$columns,jobs_located
# issue 20: the criteria of the default score
columns=$columns,intro_result,intro_participants,intro_work_education,retention
columns=$columns,norwegian_instruction_share,norwegian_training_grant,jobs_per_working_age,age_16_19_share
same() {
	# write mode: copy, except where a second build must give the same bytes
	[ "$mode" = write ] && [ "${3:-}" != again ] && { cp "$1" "$2" || exit 1; }
	if ! cmp "$1" "$2"; then
		diff "$2" "$1" | head -20
		exit 1
	fi
}
# inputs by their plain names, so that the JSON document's provenance does
# not depend on where ../shared is
bin=$(cd "$bin" && pwd) src=$(cd "$src" && pwd) || exit 1
cd "$shared" || exit 1
"$bin/bosett-import" --quiet --crosswalk \
	municipalities-2025.json \
	kommune_history.tsv \
	-o "$tmp/kommune_crosswalk.csv" || exit 1
same "$tmp/kommune_crosswalk.csv" "$src/data/kommune_crosswalk.csv"
table() { # HISTORY FORMAT OUT
	"$bin/bosett-import" --quiet --year 2026 --columns "$columns" -f "$2" \
		municipalities-2025.json \
		counties-2025.json \
		"$1" \
		ba_regions_2024.tsv \
		kommune_centroids_2024codes.csv \
		imdi_nokkeltall_bosetting_2024.csv \
		imdi_nokkeltall_bosetting_2025.csv \
		ssb07459_population_by_age_2023_k2020.csv \
		imdi_befolkning_innvandringsgrunn_k2020.csv \
		ssb11618_employed_15-74_2020-2022_k2020.csv \
		nav_hl060_helt_ledige_kommune_prosent_2022.csv \
		imdi_intro_status_arbutd_kommune_2011-2013.csv \
		imdi_intro_status_arbutd_kommune_2014.csv \
		imdi_flyktning_botid_flytting_2022.csv \
		imdi_bosatt_anmodede_1995-2021.csv \
		udir_gsi_elever_2025-26.json \
		imdi_tilskudd_kommune_2022-2023.xlsx \
		-o "$3" || exit 1
}
table kommune_history.tsv csv "$tmp/kommuner.csv"
same "$tmp/kommuner.csv" "$src/data/kommuner.csv"
# the same table as the pipeline's JSON document: its provenance names the
# inputs, their SHA-256 and the year of every column
table kommune_history.tsv json "$tmp/kommuner.json"
same "$tmp/kommuner.json" "$src/data/kommuner.json"
# the bundled crosswalk in place of the raw history gives the same table
table "$src/data/kommune_crosswalk.csv" csv "$tmp/kommuner.csv"
same "$tmp/kommuner.csv" "$src/data/kommuner.csv" again
"$bin/bosett-import" --quiet --county-totals \
	counties-2025.json \
	imdi_nokkeltall_bosetting_2026_fylke.csv \
	-o "$tmp/fylke_anmodning.csv" || exit 1
same "$tmp/fylke_anmodning.csv" "$src/data/fylke_anmodning.csv"
# the checks of data/README.md
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	{ n++; r += $c["requested_prev"] }
	END { if (n != 357 || r != 12640) { print "kommuner.csv: " n " rows, requested_prev " r; exit 1 } }' \
	"$src/data/kommuner.csv" || exit 1
awk -F, 'NR > 1 { s += $4 } END { if (s != 13000) { print "fylke_anmodning.csv: " s; exit 1 } }' \
	"$src/data/fylke_anmodning.csv" || exit 1
echo "data/kommuner.csv, kommuner.json, kommune_crosswalk.csv and fylke_anmodning.csv rebuilt byte for byte"
