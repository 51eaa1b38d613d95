# a misspelt column is warned about with the nearest known name; the
# answer is not changed by it; --strict refuses it and writes nothing
cp "$SRC/tests/cli/fixtures/radgiver-feilstavet.csv" .
f=radgiver-feilstavet.csv
bosett-solve -q 60 --columns kommunenr,recommended "$f" | head -3
bosett-solve -q 60 --strict -o out.csv "$f"
echo "exit $?"
ls out.csv 2>/dev/null || echo "no out.csv"
bosett-solve -q 60 --keep-columns max_setle --columns kommunenr,recommended "$f" | head -2
