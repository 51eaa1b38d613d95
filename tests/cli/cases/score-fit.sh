# made-up test data: 30 invented municipalities whose "target" follows
# intro_result and not housing; --fit should give intro all the weight
awk 'BEGIN { print "kommunenr,kommune,population,intro_result,housing_units,target";
  for (i = 0; i < 30; i++)
    printf "%04d,M%d,%d,%.2f,%d,%.4f\n", 9000 + i, i, 1000 + 100 * i, 0.3 + 0.01 * i, (i * 7) % 11, 0.1 + 0.5 * (0.3 + 0.01 * i) }' >t.csv
bosett-score --fit target -f json t.csv | grep -E '"score\.(weights|weights_from|fit)"'
