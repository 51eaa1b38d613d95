# The report on the Møre og Romsdal test fixture as roff in nn: targeted
# checks (the whole document is golden once per format, in report-roff-nb).
SOURCE_DATE_EPOCH=1795000000 bosett-report -f roff --lang nn "$SRC/tests/report/data/mr-solved.json" >r || exit 1
sh "$SRC/tests/cli/check-nn.sh" r
