# A quota above what the caps allow: exit 3 and the diagnosis.
bosett-solve -m classic -q 5000 --county 15 "$DATA/kommuner.csv"
