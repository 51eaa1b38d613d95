# The report on the Møre og Romsdal test fixture as html in en, dated: its
# facts (headings, tables, the summary, the charts, tags balanced; tests/cli/html-facts.sh),
# not the whole page (the content is the report model's, in the md and json goldens).
SOURCE_DATE_EPOCH=1795000000 bosett-report -f html --lang en "$SRC/tests/report/data/mr-solved.json" >r.html || exit 1
sh "$SRC/tests/cli/html-facts.sh" <r.html
