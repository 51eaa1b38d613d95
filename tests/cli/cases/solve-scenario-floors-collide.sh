# A larger scenario that the floors of the smaller one make impossible.
bosett-solve -m classic -q 200,300 --em 5,12 "$SRC/tests/cli/fixtures/regions.csv"
