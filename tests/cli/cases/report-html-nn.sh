# The report on the Møre og Romsdal test fixture as html in nn, dated.
SOURCE_DATE_EPOCH=1795000000 bosett-report -f html --lang nn "$SRC/tests/report/data/mr-solved.json"
