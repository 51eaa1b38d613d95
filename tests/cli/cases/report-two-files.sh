bosett-report a.csv b.csv
