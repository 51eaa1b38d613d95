bosett-report --lang de "$SRC/tests/report/data/minimal.csv"
