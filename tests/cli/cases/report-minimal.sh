# Only the required columns: every optional section is left out, in both
# languages, and the report carries no date without SOURCE_DATE_EPOCH.
bosett-report -f md --lang en - <"$SRC/tests/report/data/minimal.csv"
bosett-report -f txt --lang nn "$SRC/tests/report/data/minimal.csv"
