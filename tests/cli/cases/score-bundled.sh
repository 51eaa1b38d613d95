# the bundled national table (data/kommuner.csv): Kristiansund's breakdown,
# and the score piped into the solver for Møre og Romsdal (27 municipalities)
[ -f "$DATA/kommuner.csv" ] || { echo "no $DATA/kommuner.csv: skipped" >&2; exit 77; }
bosett-score --explain 1505 "$DATA/kommuner.csv" >explain.txt || exit 1
head -1 explain.txt | cut -c1-17
grep -c '^Correlation with population (Spearman, 357 municipalities): score ' explain.txt
bosett-score "$DATA/kommuner.csv" | bosett-solve -q 300 --county 15 --quiet --columns kommunenr,score,recommended >solved.csv || exit 1
wc -l <solved.csv
grep -c '^1505,' solved.csv
