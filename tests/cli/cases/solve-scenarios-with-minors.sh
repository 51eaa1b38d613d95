# Scenarios with minors: columns named by the whole total, minors within
# the places of those that opted in, no number falling.
bosett-solve -q 200,300 --em 5,10 --columns kommunenr,recommended_q200,em_q200,recommended_q300,em_q300 "$SRC/tests/cli/fixtures/regions.csv"
