#!/bin/sh
# -o FILE is whole or untouched (src/cli/cli.c, cli_out_*): a run killed
# while it writes leaves an existing FILE as it was, and a run that fails
# or is stopped by a signal it can catch leaves no temporary file behind.
#   sh atomic-output.sh BIN SRC
# Three ways to stop bosett-solve in the middle of writing a large output:
#   1. the file-size limit (ulimit -f): the kernel stops the process with
#      SIGXFSZ in the middle of a write, at an exact place;
#   2. SIGTERM and SIGINT at spread-out moments of the run;
#   3. SIGKILL at spread-out moments: nothing can clean up after it, so
#      only FILE is checked (untouched, or the complete new result).
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
PATH=$bin:$PATH
export LC_ALL=C
fail=0 runs=0 stopped=0
sh "$here/make-table.sh" 9999 >in.csv
echo "old contents" >old
bosett-solve -q 0 in.csv >ref.csv || { echo "reference run failed"; exit 1; }
size=$(wc -c <ref.csv)
[ "$size" -gt 1000000 ] || { echo "reference output too small ($size bytes)"; exit 1; }

check() { # what: FILE must be old (or, with $1 = new-ok, the whole result)
	if cmp -s old out.csv; then :
	elif [ "$2" = new-ok ] && cmp -s ref.csv out.csv; then :
	else echo "$1: out.csv is neither the old file nor the whole result"; fail=1; fi
	strays=$(ls -A | grep -v -x -e in.csv -e old -e ref.csv -e out.csv -e err)
	if [ -n "$strays" ] && [ "$3" != strays-ok ]; then
		echo "$1: left behind: $strays"; fail=1
	fi
	rm -f $strays
	cp old out.csv
}

# 1. killed by the file-size limit halfway through (64 KB of about 1.2 MB)
cp old out.csv
(ulimit -f 128; exec bosett-solve -q 0 -o out.csv in.csv) 2>err
rc=$?
[ $rc = 0 ] && { echo "ulimit: the run was not stopped"; fail=1; }
check "ulimit -f (exit $rc)"

# 2. SIGTERM / SIGINT at moments spread over the run
for sig in TERM INT; do
	for delay in 0 0.005 0.01 0.015 0.02 0.03 0.04 0.05 0.06 0.07 0.08 0.09 0.1 0.12 0.15; do
		cp old out.csv
		bosett-solve -q 0 -o out.csv in.csv 2>/dev/null &
		pid=$!
		sleep $delay
		kill -$sig $pid 2>/dev/null
		wait $pid
		[ $? -gt 128 ] && stopped=$((stopped + 1))
		runs=$((runs + 1))
		check "SIG$sig after ${delay}s" new-ok
	done
done

# 3. SIGKILL: FILE untouched or whole; a temporary may be left (no handler runs)
for delay in 0 0.005 0.01 0.015 0.02 0.03 0.04 0.05 0.06 0.07 0.08 0.09 0.1 0.12 0.15; do
	cp old out.csv
	bosett-solve -q 0 -o out.csv in.csv 2>/dev/null &
	pid=$!
	sleep $delay
	kill -KILL $pid 2>/dev/null
	wait $pid
	[ $? -gt 128 ] && stopped=$((stopped + 1))
	runs=$((runs + 1))
	check "SIGKILL after ${delay}s" new-ok strays-ok
done

# 4. a complete run replaces FILE with exactly what standard output gets
cp old out.csv
bosett-solve -q 0 -o out.csv in.csv || fail=1
cmp -s ref.csv out.csv || { echo "-o FILE differs from standard output"; fail=1; }
cp old out.csv
check "after a complete run" new-ok
# 5. -o to something that is not a regular file is written to, never
#    replaced (a FIFO here; the same holds for /dev/null, not tried: a
#    regression would replace the machine's /dev/null)
mkfifo fifo
cat fifo >from-fifo &
bosett-solve -q 0 -o fifo in.csv || fail=1
wait
[ -p fifo ] || { echo "-o FIFO: the FIFO was replaced"; fail=1; }
cmp -s ref.csv from-fifo || { echo "-o FIFO: the reader did not get the result"; fail=1; }
rm -f fifo from-fifo

echo "$stopped of $runs runs were stopped by a signal before they ended; FILE was intact after each"
[ $fail = 0 ] && echo "atomic output: passed"
exit $fail
