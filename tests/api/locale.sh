#!/bin/sh
# A program that calls setlocale(LC_ALL, "nb_NO.UTF-8") (decimal comma)
# and then solves a county through libbosett writes the same bytes as
# under the C locale, and its JSON parses (issue 23). nb_NO.UTF-8 is made
# with localedef in a temporary LOCPATH when the system lacks it; the test
# is skipped (77) only where that cannot be done.
#   sh locale.sh LOCALE_SOLVE SRC
prog=$1 src=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
unset LC_ALL LANG LANGUAGE LC_NUMERIC LC_CTYPE LC_COLLATE LC_MESSAGES LC_TIME

if [ "$(LC_ALL=nb_NO.UTF-8 locale decimal_point 2>/dev/null)" != , ]; then
	mkdir -p "$tmp/loc" && localedef -i nb_NO -f UTF-8 "$tmp/loc/nb_NO.UTF-8" >/dev/null 2>&1
	export LOCPATH="$tmp/loc"
fi
mkdir "$tmp/c" "$tmp/nb"
set -- "$src/data/kommuner.csv" "$src/data/fylke_anmodning.csv" 15
"$prog" C "$@" "$tmp/c" >"$tmp/c.point" || { echo "the C locale run failed"; exit 1; }
"$prog" nb_NO.UTF-8 "$@" "$tmp/nb" >"$tmp/nb.point"
rc=$?
[ $rc = 77 ] && { echo "no nb_NO.UTF-8 locale and localedef cannot make one: skipped"; exit 77; }
[ $rc = 0 ] || { echo "the nb_NO.UTF-8 run failed"; exit 1; }
# the program must really have run with a decimal comma
grep -qx 'decimal_point ,' "$tmp/nb.point" || { echo "nb_NO.UTF-8 gave no decimal comma:"; cat "$tmp/nb.point"; exit 77; }

fail=0
for f in "$tmp"/c/*; do
	name=${f##*/}
	if ! cmp -s "$f" "$tmp/nb/$name"; then
		echo "$name differs under nb_NO.UTF-8:"
		diff "$f" "$tmp/nb/$name" | head -6
		fail=1
	fi
done
n=$(ls "$tmp/c" | wc -l)
[ "$n" -ge 7 ] || { echo "only $n outputs written"; fail=1; }
# the JSON parses: with Python's strict parser where it is, else bosett-report's
for j in "$tmp"/nb/*.json; do
	if command -v python3 >/dev/null 2>&1; then
		python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$j" || { echo "${j##*/}: not JSON"; fail=1; }
	fi
done
[ $fail = 0 ] && echo "locale: $n outputs of a county solved under nb_NO.UTF-8 are byte-identical to C's; the JSON parses"
exit $fail
