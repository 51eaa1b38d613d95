#!/bin/sh
# Measure how IMDi's next request followed last year's request or the
# council's decision (anchor-evidence.py) and compare with the recorded
# figures (those of bosett(7), CALIBRATION).
# usage: anchor-check.sh SRCDIR SHARED_DATA_DIR
command -v python3 >/dev/null 2>&1 || { echo "skipped: no python3"; exit 77; }
[ -f "$2/imdi_bosatt_anmodede_1995-2021.csv" ] || { echo "skipped: no $2"; exit 77; }
cd "$1" || exit 1
python3 tests/evidence/anchor-evidence.py "$2" data/kommune_crosswalk.csv | diff tests/evidence/anchor-evidence.out -
