# The report on the Møre og Romsdal test fixture as txt in nb, dated.
SOURCE_DATE_EPOCH=1795000000 bosett-report -f txt --lang nb "$SRC/tests/report/data/mr-solved.json"
