# glpsol on the --write-lp file reproduces bosett-solve's objective.
command -v glpsol >/dev/null || { echo "no glpsol: skipped" >&2; exit 77; }
bosett-solve -q 432 --county 15 --write-lp m.lp -f json -o out.json "$DATA/kommuner.csv" || exit 1
ours=$(sed -n 's/.*"solve.objective":"\([^"]*\)".*/\1/p' out.json)
glpsol --lp m.lp -o m.txt >/dev/null || exit 1
theirs=$(sed -n 's/^Objective: *value = \([^ ]*\).*/\1/p' m.txt)
awk -v a="$ours" -v b="$theirs" 'BEGIN { d = a - b; if (d < 0) d = -d; if (d > 1e-5) { print "bosett " a ", glpsol " b; exit 1 } print "objectives agree" }'
