cp "$SRC/tests/score/madeup.csv" .
bosett-score --explain 0000 madeup.csv
