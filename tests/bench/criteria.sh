#!/bin/sh
# criteria.sh - the speed of issue 20's criteria (a benchmark, never a
# timed test): the median wall time and the CPU time (user + system) of
# REPS runs of each of
#   national    bosett-solve at 13,000 on the bundled table, the default
#               model with the criteria, rule prices and proven reasons
#   counties    the 15 county solves at IMDi's 2026 requests, one after another
#   tradeoff    bosett-solve --tradeoff for Møre og Romsdal (15 solves)
#   backtest    bosett-backtest 2012-2021 and 2025 with the criteria
#               inputs and three placebos (../shared/data; REPS=1)
# Targets of issue 20: 0.05 s, -, 0.1 s, 10 s.
#   tests/bench/criteria.sh [BUILD_DIR]     REPS=N (default 5)
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
BIN=$BUILD/bin
REPS=${REPS:-5}
SHARED=$SRC/../shared/data
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT INT TERM
cd "$SRC"

# run NAME REPS CMD...: median wall seconds and median CPU seconds
run() {
	name=$1 reps=$2
	shift 2
	: >"$W/times"
	i=0
	while [ $i -lt "$reps" ]; do
		t0=$(date +%s%N)
		/usr/bin/time -f '%U %S' -o "$W/cpu" "$@" >/dev/null 2>&1
		t1=$(date +%s%N)
		awk -v ns=$((t1 - t0)) '{ printf "%.4f %.4f\n", ns / 1e9, $1 + $2 }' "$W/cpu" >>"$W/times"
		i=$((i + 1))
	done
	sort -n "$W/times" | awk -v name="$name" '{ w[NR] = $1 } END { m = w[int((NR + 1) / 2)]; printf "%-10s wall %.4f s", name, m }'
	sort -n -k2 "$W/times" | awk '{ c[NR] = $2 } END { printf "  cpu %.4f s (median of %d)\n", c[int((NR + 1) / 2)], NR }'
}

# the 15 counties one after another, as a script /usr/bin/time can run
cat >"$W/counties.sh" <<EOS
for c in \$(cut -d, -f1 data/fylke_anmodning.csv | tail -n +2); do
	"$BIN/bosett-solve" --quiet --county "\$c" -o "$W/c.csv" data/kommuner.csv || exit 1
done
EOS

echo "uptime: $(uptime)"
run national "$REPS" "$BIN/bosett-solve" --quiet -q 13000 -o "$W/n.csv" data/kommuner.csv
run counties "$REPS" sh "$W/counties.sh"
run tradeoff "$REPS" "$BIN/bosett-solve" --tradeoff --county 15 -o "$W/t.csv" data/kommuner.csv
if [ -d "$SHARED" ]; then
	S=$SHARED
	run backtest 1 "$BIN/bosett-backtest" -q --national -y 2012-2021,2025 -o "$W/b.csv" \
		"$S/municipalities-2025.json" "$S/counties-2025.json" data/kommune_crosswalk.csv \
		"$S/ba_regions_2024.tsv" "$S/imdi_bosatt_anmodede_1995-2021.csv" \
		"$S/imdi_nokkeltall_bosetting_2024.csv" "$S/imdi_nokkeltall_bosetting_2025.csv" \
		"$S/imdi_flyktning_botid_flytting_2022.csv" "$S/ssb11618_employed_15-74_2020-2022_k2020.csv" \
		"$S/nav_hl060_helt_ledige_kommune_prosent_2022.csv" "$S/ssb07459_population_by_age_2023_k2020.csv" \
		"$S/imdi_intro_status_arbutd_kommune_2011-2013.csv" "$S/imdi_intro_status_arbutd_kommune_2014.csv" \
		"$S/udir_gsi_elever_2025-26.json" "$S/imdi_tilskudd_kommune_2022-2023.xlsx"
else
	echo "backtest   skipped: no $SHARED"
fi
