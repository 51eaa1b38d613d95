#!/bin/sh
# The county totals file (fylke_anmodning.csv, or the one in
# $BOSETT_DATADIR) is held to the range of -q: a total of
# 9223372036854775807 ran for as long as it was let run and 10^9 was
# accepted; "abc", "-5", "10.5" and "nan" gave "bosett-solve: ; give the
# total with -q"; two rows for one county and year silently took the
# first. Each is now one line naming the file, the line and the value,
# exit 1, at once. The figures are made up.
#   sh county-totals.sh BIN SRC
bin=$1 src=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
PATH=$bin:$PATH
export LC_ALL=C BOSETT_DATADIR="$tmp"
fail=0
cp "$src/tests/bad/inputs/three.csv" t.csv || exit 1
check() { # TOTAL-FIELD EXPECTED-MESSAGE
	printf 'fylkenr,fylke,year,requested\n15,Møre og Romsdal,2026,%s\n' "$1" >fylke_anmodning.csv
	timeout 10 bosett-solve --county 15 t.csv >out 2>err
	rc=$?
	got=$(cat err)
	if [ $rc != 1 ] || [ "$got" != "bosett-solve: $tmp/fylke_anmodning.csv:2: column 'requested': $2; give the total with -q" ]; then
		echo "total $1: exit $rc: $got"
		fail=1
	fi
	[ -s out ] && { echo "total $1: output written"; fail=1; }
}
check 9223372036854775807 'out of range (0 to 100000000, as -q): "9223372036854775807"'
check 1000000000 'out of range (0 to 100000000, as -q): "1000000000"'
check -5 'out of range (0 to 100000000, as -q): "-5"'
check abc 'not a whole number: "abc"'
check 10.5 'not a whole number: "10.5"'
check nan 'not a whole number: "nan"'
printf 'fylkenr,fylke,year,requested\n15,Møre og Romsdal,2026,100\n46,Vestland,2026,50\n15,Møre og Romsdal,2026,200\n' >fylke_anmodning.csv
got=$(bosett-solve --county 15 t.csv 2>&1 >/dev/null)
[ "$got" = "bosett-solve: $tmp/fylke_anmodning.csv:4: and line 2: two totals for county 15 in 2026; give the total with -q" ] ||
	{ echo "a repeated county and year: $got"; fail=1; }
printf 'fylkenr,fylke,year,requested\n1,Møre og Romsdal,2026,100\n' >fylke_anmodning.csv
got=$(bosett-solve --county 15 t.csv 2>&1 >/dev/null)
[ "$got" = "bosett-solve: $tmp/fylke_anmodning.csv:2: column 'fylkenr': not a county number (two digits): \"1\"; give the total with -q" ] ||
	{ echo "a one-digit county: $got"; fail=1; }
# the largest total the range allows is read, and the run ends within 10 s
printf 'fylkenr,fylke,year,requested\n15,Møre og Romsdal,2026,100000000\n' >fylke_anmodning.csv
timeout 10 bosett-solve --county 15 t.csv >/dev/null 2>err
rc=$?
[ $rc = 0 ] || [ $rc = 1 ] || [ $rc = 3 ] || { echo "total 100000000: exit $rc"; cat err; fail=1; }
exit $fail
