#!/bin/sh
# check-allocation.sh TOTAL MIN < CSV: the rules every allocation must meet,
# checked apart from the solver. The CSV holds kommunenr,cap,recommended,
# limit,binding (from bosett-solve --columns); prints what is wrong, exits 1.
total=$1 min=$2
awk -F, -v total="$total" -v min="$min" '
NR == 1 { next }
{
	n++; sum += $3
	if ($3 !~ /^[0-9]+$/) { print "line " NR ": not a whole number: " $3; bad = 1 }
	if ($3 != 0 && $3 < min) { print "line " NR ": " $1 " gets " $3 ", below the minimum " min; bad = 1 }
	if ($3 > $2) { print "line " NR ": " $1 " gets " $3 ", above its cap " $2; bad = 1 }
	if ($4 == "" || $5 == "") { print "line " NR ": " $1 " has no reason"; bad = 1 }
}
END {
	if (n == 0) { print "no rows"; exit 1 }
	if (sum != total) { print "the numbers add up to " sum ", not " total; bad = 1 }
	exit bad
}'
