# the adviser's spreadsheet as an Excel workbook: straight into bosett-solve
# (the same recommendation as from its CSV), and through bosett-import;
# housing figures are made up (tests/cli/fixtures/README)
cp "$SRC/tests/cli/fixtures/radgiver.xlsx" "$SRC/tests/cli/fixtures/radgiver.csv" .
bosett-solve -q 60 --columns kommunenr,kommune,unemployment_rate,recommended radgiver.xlsx >xlsx.csv
bosett-solve -q 60 --columns kommunenr,kommune,unemployment_rate,recommended radgiver.csv >csv.csv
cmp xlsx.csv csv.csv && echo "same recommendation from .xlsx and .csv"
head -3 xlsx.csv
bosett-import radgiver.xlsx | bosett-solve -q 60 --columns kommunenr,recommended | head -2
bosett-solve -q 60 --sheet Notater radgiver.xlsx
echo "exit $?"
