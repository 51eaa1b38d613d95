#!/bin/sh
# The shape of the library (issue 14, ../shared/STYLE.md "When a file grows"):
#   - no .c file of the library, the tools (src/bosett-*) or their shared
#     front end (src/cli) over 1,000 lines;
#   - no function over 150 lines, in the tools too;
#   - no number formatted or parsed under the caller's locale: strtod, atof
#     and the printf family with a floating conversion (%f %g %e) only in
#     src/lib/base/number.c; the library calls bosett_snprintf,
#     bosett_fprintf, bosett_strtod (number.h) instead;
#   - no two files of the library call each other, directly or in a loop:
#     the graph "file A calls a function defined in file B", read off the
#     compiled objects with nm, has no cycle.
# Usage: check.sh SOURCE_DIR OBJECT_DIR [--graph]
# With --graph it prints the module graph (one "a -> b" per line) and exits 0.
set -eu
src=$1 obj=$2 mode=${3:-check}
status=0

if [ "$mode" != --graph ]; then
	for f in $(find "$src/src/lib" "$src/src/cli" "$src"/src/bosett-* -name '*.c' | sort); do
		n=$(wc -l <"$f")
		if [ "$n" -gt 1000 ]; then
			echo "${f#$src/}: $n lines (limit 1000)"; status=1
		fi
		# Functions open with "{" in column 1 and close with "}" in column 1.
		awk -v file="${f#$src/}" '
			/^[A-Za-z_].*\(/ { sig = $0; sigline = FNR }
			/^\{/ { start = FNR; name = sig; sub(/\(.*/, "", name); sub(/.*[ *]/, "", name) }
			/^\}/ && start { len = FNR - start - 1
				if (len > 150) { printf "%s:%d: function %s: %d lines (limit 150)\n", file, sigline, name, len; bad = 1 }
				start = 0 }
			END { exit bad }' "$f" || status=1
	done
fi

# Numbers under the caller's locale (a line-level look: a call whose
# format string continues on the next line is not seen).
if [ "$mode" != --graph ]; then
	find "$src/src/lib" -name '*.c' ! -path '*/base/number.c' ! -path '*/po/*' | sort | xargs grep -nE \
		'(^|[^_[:alnum:]])(strtod|strtof|strtold|atof)[[:space:]]*\(|(^|[^_[:alnum:]])(printf|fprintf|sprintf|snprintf|vsnprintf|vfprintf)[[:space:]]*\(.*%[-+ #0-9.*]*[fFgGeE]' |
		sed "s|^$src/||; s|\$| (locale-dependent: use base/number.h)|" >"${TMPDIR:-/tmp}/bosett-numbers.$$" || true
	if [ -s "${TMPDIR:-/tmp}/bosett-numbers.$$" ]; then cat "${TMPDIR:-/tmp}/bosett-numbers.$$"; status=1; fi
	rm -f "${TMPDIR:-/tmp}/bosett-numbers.$$"
fi

# The module graph from the objects: defined and undefined symbols per file.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
find "$obj" -name '*.c.o' | sort | while read -r o; do
	m=${o#"$obj"/}; m=${m%.c.o}
	# objects of sources that no longer exist (a stale build) are not the library
	[ -f "$src/src/lib/$m.c" ] || continue
	nm -P --defined-only "$o" | awk -v m="$m" '$2 ~ /^[TDRB]$/ { print "D", m, $1 }'
	nm -P -u "$o" | awk -v m="$m" '{ print "U", m, $1 }'
done >"$tmp"
awk -v mode="$mode" '
	$1 == "D" { def[$3] = $2; next }
	{ use[NR] = $2 " " $3 }
	END {
		for (k in use) { split(use[k], a, " "); if (a[2] in def && def[a[2]] != a[1]) e[a[1] " " def[a[2]]] = 1 }
		for (k in e) { split(k, a, " "); adj[a[1]] = adj[a[1]] " " a[2]; node[a[1]]; node[a[2]] }
		if (mode == "--graph") { for (k in e) { split(k, a, " "); print a[1] " -> " a[2] }; exit 0 }
		# depth-first search for a back edge
		for (n in node) colour[n] = 0
		for (n in node) if (!colour[n]) dfs(n, "")
		exit bad
	}
	function dfs(n, path,    i, k, c, m) {
		colour[n] = 1
		k = split(adj[n], c, " ")
		for (i = 1; i <= k; i++) {
			m = c[i]
			if (colour[m] == 1) { print "cycle: " path n " -> " m; bad = 1 }
			else if (!colour[m]) dfs(m, path n " -> ")
		}
		colour[n] = 2
	}' "$tmp" | sort -u | { if [ "$mode" = --graph ]; then sort; else cat; fi; } >"$tmp.out"
if [ "$mode" = --graph ]; then cat "$tmp.out"; rm -f "$tmp.out"; exit 0; fi
if [ -s "$tmp.out" ]; then cat "$tmp.out"; status=1; fi
rm -f "$tmp.out"
exit $status
