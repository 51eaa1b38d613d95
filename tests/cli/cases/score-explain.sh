# made-up test data: 9804's retention is suppressed and imputed from its region
cp "$SRC/tests/score/madeup.csv" .
bosett-score --explain 9804 -o scored.csv madeup.csv
grep -c . scored.csv
