bosett-report -f pdf "$SRC/tests/report/data/minimal.csv"
