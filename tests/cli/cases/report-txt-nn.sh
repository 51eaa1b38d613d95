# The report on the Møre og Romsdal test fixture as txt in nn, dated.
SOURCE_DATE_EPOCH=1795000000 bosett-report -f txt --lang nn "$SRC/tests/report/data/mr-solved.json"
