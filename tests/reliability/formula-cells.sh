#!/bin/sh
# Spreadsheet safety through the tool: in CSV output, a text cell that a
# spreadsheet would run as a formula (first character =, +, -, @, TAB or CR)
# is quoted with a leading apostrophe; numbers (-0.5) stay numbers; the
# JSON document keeps the text as it was. Compared with formula-cells.expected.
#   sh formula-cells.sh BIN SRC
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" && cp "$here/formula-cells.csv" in.csv || exit 1
{
	LC_ALL=C "$bin/bosett-solve" -q 60 --columns kommunenr,kommune,x_note,score,recommended in.csv
	LC_ALL=C "$bin/bosett-solve" -q 60 --columns kommunenr,kommune,x_note,score -f json in.csv |
		sed -n '/^"columns"/,$p'
} >out 2>&1
if [ "${BLESS:-0}" = 1 ]; then cp out "$here/formula-cells.expected"; exit 0; fi
diff -u "$here/formula-cells.expected" out
