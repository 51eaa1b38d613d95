#!/bin/sh
# Measure the criteria against the outcomes on data/kommuner.csv and compare
# with the recorded figures (those of bosett(7), EVIDENCE). A changed table
# changes them: measure again, read the difference, and update the page and
# criteria-evidence.out together.
# usage: check.sh SRCDIR
command -v python3 >/dev/null 2>&1 || { echo "skipped: no python3"; exit 77; }
cd "$1" || exit 1
python3 tests/evidence/criteria-evidence.py data/kommuner.csv | diff tests/evidence/criteria-evidence.out -
