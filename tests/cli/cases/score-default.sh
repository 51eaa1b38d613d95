# made-up test data (tests/score/README): the default preset imdi-2024
cp "$SRC/tests/score/madeup.csv" .
bosett-score madeup.csv | cut -d, -f1,18-
