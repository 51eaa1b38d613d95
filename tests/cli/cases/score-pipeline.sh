# made-up test data: the solver takes the score column from a pipe
cp "$SRC/tests/score/madeup.csv" .
bosett-score madeup.csv | bosett-solve -q 100 --columns kommunenr,score,recommended,binding
