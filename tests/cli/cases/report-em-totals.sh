# with -q 150 --em 10 the county's total is 150, as recommended in total;
# without minors there is no minors line (made-up municipalities)
{ echo "kommunenr,kommune,population,em_optin,em_places"
  i=1; while [ $i -le 8 ]; do echo "98$((10 + i)),Made-up $i,$((4000 * i)),1,4"; i=$((i + 1)); done; } >t.csv
bosett-solve -q 150 --em 10 -f json t.csv | bosett-report --lang en | grep -E "total|minor"
echo --
bosett-solve -q 150 -f json t.csv | bosett-report --lang nb | grep -E -i "totalt|mindreårig|skal bosette"
