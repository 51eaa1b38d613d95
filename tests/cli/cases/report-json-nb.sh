# The report on the Møre og Romsdal test fixture as json in nb, dated.
SOURCE_DATE_EPOCH=1795000000 bosett-report -f json --lang nb "$SRC/tests/report/data/mr-solved.json"
