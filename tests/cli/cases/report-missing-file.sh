bosett-report no-such-file.csv
