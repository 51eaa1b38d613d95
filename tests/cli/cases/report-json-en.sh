# The report on the Møre og Romsdal test fixture as json in en, dated.
SOURCE_DATE_EPOCH=1795000000 bosett-report -f json --lang en "$SRC/tests/report/data/mr-solved.json"
