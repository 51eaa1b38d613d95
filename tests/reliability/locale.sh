#!/bin/sh
# Outputs are byte-identical from run to run and across locales: LC_ALL=C,
# C.UTF-8, nb_NO.UTF-8 (decimal comma, Norwegian collation), LANG alone, and
# another time zone. nb_NO.UTF-8 is generated with localedef into a
# temporary LOCPATH when the system does not have it; where that cannot be
# done the test is skipped (exit 77). The tools never call setlocale; the
# library's user may: LOCALE_SOLVE (tests/api/locale_solve.c) calls
# setlocale(LC_ALL, "") and solves a county through libbosett, so that the
# environment's locale is in force in the library for real.
#   sh locale.sh BIN SRC LOCALE_SOLVE
bin=$1 src=$2 api=$3
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
PATH=$bin:$PATH
unset LC_ALL LANG LANGUAGE LC_NUMERIC LC_CTYPE LC_COLLATE LC_MESSAGES LC_TIME TZ

if [ "$(LC_ALL=nb_NO.UTF-8 locale decimal_point 2>/dev/null)" = , ]; then
	:
elif localedef -i nb_NO -f UTF-8 "$tmp/loc/nb_NO.UTF-8" >/dev/null 2>&1 ||
     { mkdir -p "$tmp/loc" && localedef -i nb_NO -f UTF-8 "$tmp/loc/nb_NO.UTF-8" >/dev/null 2>&1; }; then
	export LOCPATH="$tmp/loc"
else
	echo "no nb_NO.UTF-8 locale and localedef cannot make one: skipped"
	exit 77
fi
if [ "$(LC_ALL=nb_NO.UTF-8 locale decimal_point 2>/dev/null)" != , ]; then
	echo "nb_NO.UTF-8 is not in effect (no decimal comma): skipped"
	exit 77
fi

# a table with decimals, Norwegian letters and codes out of order; a model
# with fractional weights: every number format is exercised
cat >in.csv <<'T'
kommunenr;kommune;population;score;decided_prev;housing_units
1508;Ålesund;67114;0,75;35;40
1505;Kristiansund;24404;1,25;20;.
1506;Molde;32989;-0,5;:;12
1580;Haram;9000;0,125;.;8
1507;Ørsta;10000;0;5;3
T
printf '{"name":"locale test","min_settle":5,"max_per_1000":2.5,"fairness_weight":0.75,"continuity":{"band":0.1,"weight":0.3}}\n' >model.json

run() { # label, then environment assignments
	label=$1
	shift
	mkdir -p "$label"
	env "$@" bosett-solve -q 77 -m model.json in.csv >"$label/csv" 2>"$label/csv.err"
	env "$@" bosett-solve -q 77 -m model.json -f json in.csv >"$label/json" 2>"$label/json.err"
	env "$@" bosett-solve -q 77 -m model.json -o "$label/out.csv" in.csv 2>"$label/o.err"
	env "$@" bosett-solve -q 77 -m model.json no-such.csv >/dev/null 2>"$label/missing.err"
	env "$@" bosett-solve -q 77 in.csv in.csv >/dev/null 2>"$label/usage.err"
	env "$@" bosett-solve --help >"$label/help"
	mkdir -p "$label/api"
	env "$@" "$api" - "$src/data/kommuner.csv" "$src/data/fylke_anmodning.csv" 15 "$label/api" >"$label/api.point" ||
		echo "$label: locale_solve failed" >>failures
}
run c LC_ALL=C
run c-again LC_ALL=C
run c-utf8 LC_ALL=C.UTF-8
run nb LC_ALL=nb_NO.UTF-8
run nb-lang LANG=nb_NO.UTF-8
run nb-numeric LC_ALL= LANG=C LC_NUMERIC=nb_NO.UTF-8 LC_COLLATE=nb_NO.UTF-8
run nb-tz LC_ALL=nb_NO.UTF-8 TZ=Pacific/Chatham

fail=0
[ -s failures ] && { cat failures; fail=1; }
# the library's user really ran with a decimal comma under nb_NO.UTF-8
grep -qx 'decimal_point ,' nb/api.point || { echo "locale_solve saw no decimal comma under nb_NO.UTF-8"; fail=1; }
[ -s c/csv ] && [ -s c/json ] || { echo "the reference run wrote nothing"; cat c/csv.err; exit 1; }
# the messages are in the language of LC_MESSAGES (bokmål under nb_NO, as
# the tools' ENVIRONMENT section says), the same under every other setting
for d in c-again c-utf8 nb nb-lang nb-numeric nb-tz; do
	for f in csv json out.csv csv.err json.err o.err missing.err usage.err help \
	         api/table.csv api/table.json api/model.lp api/report.html api/report.json api/report.md api/report.txt; do
		ref=c
		case $d/$f in nb-lang/*.err|nb-tz/*.err) ref=nb ;; esac
		case $d/$f in nb/missing.err|nb/usage.err) continue ;; esac
		if ! cmp -s "$ref/$f" "$d/$f"; then
			echo "$d/$f differs from $ref:"
			diff "$ref/$f" "$d/$f" | head -10
			fail=1
		fi
	done
done
grep -q 'finnes ikke' nb/missing.err || { echo "nb_NO.UTF-8: the message is not in bokmål:"; cat nb/missing.err; fail=1; }
cmp -s c/csv c/out.csv || { echo "-o output differs from standard output"; fail=1; }
[ $fail = 0 ] && echo "locale: 7 runs of 16 outputs each (7 of a program that calls setlocale), all byte-identical"
exit $fail
