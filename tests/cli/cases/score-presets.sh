# made-up test data: each preset's weights as carried to the report
cp "$SRC/tests/score/madeup.csv" .
for p in imdi-2024 sweden eu-2015 population; do
  bosett-score -f json --preset $p madeup.csv | grep -E '"score\.(weights|weights_from|no_data|population_correlation)"'
done
