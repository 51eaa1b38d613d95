#!/bin/sh
# The install check: install a build into a prefix, then use it as a user
# would, with nothing from the source or build tree.
#   tests/install/check.sh BUILD [PREFIX]
# BUILD is a configured and built CMake build directory; PREFIX (default: a
# new temporary directory, removed afterwards) is where it is installed with
# `cmake --install BUILD --prefix PREFIX`, so an install moved away from the
# prefix it was configured for is checked too. It checks:
#   1. the files: tools, libbosett.so (soname link) and libbosett.a, the
#      headers, bosett.pc, the man pages, the data under share/bosett;
#   2. tests/install/t.c built with `pkg-config --cflags --libs bosett`
#      (PKG_CONFIG_PATH into the prefix) links to libbosett.so and runs
#      against the installed one (LD_LIBRARY_PATH), reading the installed table;
#   3. the same program linked statically with `pkg-config --static`, so
#      Libs.private names everything libbosett.a needs;
#   4. the installed bosett-solve, started from / with no LD_LIBRARY_PATH
#      (it finds libbosett.so by its rpath), solves a county on the installed
#      table and model, and places exactly the total asked for.
#   5. (below) the moved install uses its own data;
#   6. objdump -p on the installed library lists libzip, expat and
#      libxlsxwriter in NEEDED, and strings finds no source or build path in
#      the installed library, archive or tools;
# Exit 0 if all hold; otherwise 1 with the first failure on standard error.
set -eu

fail() { echo "install check: $*" >&2; exit 1; }
# loads PROGRAM SONAME FILE [ENV...]: PROGRAM, run with ENV, loads SONAME from FILE
loads() {
	prog=$1 so=$2 want=$3
	shift 3
	got=$(cd / && env -u LD_LIBRARY_PATH "$@" ldd "$prog" | awk -v so="$so" '$1 == so { print $3 }')
	[ -n "$got" ] && [ "$(realpath "$got")" = "$(realpath "$want")" ] ||
		fail "$prog loads $so from '${got:-nowhere}', not $want"
}

[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 BUILD [PREFIX]" >&2; exit 2; }
src=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd) || fail "no build directory $1"
[ -f "$build/CMakeCache.txt" ] || fail "$build: not a CMake build directory"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
if [ $# -eq 2 ]; then
	mkdir -p "$2"
	prefix=$(cd "$2" && pwd)
else
	prefix=$work/prefix
fi
CC=${CC:-cc}

cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 ||
	{ cat "$work/install.log" >&2; fail "cmake --install failed"; }

# 1. what is installed: libdir is whatever GNUInstallDirs chose (lib, lib64
#    or lib/<multiarch>), found from bosett.pc
pc=$(find "$prefix" -name bosett.pc -path '*/pkgconfig/*' | head -n 1)
[ -n "$pc" ] || fail "no bosett.pc under $prefix"
libdir=$(dirname "$(dirname "$pc")")
for f in bin/bosett-import bin/bosett-score bin/bosett-solve bin/bosett-report \
         include/bosett/bosett.h include/bosett/export.h include/bosett/version.h include/bosett/sink.h \
         share/man/man1/bosett-solve.1 share/man/man7/bosett.7 \
         share/bosett/kommune_crosswalk.csv share/bosett/kommuner.csv \
         share/bosett/models/default.json; do
	[ -e "$prefix/$f" ] || fail "not installed: $f"
done
[ -f "$libdir/libbosett.a" ] || fail "not installed: libbosett.a"
[ -L "$libdir/libbosett.so" ] || fail "not installed: the link libbosett.so"
soname=$(readlink "$libdir/libbosett.so")
case $soname in libbosett.so.[0-9]*) ;; *) fail "libbosett.so points to '$soname'" ;; esac
[ -f "$libdir/$(readlink "$libdir/$soname" || echo "$soname")" ] || fail "$soname is missing"

# 2. a user's program, built with pkg-config, run against the shared library
export PKG_CONFIG_PATH="$libdir/pkgconfig"
flags=$(pkg-config --cflags --libs bosett) || fail "pkg-config --cflags --libs bosett failed"
# shellcheck disable=SC2086
"$CC" -o "$work/t" "$src/t.c" $flags || fail "$CC t.c $flags failed"
readelf -d "$work/t" | grep -q "NEEDED.*\[$soname\]" || fail "t is not linked to $soname"
loads "$work/t" "$soname" "$libdir/$soname" LD_LIBRARY_PATH="$libdir"
out=$(LD_LIBRARY_PATH="$libdir" "$work/t" "$prefix/share/bosett/kommuner.csv") ||
	fail "t failed: $out"
version=$(pkg-config --modversion bosett)
rows=$(($(wc -l <"$prefix/share/bosett/kommuner.csv") - 1))
[ "$out" = "libbosett $version: $rows rows" ] ||
	fail "t printed '$out', not 'libbosett $version: $rows rows'"

# 3. the same program against the static library: Libs.private is complete
static_libs=$(pkg-config --static --libs-only-l bosett | sed 's/-lbosett//')
# shellcheck disable=SC2086
"$CC" -o "$work/t-static" "$src/t.c" $(pkg-config --cflags bosett) \
	"$libdir/libbosett.a" $static_libs || fail "static link with pkg-config --static failed"
out=$("$work/t-static" "$prefix/share/bosett/kommuner.csv") || fail "t-static failed: $out"

# 4. the installed tool on the installed data, from outside every tree
solve="$prefix/bin/bosett-solve"
loads "$solve" "$soname" "$libdir/$soname"
(cd / && env -u LD_LIBRARY_PATH "$solve" -q 300 --county 15 --quiet \
	--model "$prefix/share/bosett/models/default.json" \
	--columns kommunenr,recommended "$prefix/share/bosett/kommuner.csv") >"$work/solve.csv" ||
	fail "the installed bosett-solve failed (exit $?)"
placed=$(awk -F, 'NR > 1 { s += $2 } END { print s + 0 }' "$work/solve.csv")
[ "$placed" = 300 ] || fail "the installed bosett-solve placed $placed of 300"

# 5. the installed tools find the installed data by themselves: the prefix
# moved elsewhere, with its county totals changed (county 15 asked for one
# more), must give the changed total: the data beside the program is used,
# not the source tree's and not the configured prefix's.
moved="$work/moved"
cp -a "$prefix" "$moved"
awk -F, -v OFS=, '$1 == "15" { $4 = $4 + 1 } { print }' "$prefix/share/bosett/fylke_anmodning.csv" \
	>"$moved/share/bosett/fylke_anmodning.csv"
want=$(awk -F, '$1 == "15" { t = $4 } END { print t + 1 }' "$prefix/share/bosett/fylke_anmodning.csv")
(cd / && env -u LD_LIBRARY_PATH -u BOSETT_DATADIR "$moved/bin/bosett-solve" --county 15 --quiet \
	--columns kommunenr,recommended "$moved/share/bosett/kommuner.csv") >"$work/solve2.csv" ||
	fail "the moved bosett-solve without -q failed (exit $?)"
placed=$(awk -F, 'NR > 1 { s += $2 } END { print s + 0 }' "$work/solve2.csv")
[ "$placed" = "$want" ] || fail "the moved bosett-solve placed $placed, not its own data's total $want"

# 6. what a packager's tools read off the installed library: libzip, expat
# and libxlsxwriter are in its NEEDED entries (dpkg-shlibdeps makes the
# package depend on them), and no path of the source or build tree is in
# the library or the tools (not even in the debug information).
real=$libdir/$(readlink "$libdir/$soname" || echo "$soname")
needed=$(objdump -p "$real" | awk '$1 == "NEEDED" { print $2 }')
for lib in libzip.so libexpat.so libxlsxwriter.so; do
	printf '%s\n' "$needed" | grep -q "^$lib" || fail "$real does not list $lib in NEEDED: $(echo $needed)"
done
srcdir=$(cd "$src/../.." && pwd)
for f in "$real" "$libdir/libbosett.a" "$prefix"/bin/bosett-*; do
	for dir in "$srcdir" "$build"; do
		# the install prefix itself may lie in the tree (make clang installs
		# into build-clang/prefix): its own paths are not build paths
		if strings -a "$f" | grep -vF "$prefix/" | grep -qF "$dir"; then
			fail "$f holds the build path $dir: $(strings -a "$f" | grep -vF "$prefix/" | grep -F "$dir" | head -n 1)"
		fi
	done
done

echo "install check: ok ($prefix: $(basename "$libdir")/$soname, bosett.pc $version, t.c shared and static, bosett-solve on share/bosett, NEEDED libzip expat libxlsxwriter, no build path)"
