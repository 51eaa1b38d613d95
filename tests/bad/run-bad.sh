#!/bin/sh
# Run one bad-input case, or list the cases:
#   sh tests/bad/run-bad.sh CASES.tsv NAME BIN SRC
#   sh tests/bad/run-bad.sh --list CASES.tsv...
# A case is one line of a tests/bad/*.tsv file, TAB-separated:
#   name  tool  args  input  exit  stderr
# The tool runs with sh in an empty temporary directory holding a copy of
# the input (tests/bad/inputs/INPUT; "gen:NAME" is made by gen.sh instead;
# "-" for none) and a link "inputs" to tests/bad/inputs for other files:
#   cd TMP && TOOL ARGS
# The case passes when the exit status is EXIT and the first line of
# standard error is STDERR exactly ("-" for an empty standard error). A
# failed run (EXIT not 0) must also write nothing to standard output and
# leave the directory as it was: no file added (no partial output, no
# temporary) and the input unchanged (an existing -o FILE kept whole).
# BIN may be a directory of wrappers (tests/reliability/valgrind-shim.sh).
# A tool that is not built is skipped (exit 77).
if [ "$1" = --list ]; then
	shift
	awk -F '\t' '!/^#/ && NF >= 6 { print $1 }' "$@"
	exit 0
fi
cases=$1 name=$2 bin=$3 src=$4
here=$(cd "$(dirname "$0")" && pwd)
line=$(awk -F '\t' -v n="$name" '!/^#/ && $1 == n { print; exit }' "$cases")
[ -n "$line" ] || { echo "no case $name in $cases"; exit 1; }
field() { printf '%s\n' "$line" | awk -F '\t' -v i="$1" '{ print $i }'; }
tool=$(field 2) args=$(field 3) input=$(field 4) want_rc=$(field 5) want_err=$(field 6)
[ -x "$bin/$tool" ] || { echo "$tool not built: skipped"; exit 77; }
[ $want_rc = 77 ] && { echo "exit 77 is the skip status: expect another"; exit 1; }

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
mkdir run && cd run || exit 1
ln -s "$here/inputs" inputs
case $input in
-) ;;
gen:*) sh "$here/gen.sh" "${input#gen:}" >"${input#gen:}" || exit 1 ;;
*) cp "$here/inputs/$input" . || exit 1 ;;
esac
ls -A >"$tmp/before"
PATH=$bin:$PATH LC_ALL=C sh -c "$tool $args" </dev/null >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?
[ $rc = 77 ] && { cat "$tmp/stderr"; exit 77; } # a wrapper's "not built"
ls -A >"$tmp/after"
got_err=$(head -n 1 "$tmp/stderr")
[ "$want_err" = - ] && want_err=
fail=0
if [ "$rc" != "$want_rc" ]; then
	echo "exit status $rc, expected $want_rc"
	fail=1
fi
if [ "$got_err" != "$want_err" ]; then
	printf 'stderr:   %s\nexpected: %s\n' "$got_err" "$want_err"
	fail=1
fi
if [ -z "$want_err" ] && [ -s "$tmp/stderr" ]; then
	echo "unexpected stderr:"; head -5 "$tmp/stderr"
	fail=1
fi
if [ "$want_rc" != 0 ]; then
	if [ -s "$tmp/stdout" ]; then
		echo "a failed run wrote to standard output:"; head -c 300 "$tmp/stdout"; echo
		fail=1
	fi
	if ! cmp -s "$tmp/before" "$tmp/after"; then
		echo "a failed run left files behind:"; diff "$tmp/before" "$tmp/after"
		fail=1
	fi
	case $input in
	-|gen:*) ;;
	*) cmp -s "$here/inputs/$input" "$input" || { echo "a failed run changed $input"; fail=1; } ;;
	esac
fi
[ $fail = 0 ] || { echo "case: $tool $args"; sed 1d "$tmp/stderr" | head -5; }
exit $fail
