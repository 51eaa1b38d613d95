# --approximate: no proof, but every rule holds (checked apart from the
# solver), the result is marked and the gap is noted.
bosett-solve -q 5025 --approximate --columns kommunenr,cap,recommended,limit,binding "$DATA/kommuner.csv" >out.csv &&
sh "$SRC/tests/cli/check-allocation.sh" 5025 10 <out.csv && echo ok
bosett-solve -q 5025 --approximate --quiet -f json "$DATA/kommuner.csv" |
grep -o '"solve\.\(status\|approximate\)":"[^"]*"'
# the exact algorithms answer where they apply: without regional limits and
# minors, and by blocks with them (above and here); where a region's limits
# count different members (jobs for some, school seats for others) the
# Lagrangian approximation answers, and its result is marked as such
bosett-solve -q 120 --em 10 --approximate --quiet -f json "$SRC/tests/cli/fixtures/regions.csv" |
grep -o '"solve\.\(status\|approximate\)":"[^"]*"'
bosett-solve -q 80 --approximate --quiet -f json "$SRC/tests/cli/fixtures/regions-crossing.csv" |
grep -o '"solve\.\(status\|approximate\)":"[^"]*"'
# and there its allocation is within 1 % of the proven optimum
opt=$(bosett-solve -q 80 --quiet -f json "$SRC/tests/cli/fixtures/regions-crossing.csv" |
	grep -o '"solve\.objective":"[^"]*"' | cut -d'"' -f4)
apx=$(bosett-solve -q 80 --approximate --quiet -f json "$SRC/tests/cli/fixtures/regions-crossing.csv" |
	grep -o '"solve\.objective":"[^"]*"' | cut -d'"' -f4)
awk -v o="$opt" -v a="$apx" 'BEGIN { m = o < 0 ? -o : o; if (o != "" && a != "" && o - a <= 0.01 * m) print "within 1 % of the optimum"; else print "not within 1 %: " a " against " o }'
