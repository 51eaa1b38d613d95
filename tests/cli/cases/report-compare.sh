# Set last year's request beside the recommendation.
bosett-report -f md --lang nb --compare "$SRC/tests/report/data/last-year.csv" "$SRC/tests/report/data/mr-solved.json" | sed -n '/^## Sammenligning/,/^## Opphav/p'
