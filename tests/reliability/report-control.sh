#!/bin/sh
# A name with a newline, an escape sequence and a bell (control-chars.csv)
# reaches no report raw: in every format the control characters are made
# visible, and the Markdown and text tables keep one line per municipality.
#   sh report-control.sh BIN SRC
bin=$1 src=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
PATH=$bin:$PATH
export LC_ALL=C
fail=0
esc=$(printf '\033') bel=$(printf '\007')
for f in md txt roff html json; do
	bosett-report -f $f "$src/tests/reliability/control-chars.csv" >"$tmp/r.$f" || { echo "$f: failed"; fail=1; }
	if grep -q "[$esc$bel]" "$tmp/r.$f"; then
		echo "$f: a raw ESC or BEL in the report"; fail=1
	fi
done
for f in md txt; do
	grep -q '^[| ]*1505 .*Kristian sund.*x1b.*10' "$tmp/r.$f" || { echo "$f: the row of 1505 is not one line"; grep -n -A1 Kristian "$tmp/r.$f"; fail=1; }
done
grep -q '^sund' "$tmp/r.roff" && { echo "roff: a newline in a name starts a roff line"; fail=1; }
[ $fail = 0 ] && echo "report control characters: passed"
exit $fail
