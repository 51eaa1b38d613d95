bosett-solve "$DATA/kommuner.csv"
