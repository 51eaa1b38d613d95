# The report on the Møre og Romsdal test fixture as md in nn, dated.
SOURCE_DATE_EPOCH=1795000000 bosett-report -f md --lang nn "$SRC/tests/report/data/mr-solved.json"
