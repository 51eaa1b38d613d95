# The HTML report of a county draws the trade-off of the criteria corridor
# (report_tradeoff.c): the caption, two panels (employment, unemployment),
# five corridors and five placebos, and the people moved at the model's
# corridor, in bokmål (ten placebo dots: five in each panel); the Markdown
# report has no chart.
bosett-solve --county 15 -f json -o r.json "$DATA/kommuner.csv" 2>/dev/null || exit 1
bosett-report -f html --lang nb -o r.html r.json || exit 1
grep -o 'Hva kriteriekorridoren gir: arbeid' r.html | head -1
grep -c '<circle cx="[0-9.]*" cy="[0-9.]*" r="3" fill="#aaaaaa"' r.html
grep -o 'Personer flyttet fra praksis ved modellens korridor: [0-9]*' r.html
bosett-report -f md --lang nb r.json | grep -c 'kriteriekorridoren' || :
