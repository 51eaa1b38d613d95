#!/bin/sh
# Each input is read once, and its provenance (size, SHA-256) is that of
# the bytes parsed: a FIFO or a pipe named by path (/dev/stdin, <(cat f))
# has no second reading (the old way hung on a FIFO and recorded 0 bytes
# for a pipe).
#   sh read-once.sh BIN SRC
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
PATH=$bin:$PATH
export LC_ALL=C
fail=0
no() { echo "$*"; fail=1; }
sh "$here/make-table.sh" 30 >in.csv
printf '{"name": "read once", "min_settle": 10}\n' >model.json
size=$(wc -c <in.csv | tr -d ' ')
sum=$(sha256sum in.csv | cut -d' ' -f1)
msize=$(wc -c <model.json | tr -d ' ')
msum=$(sha256sum model.json | cut -d' ' -f1)
has() { # FILE NAME BYTES SHA: the document records that input
	grep -q "{\"file\":\"$2\",\"bytes\":$3,\"sha256\":\"$4\"}" "$1" || { no "$5: no input $2 of $3 bytes, $4"; sed -n '/"inputs"/,/\]/p' "$1"; }
}
for tool in solve score; do
	args=
	[ $tool = solve ] && args="-q 300 --no-rule-prices"
	# a FIFO: the input, and for solve the model
	rm -f fifo mfifo
	mkfifo fifo mfifo
	timeout 30 sh -c 'cat in.csv >fifo' &
	if [ $tool = solve ]; then
		timeout 30 sh -c 'cat model.json >mfifo' &
		timeout 30 bosett-solve $args -m ./mfifo -f json fifo >out.json || no "$tool FIFO: failed or hung"
	else
		timeout 30 bosett-score -f json fifo >out.json || no "$tool FIFO: failed or hung"
	fi
	wait
	has out.json fifo "$size" "$sum" "$tool FIFO"
	[ $tool = solve ] && has out.json mfifo "$msize" "$msum" "$tool model FIFO"
	# a pipe named by a path
	cat in.csv | timeout 30 bosett-$tool $args -f json /dev/stdin >out.json || no "$tool /dev/stdin: failed"
	has out.json stdin "$size" "$sum" "$tool pipe by path"
	# standard input itself, a pipe: recorded as <stdin>
	cat in.csv | timeout 30 bosett-$tool $args -f json >out.json || no "$tool stdin: failed"
	has out.json '<stdin>' "$size" "$sum" "$tool standard input"
done
[ $fail = 0 ] && echo "read once: passed"
exit $fail
