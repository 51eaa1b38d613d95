# The smallest scenario of a sweep has no floor from a smaller one, so at
# the bundled table (where no per-capita ceiling binds in Vestland) its
# numbers are the plain run's at the same total: the criteria targets rest
# on the anchor scaled to each scenario's own total (before, to the largest:
# Bergen 286 at 1474 beside 2000, 236 alone).
bosett-solve --quiet --county 46 -q 1474 --columns kommunenr,recommended "$DATA/kommuner.csv" > plain.csv
bosett-solve --quiet --county 46 -q 1474,2000 --columns kommunenr,recommended_q1474 "$DATA/kommuner.csv" > sweep.csv
tail -n +2 plain.csv > a; tail -n +2 sweep.csv > b
cmp -s a b && echo "the smallest scenario is the plain run: $(wc -l < a) municipalities" || diff a b
grep '^4601,' sweep.csv
