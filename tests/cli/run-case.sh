#!/bin/sh
# Run one CLI golden case: tests/cli/cases/NAME.sh is run with sh in an
# empty temporary directory, the tools first on PATH, and its standard
# output, standard error and exit status compared with NAME.out, NAME.err
# and NAME.rc (an absent file means empty output, exit 0).
# Variables for the case: SRC (source tree), DATA (bundled data),
# SHARED (../shared/data; a case that needs it runs `need_shared` first).
# SOURCE_DATE_EPOCH is fixed (1 November 2026), so that a report, which is
# always dated, is the same every day; a case may unset it.
# BLESS=1 re-records the expected files instead of comparing.
case=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
bin=$(cd "$2" && pwd) src=$(cd "$3" && pwd) shared=$4
name=${case%.sh}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
SRC=$src DATA=$src/data SHARED=$shared/data PATH=$bin:$PATH LC_ALL=C SOURCE_DATE_EPOCH=1793491200 \
  sh -c 'need_shared() { [ -d "$SHARED" ] || { echo "no $SHARED: skipped" >&2; exit 77; }; }; . "$0"' "$case" \
  >stdout 2>stderr
rc=$?
[ $rc = 77 ] && { cat stderr; exit 77; }
if [ "${BLESS:-0}" = 1 ]; then
  if [ -s stdout ]; then cp stdout "$name.out"; else rm -f "$name.out"; fi
  if [ -s stderr ]; then cp stderr "$name.err"; else rm -f "$name.err"; fi
  if [ $rc != 0 ]; then echo $rc >"$name.rc"; else rm -f "$name.rc"; fi
  echo "blessed $name"
  exit 0
fi
fail=0
want_rc=0
[ -f "$name.rc" ] && want_rc=$(cat "$name.rc")
if [ "$rc" != "$want_rc" ]; then echo "exit status $rc, expected $want_rc"; fail=1; fi
for s in out err; do
  f=stdout; [ $s = err ] && f=stderr
  if [ -f "$name.$s" ]; then
    diff -u "$name.$s" $f || fail=1
  elif [ -s $f ]; then
    echo "unexpected std$s:"; head -20 $f; fail=1
  fi
done
exit $fail
