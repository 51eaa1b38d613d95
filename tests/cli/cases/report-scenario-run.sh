# a scenario run (bosett-solve -q A,B,C: recommended_qN columns, no
# recommended) is reported: the scenario at IMDi's request to the table's
# county (Møre og Romsdal 2026: 1030, data/fylke_anmodning.csv) is the
# recommendation, the others stand in the Scenarios section; without a
# county's total the largest is the recommendation (issue 22 item 5)
cp "$SRC/tests/bad/inputs/three.csv" .
bosett-solve -q 500,1030,1500 three.csv >sc.csv 2>/dev/null
bosett-report -f md sc.csv | sed -n '1,12p;/^## Scenarios/,/^$/p'
echo "exit $?"
cut -d, -f1-3 three.csv >nocounty.csv
bosett-solve -q 40,60 nocounty.csv >sc2.csv 2>/dev/null
bosett-report -f md sc2.csv | sed -n 3p
