# Standard input, and the JSON document read back by the next tool.
bosett-solve -q 300 --county 15 -f json <"$DATA/kommuner.csv" >a.json &&
bosett-solve -q 300 -f csv --columns kommunenr,recommended <a.json | head -4
