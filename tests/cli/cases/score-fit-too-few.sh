# made-up test data: 9 retention values are too few to fit on
cp "$SRC/tests/score/madeup.csv" .
bosett-score --fit retention madeup.csv
