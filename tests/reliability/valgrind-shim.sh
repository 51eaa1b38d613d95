#!/bin/sh
# Make a directory of wrappers that run the bosett-* tools under valgrind
# memcheck: sh valgrind-shim.sh BIN SHIMDIR TOOL...
# With SHIMDIR first on PATH (or given as the bin directory of
# tests/cli/run-case.sh or tests/bad/run-bad.sh), every case runs its tool
# under memcheck; any memory error or leak (definite, indirect, possible)
# prints valgrind's report on standard error and exits 99, so the case
# fails with the report in its diff. A tool that is not built exits 77.
bin=$1 shim=$2
shift 2
mkdir -p "$shim" || exit 1
for tool in "$@"; do
	cat >"$shim/$tool" <<W
#!/bin/sh
[ -x "$bin/$tool" ] || { echo "$tool not built: skipped" >&2; exit 77; }
exec valgrind -q --error-exitcode=99 --leak-check=full \\
  --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible \\
  "$bin/$tool" "\$@"
W
	chmod +x "$shim/$tool"
done
