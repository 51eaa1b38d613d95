# the adviser's spreadsheet from Norwegian Excel (Windows-1252, CRLF, ';',
# "24 404", decimal comma, Norwegian headers) straight into bosett-solve;
# housing figures are made up (tests/cli/fixtures/README)
bosett-solve -q 60 --columns kommunenr,kommune,population,unemployment_rate,housing_units,recommended \
  "$SRC/tests/cli/fixtures/radgiver.csv"
