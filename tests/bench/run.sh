#!/bin/sh
# run.sh - the benchmark (issue 8): the same model solved three ways, with
# wall time and peak memory, printed as a Markdown table with the ratios.
#   bosett   bosett-solve end to end (read CSV, build, solve, explain, write
#            the result with -o, which syncs it to disk)
#   glpsol   glpsol on bosett-solve's --write-lp file (written apart, not
#            timed): the GLPK floor
#   CBC      cbc on the same LP file
#   PuLP     tests/bench/pulp_model.py: PuLP + CBC building and solving the
#            same model from the same CSV, as an analyst would script it
# Instances (fixed seed, tests/bench/gen_instance.py): the bundled national
# table with a SYNTHETIC score column, each county at its 2025 request, the
# whole country at 100, 500, 5,025, 35,000 and 38,000, a 100-scenario national sweep, and
# SYNTHETIC instances of 1,000, 10,000 and 100,000 municipalities with commuting
# regions (pooled jobs), minors and scores. Every solver stops after LIMIT
# seconds (default 60); 10,000 and 100,000 also with --approximate (no
# proof; the gap is the distance from the bound of the method that
# answered, and the peers' columns are those of the row above). No rule prices (--no-rule-prices) in the three-way
# rows, since the other two solve the model once; the "+prices" column is
# bosett-solve's default run, which prices the rules with three more solves.
#
#   tests/bench/run.sh [BUILD_DIR]     (default: build; needs glpsol,
#                                       /usr/bin/python3 with pulp, cbc)
#   QUICK=1  skip the 10,000- and 100,000-municipality instances
#   SIZES="1000 10000 100000"  the synthetic sizes; NATIONAL=0 skips the
#            bundled table's rows
#   LIMIT=S  time limit of every solve (default 60)
# The 100,000-municipality instance is no bosett-data(5) file (kommunenummer
# has 4 digits): its bosett leg is bench-lib, the library on a table built
# in memory, and the time excludes nothing but bosett-solve's CSV checks.
#   PROFILE=1  also profile the national problem with callgrind
#   REPS=N  runs of each leg, paired (bosett, glpsol, CBC, PuLP in turn, N
#           times; default 5, 1 for the 10,000- and 100,000-municipality
#           rows): the table gives medians of seconds and the most MB
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
BIN=$BUILD/bin
PY=/usr/bin/python3
LIMIT=${LIMIT:-60}
REPS=${REPS:-5}
HARD=$((LIMIT + 30))   # glpsol's LP and PuLP's model building ignore LIMIT
SIZES=${SIZES:-1000 10000 100000}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT INT TERM

for tool in "$BIN/bosett-solve" glpsol cbc /usr/bin/time; do
	command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: $tool: not found (apt-get install glpk-utils coinor-cbc python3-pulp time)" >&2; exit 2; }
done
$PY -c 'import pulp' 2>/dev/null || { echo "run.sh: python3-pulp is not installed" >&2; exit 2; }

# timed CMD...: runs it, leaves "seconds peak_MB" in $W/t (wall time from
# date's nanoseconds: /usr/bin/time rounds to 10 ms; peak RSS from time)
timed() {
	t0=$(date +%s%N)
	/usr/bin/time -f '%M' -o "$W/t.raw" "$@" || true
	t1=$(date +%s%N)
	tail -n 1 "$W/t.raw" | awk -v ns=$((t1 - t0)) '{ printf "%.3f %.1f\n", ns / 1e9, $1 / 1024 }' >"$W/t"
}
secs() { cut -d' ' -f1 "$W/t"; }
# keep LEG: remember the last timing of a leg; med LEG: the median of them
keep() { cut -d' ' -f1 "$W/t" >>"$W/$1.s"; cut -d' ' -f2 "$W/t" >>"$W/$1.m"; }
med() { [ -s "$W/$1.s" ] || { echo -; return; }; sort -n "$W/$1.s" | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print "-" }'; }
medmb() { [ -s "$W/$1.m" ] || { echo -; return; }; sort -n "$W/$1.m" | awk '{ a[NR] = $1 } END { if (NR) print a[NR]; else print "-" }'; }
mb() { cut -d' ' -f2 "$W/t"; }
# ratio PEER_S BOSETT_S [PEER_STATUS]: a peer that did not finish gives a
# lower bound (">=")
ratio() { awk -v a="$1" -v b="$2" -v st="${3:-optimal}" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%s%.1f", (st == "optimal" ? "" : ">="), a / b }'; }
same() {  # objectives agree to 1e-6 relative (the LP file keeps 15 digits)
	awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "") print "?"; else { d = a - b; if (d < 0) d = -d; m = a < 0 ? -a : a; print (d <= 1e-6 * (1 + m)) ? "yes" : "NO" } }'
}

# one instance, three ways: NAME FILE QUOTA EM [COUNTY]; with LIB=1 the
# bosett leg is bench-lib (the library on an in-memory table), for files
# that bosett-data(5) cannot hold; with NOPRICES=1 no "+prices" run
row() {
	name=$1 file=$2 q=$3 em=$4 county=${5:-}
	sel= ; [ -n "$county" ] && sel="--county $county"
	emopt= ; [ "$em" -gt 0 ] && emopt="--em $em"
	# shellcheck disable=SC2086
	n=$(if [ -n "$county" ]; then awk -F, -v c="$county" 'NR > 1 && $3 == c' "$file" | wc -l; else tail -n +2 "$file" | wc -l; fi)
	reps=$REPS
	[ "$n" -ge 10000 ] && reps=1
	rm -f "$W"/[bpgkc].[sm]
	for rep in $(seq "$reps"); do
	rm -f "$W/m.lp"
	if [ "${LIB:-0}" = 1 ]; then
		# shellcheck disable=SC2086
		lp="$W/m.lp"
		[ "${PEERS:-1}" = 0 ] && lp=
		# shellcheck disable=SC2086
		timed "$BUILD/tests/bench/bench-lib" ${APPROX:+--approximate} "$file" "$q" "$em" "$LIMIT" $lp >"$W/lib.out"
		keep b
		bobj=$(sed -n 's/.*objective=\([^ ]*\).*/\1/p' "$W/lib.out")
		bst=$(sed -n 's/.*status=\([^ ]*\).*/\1/p' "$W/lib.out")
		bgap=$(sed -n 's/.*gap=\([^ ]*\).*/\1/p' "$W/lib.out")
		[ "$bst" = none ] && bobj=
	else
		# shellcheck disable=SC2086
		timed "$BIN/bosett-solve" -q "$q" $emopt $sel ${APPROX:+--approximate} --no-rule-prices --time-limit "$LIMIT" --quiet -f json \
			-o "$W/b.json" "$file"
		keep b
		# the peers' LP file, written apart (not timed)
		# shellcheck disable=SC2086
		[ "${PEERS:-1}" = 0 ] || "$BIN/bosett-solve" -q "$q" $emopt $sel ${APPROX:+--approximate} --no-rule-prices \
			--time-limit "$LIMIT" --quiet -o /dev/null --write-lp "$W/m.lp" "$file" || true
		bobj=$(grep -o '"solve.objective":"[^"]*"' "$W/b.json" 2>/dev/null | cut -d'"' -f4 || true)
		bst=$(grep -o '"solve.status":"[^"]*"' "$W/b.json" 2>/dev/null | cut -d'"' -f4 || echo failed)
		bgap=$(grep -o '"solve.gap":"[^"]*"' "$W/b.json" 2>/dev/null | cut -d'"' -f4 || true)
		rm -f "$W/b.json"
	fi
	if [ -n "${APPROX:-}" ] && [ "$bst" = optimal ]; then
		bst="optimal (the exact algorithm answered)"
	elif [ -n "${APPROX:-}" ]; then
		bst="approximate, gap $(awk -v g="$bgap" 'BEGIN { printf "%.2f %%", 100 * g }')"
	elif [ "$bst" = time-limited ]; then
		bst="limit, gap $(awk -v g="$bgap" 'BEGIN { printf "%.2f %%", 100 * g }')"
	fi
	ps=-
	if [ "${NOPRICES:-0}" != 1 ]; then
		# shellcheck disable=SC2086
		timed "$BIN/bosett-solve" -q "$q" $emopt $sel --time-limit "$LIMIT" --quiet -o "$W/p.csv" "$file"
		keep p
	fi
	if [ "${PEERS:-1}" = 0 ]; then
		gst="(row above)" gobj= kst="(row above)" kobj=
	elif [ -s "$W/m.lp" ]; then
		rm -f "$W/g.txt"
		timed timeout "$HARD" glpsol --lp "$W/m.lp" --tmlim "$LIMIT" -o "$W/g.txt" >/dev/null
		keep g
		gst=$(awk '/^Status:/ { $1 = ""; sub(/^ /, ""); print; exit }' "$W/g.txt" 2>/dev/null | tr 'A-Z' 'a-z')
		gobj=$(awk '/^Objective:/ { print $4; exit }' "$W/g.txt" 2>/dev/null || true)
		[ "$gst" = "integer optimal" ] && gst=optimal
		[ "$gst" = "integer undefined" ] && gst="none in ${LIMIT} s"
		[ "$gst" = "integer feasible" ] && gst="time-limited"
		[ "$gst" = "integer non-optimal" ] && gst="time-limited"
		[ "$gst" = optimal ] || gobj=
		[ -n "$gst" ] || gst="stopped at $HARD s"
		rm -f "$W/g.txt"
		# CBC on the same LP file
		timed timeout "$HARD" cbc "$W/m.lp" sec "$LIMIT" solve >"$W/c.txt" 2>&1
		keep k
		kst=$(awk '/^Result - / { sub(/^Result - /, ""); print tolower($0); exit }' "$W/c.txt")
		kobj=$(awk '/^Objective value:/ { print $3; exit }' "$W/c.txt")
		case $kst in
		"optimal solution found") kst=optimal ;;
		"stopped on time"*) kst="time-limited"; [ -n "$kobj" ] || kst="none in ${LIMIT} s" ;;
		"") kst="stopped at $HARD s" ;;
		esac
		[ "$kst" = optimal ] || kobj=
		rm -f "$W/c.txt"
	else
		gst="no LP" gobj= kst="no LP" kobj=
	fi
	if [ "${PEERS:-1}" = 0 ]; then
		cst="(row above)" cobj=
	else
		# shellcheck disable=SC2086
		BENCH_TIME_LIMIT=$LIMIT timed timeout "$HARD" $PY "$SRC/tests/bench/pulp_model.py" "$file" "$q" "$em" $sel \
			>"$W/py.out" 2>"$W/py.err"
		keep c
		cobj=$(sed -n 's/.*objective=\([^ ]*\).*/\1/p' "$W/py.out")
		cst=$(sed -n 's/.*status=\(.*\) build=.*/\1/p' "$W/py.out" | tr 'A-Z' 'a-z')
		[ "$cst" = "not solved" ] && cst="time-limited"
		[ -n "$cst" ] || cst="stopped at $HARD s"
		[ "$cst" = optimal ] || cobj=
	fi
	done
	bs=$(med b) bm=$(medmb b) ps=$(med p) gs=$(med g) ks=$(med k) cs=$(med c) cm=$(medmb c)
	rm -f "$W/m.lp"
	printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s/%s/%s |\n' \
		"$name" "$n" "$q" "$bs" "$bm" "$bst" "$ps" "$gs" "$gst" "$ks" "$kst" "$cs" "$cm" "$cst" \
		"$(ratio "$gs" "$bs" "$gst")" "$(ratio "$ks" "$bs" "$kst")" "$(ratio "$cs" "$bs" "$cst")" \
		"$(same "$bobj" "$gobj")" "$(same "$bobj" "$kobj")" "$(same "$bobj" "$cobj")"
}

echo "bosett benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$("$BIN/bosett-solve" --version); $(glpsol --version | head -n 1); $(cbc -quit 2>/dev/null | grep -m1 Version | sed 's/^ *//'); PuLP $($PY -c 'import pulp; print(pulp.__version__)')"
echo "scores are SYNTHETIC (fixed seed) in every row; the synthetic instances are made up entirely"
echo
echo "medians of $REPS paired runs (one for 10,000 municipalities and more); MB the most of them"
echo "| instance | municipalities | total | bosett s | MB | status | +prices s | glpsol s | status | CBC (LP file) s | status | PuLP+CBC s | MB | status | glpsol/bosett | CBC/bosett | PuLP/bosett | same objective (glpsol/CBC/PuLP) |"
echo "|---|---:|---:|---:|---:|---|---:|---:|---|---:|---|---:|---:|---|---:|---:|---:|---|"

$PY "$SRC/tests/bench/gen_instance.py" national "$SRC/data/kommuner.csv" "$W/norway.csv" >/dev/null
# each county at its 2025 IMDi request (the `requested_prev` column)
[ "${NATIONAL:-1}" = 1 ] && awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "requested_prev") r = i; next }
         { q[$3] += $r; name[$3] = $4 } END { for (c in q) print c, q[c], name[c] }' "$W/norway.csv" | sort |
while read -r c q fname; do
	row "$fname ($c)" "$W/norway.csv" "$q" 0 "$c"
done
if [ "${NATIONAL:-1}" = 1 ]; then
	for q in 100 500 5025 35000 38000; do
		row "Norway" "$W/norway.csv" "$q" 0
	done
fi
for n in $SIZES; do
	[ "${QUICK:-0}" = 1 ] && [ "$n" != 1000 ] && continue
	# shellcheck disable=SC2046
	set -- $($PY "$SRC/tests/bench/gen_instance.py" synthetic "$n" "$W/s$n.csv")
	lib=0
	[ "$n" -gt 10000 ] && lib=1
	LIB=$lib APPROX= NOPRICES=1 row "synthetic $n (regions, minors)" "$W/s$n.csv" "$1" "$2"
	if [ "$n" -ge 10000 ]; then
		# the peers' legs are those of the row above: the same model
		PEERS=0 LIB=$lib APPROX=1 NOPRICES=1 row "synthetic $n, --approximate" "$W/s$n.csv" "$1" "$2"
	fi
	rm -f "$W/s$n.csv"
done

echo
qs=$(seq -s, 100 100 10000)
[ "${NATIONAL:-1}" = 1 ] || exit 0
timed "$BIN/bosett-solve" -q "$qs" --no-rule-prices --quiet -o "$W/sweep.csv" "$W/norway.csv"
echo "national sweep, 100 scenarios (totals 100, 200, ..., 10,000; each the floor of the next): $(secs) s, $(mb) MB"

if [ "${PROFILE:-0}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
	echo
	echo "callgrind, Norway at 5,025 with rule prices (instructions, inclusive; the solver is mip,"
	echo "the dynamic programme and GLPK, and read_prices, the LP of the shadow prices):"
	valgrind --tool=callgrind --callgrind-out-file="$W/cg.out" "$BIN/bosett-solve" -q 5025 --quiet \
		-o "$W/cg.csv" "$W/norway.csv" 2>/dev/null
	callgrind_annotate --inclusive=yes "$W/cg.out" 2>/dev/null |
		grep -E ':(main|bosett_table_read_file|bosett_solver_run|optimise|mip|read_prices[.a-z0-9]*|build|bosett_table_write) \[' |
		sed 's/^/    /' | head -n 20
fi
