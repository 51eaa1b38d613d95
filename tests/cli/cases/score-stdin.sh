# made-up test data (tests/score/README); no operand and "-" both read stdin
bosett-score --preset population <"$SRC/tests/score/madeup.csv" >a.csv
bosett-score --preset population - <"$SRC/tests/score/madeup.csv" >b.csv
cmp a.csv b.csv && cut -d, -f1,5,22- a.csv
