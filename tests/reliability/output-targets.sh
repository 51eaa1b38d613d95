#!/bin/sh
# -o and --write-lp written like the trusted tools write (src/cli/cli.c,
# cli_out_*): a device, a FIFO or a descriptor (/dev/stdout, a link to it)
# is written directly with one open and never renamed over; an existing
# file keeps its mode and its hard links; a run that fails commits nothing.
#   sh output-targets.sh BIN SRC
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
PATH=$bin:$PATH
export LC_ALL=C
fail=0
no() { echo "$*"; fail=1; }
sh "$here/make-table.sh" 40 >in.csv
bosett-solve -q 400 in.csv >ref.csv || { echo "reference run failed"; exit 1; }
bosett-solve -q 400 --write-lp ref.lp -o /dev/null in.csv || { echo "reference LP failed"; exit 1; }

# -o to a link to standard output (as /dev/stdout is) with standard output
# redirected to a file: the file gets the result (the old way renamed a
# new file over the link). Only links made here are tried: as root, a
# regression would replace the machine's /dev/stdout itself.
ln -s /proc/self/fd/1 link-to-stdout
ln -s link-to-stdout link-to-link
ln -s /proc/self/fd/2 link-to-stderr
bosett-solve -q 400 -o link-to-stdout in.csv >via-stdout.csv || no "-o link to stdout: failed"
[ -L link-to-stdout ] || no "-o link to stdout: the link was replaced"
cmp -s ref.csv via-stdout.csv || no "-o link to stdout: the redirect target lacks the result"
bosett-solve -q 400 -o link-to-link in.csv >via-link.csv || no "-o link to a link to stdout: failed"
[ -L link-to-link ] || no "-o link to a link to stdout: the link was replaced"
cmp -s ref.csv via-link.csv || no "-o link to a link to stdout: the redirect target lacks the result"
bosett-solve -q 400 --write-lp link-to-stderr -o /dev/null in.csv 2>via-stderr.lp || no "--write-lp link to stderr: failed"
[ -L link-to-stderr ] || no "--write-lp link to stderr: the link was replaced"
cmp -s ref.lp via-stderr.lp || no "--write-lp link to stderr: the redirect target lacks the LP"

# FIFOs, -o and --write-lp: one open each, so that a reader that reads one
# stream to its end gets it all (the old way opened the LP FIFO three times
# and hung); timeout keeps a regression from hanging the suite
for opt in -o --write-lp; do
	rm -f fifo from-fifo
	mkfifo fifo
	timeout 30 cat fifo >from-fifo &
	reader=$!
	if [ $opt = -o ]; then
		timeout 30 bosett-solve -q 400 -o fifo in.csv || no "-o FIFO: failed"
		want=ref.csv
	else
		timeout 30 bosett-solve -q 400 --write-lp fifo -o /dev/null in.csv || no "--write-lp FIFO: failed"
		want=ref.lp
	fi
	wait $reader
	[ -p fifo ] || no "$opt FIFO: the FIFO was replaced"
	cmp -s $want from-fifo || no "$opt FIFO: the reader did not get the whole output"
done

# an existing file keeps its mode; a file with hard links is rewritten, so
# that every name shows the result
echo old >mode.csv
chmod 600 mode.csv
bosett-solve -q 400 -o mode.csv in.csv || no "-o existing file: failed"
[ "$(stat -c %a mode.csv)" = 600 ] || no "-o existing file: mode $(stat -c %a mode.csv), not 600"
cmp -s ref.csv mode.csv || no "-o existing file: not the result"
echo old >linked.csv
ln linked.csv other-name.csv
bosett-solve -q 400 -o linked.csv in.csv || no "-o hard link: failed"
cmp -s ref.csv other-name.csv || no "-o hard link: the other name still shows the old contents"
[ "$(stat -c %h linked.csv)" = 2 ] || no "-o hard link: the link was broken"
# a symbolic link to a regular file stays a link; the file it names changes
echo old >real.csv
ln -s real.csv sym.csv
bosett-solve -q 400 -o sym.csv in.csv || no "-o symlink: failed"
[ -L sym.csv ] || no "-o symlink: the link was replaced by a file"
cmp -s ref.csv real.csv || no "-o symlink: the file linked to lacks the result"

# a run that fails commits nothing: neither output is written
echo keep >m.lp
echo keep >o.csv
bosett-solve -q 400 --write-lp m.lp -o o.csv --columns nope in.csv 2>err
[ $? = 2 ] || no "--columns nope: exit status not 2"
[ "$(cat m.lp)" = keep ] || no "--columns nope: m.lp rewritten by a failed run"
[ "$(cat o.csv)" = keep ] || no "--columns nope: o.csv rewritten by a failed run"
bosett-solve -m classic -q 100000 --write-lp m.lp -o o.csv in.csv 2>err
[ $? = 3 ] || no "infeasible run: exit status not 3"
[ "$(cat m.lp)" = keep ] || no "infeasible run: m.lp rewritten"
strays=$(ls -A | grep -v -x -e in.csv -e ref.csv -e ref.lp -e via-stdout.csv -e via-link.csv \
	-e link-to-stdout -e link-to-link -e link-to-stderr -e via-stderr.lp -e fifo -e from-fifo -e mode.csv -e linked.csv \
	-e other-name.csv -e real.csv -e sym.csv -e m.lp -e o.csv -e err)
[ -z "$strays" ] || no "left behind: $strays"
[ $fail = 0 ] && echo "output targets: passed"
exit $fail
