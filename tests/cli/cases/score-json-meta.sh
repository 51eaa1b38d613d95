# made-up test data: the meta keys and the input's checksum
cp "$SRC/tests/score/madeup.csv" .
bosett-score -f json --scope county madeup.csv | sed -n '1,/^"columns"/p'
