# made-up test model over made-up data: weights and scope from "score"
cp "$SRC/tests/score/madeup.csv" "$SRC/tests/score/model.json" .
bosett-score -m model.json madeup.csv | cut -d, -f1,18-
