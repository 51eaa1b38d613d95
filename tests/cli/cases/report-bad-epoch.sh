SOURCE_DATE_EPOCH=yesterday bosett-report "$SRC/tests/report/data/minimal.csv"
