# On the bundled table the default score's labour-market components have
# data, and --explain names the year of each (from the provenance of
# data/kommuner.json).
bosett-score --explain 1505 "$DATA/kommuner.json" | grep -E '^(region_employment|region_unemployment) |figures of'
