#!/bin/sh
# The exports of libbosett.so are exactly the public API: every function
# declared in include/bosett/*.h carries BOSETT_API, and the shared library
# exports those functions and nothing else (the library is built with
# -fvisibility=hidden, src/lib/CMakeLists.txt).
#   sh exports.sh LIBBOSETT.SO SRC
lib=$1 src=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
# A prototype starts in column 0 and names a bosett_ function before its "(".
grep -hE '^[A-Za-z].*\bbosett_[a-z0-9_]+ ?\(' "$src"/include/bosett/*.h |
	grep -vE '^(typedef|#)' >"$tmp/protos"
[ -s "$tmp/protos" ] || { echo "no prototypes found in $src/include/bosett"; exit 1; }
if grep -v '^BOSETT_API ' "$tmp/protos" >"$tmp/unmarked"; then
	echo "public prototypes without BOSETT_API:"; cat "$tmp/unmarked"; fail=1
fi
sed -E 's/^[^(]*\b(bosett_[a-z0-9_]+) ?\(.*/\1/' "$tmp/protos" | sort -u >"$tmp/declared"
nm -D --defined-only "$lib" | awk '{ print $3 }' | grep -v '^_' | sort -u >"$tmp/exported" ||
	{ echo "nm -D $lib failed"; exit 1; }
if comm -13 "$tmp/declared" "$tmp/exported" | grep . >"$tmp/extra"; then
	echo "exported but not in include/bosett (mark them static, or make them public):"
	cat "$tmp/extra"; fail=1
fi
if comm -23 "$tmp/declared" "$tmp/exported" | grep . >"$tmp/missing"; then
	echo "declared in include/bosett but not exported (not defined, or not BOSETT_API):"
	cat "$tmp/missing"; fail=1
fi
[ $fail = 0 ] && echo "$(wc -l <"$tmp/exported") functions exported, all of them the public API"
exit $fail
