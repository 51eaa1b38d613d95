# The planning year (solve.year, the report's heading): the table's, or
# --year for a CSV table that names none; never the year of the latest
# request, which is what requested_prev comes from (the bundled CSV is the
# 2027 table with IMDi's 2026 figures as last year's). A table that names
# another year than --year is refused.
meta() { grep -o '"solve\.\(year\|total_year\)":"[0-9]*"' "$1" | tr '\n' ' '; echo; }
bosett-solve --quiet --county 46 -f json -o csv-no-year.json "$DATA/kommuner.csv"
echo "csv: $(meta csv-no-year.json)"
bosett-solve --quiet --county 46 --year 2027 -f json -o csv-2027.json "$DATA/kommuner.csv"
echo "csv --year 2027: $(meta csv-2027.json)"
bosett-solve --quiet --county 46 -f json -o json.json "$DATA/kommuner.json"
echo "json: $(meta json.json)"
bosett-solve --quiet --county 46 --year 2026 -o refused.csv "$DATA/kommuner.json"
echo "json --year 2026: exit $?; $(ls refused.csv 2>/dev/null || echo nothing written)"
