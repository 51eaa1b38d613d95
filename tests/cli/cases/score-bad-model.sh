cp "$SRC/tests/score/madeup.csv" .
printf '{"score": {"preset": "imdi-2024", "wieghts": {"intro": 1}}}\n' >typo.json
bosett-score -m typo.json madeup.csv
echo "exit $?"
bosett-solve -q 10 -m typo.json madeup.csv
