#!/bin/sh
# Issue 24: a total that the regional limits cannot hold is answered from
# the limits' sum, at once, and --allow-shortfall places that sum, with a
# time limit too (it exited 3). On the synthetic 10,000-municipality table
# of tests/bench/gen_instance.py (made-up figures, seed 2021), the regional
# limits hold 244,541 people: -q 244541 is solved, -q 244542 ran past 110 s,
# and with --time-limit 20 for 38 s. Not a timed test: each run must end
# (a generous timeout) with the right outcome.
#   sh regional-total.sh BIN SRC
bin=$1 src=$2
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
command -v timeout >/dev/null || { echo "timeout missing: skipped"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
PATH=$bin:$PATH
export LC_ALL=C
fail=0
python3 "$src/tests/bench/gen_instance.py" synthetic 10000 s.csv >/dev/null || exit 1
run() { rm -f out.json; timeout 120 bosett-solve "$@" -f json -o out.json s.csv 2>err; }

run -q 244541; rc=$?
echo "-q 244541: exit $rc"
[ $rc = 0 ] || { cat err; fail=1; }

run -q 244542; rc=$?
echo "-q 244542: exit $rc: $(cat err)"
[ $rc = 3 ] || fail=1
[ "$(wc -l <err)" = 1 ] || { echo "  not one line"; fail=1; }
grep -q 'more than the 244541 that the caps and the regional limits allow (short by 1' err || fail=1
[ -e out.json ] && { echo "  output written"; fail=1; }

for limit in "" "--time-limit 5"; do
	run -q 244542 --allow-shortfall $limit; rc=$?
	echo "-q 244542 --allow-shortfall $limit: exit $rc"
	[ $rc = 0 ] || { cat err; fail=1; continue; }
	grep -q '"solve.status":"shortfall"' out.json || { echo "  status not shortfall"; fail=1; }
	grep -q '"solve.shortfall":"1"' out.json || { echo "  shortfall not 1"; fail=1; }
	rm -f out.json
done

# a limit smaller than the search: a time-limited answer or exit 1, never a hang
run -q 200000 --em 4601 --time-limit 1; rc=$?
echo "-q 200000 --em 4601 --time-limit 1: exit $rc"
[ $rc = 0 ] || [ $rc = 1 ] || { cat err; fail=1; }
[ $fail = 0 ] && echo "regional total: passed"
exit $fail
