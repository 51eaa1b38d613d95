bosett-solve -q 5 --county 15 "$DATA/kommuner.csv"
