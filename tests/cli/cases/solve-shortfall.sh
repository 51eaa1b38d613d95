# --allow-shortfall places what fits and reports the rest.
bosett-solve -m classic -q 5000 --county 15 --allow-shortfall -f json "$DATA/kommuner.csv" >out.json &&
grep -E '"solve.(status|shortfall)"' out.json
