# Issue 20: on the bundled table the default preset's criteria rest on real
# data (at least five components, two of them about Norwegian instruction),
# the criteria with no public figure per municipality say they are not
# represented, and the share of the weight on data is given.
bosett-score --explain 1505 "$DATA/kommuner.json" >explain.txt || exit 1
grep -E "rests on data|^Criteria not represented" explain.txt
# the components with a value from the table for Kristiansund, with their years
awk '$3 == "data" { print $1 }' explain.txt
grep -c "figures of" explain.txt
grep -E "^- (introduction|reinforced Norwegian|Norwegian training|retention)" explain.txt | sed 's/):.*/)/'
# the years of the figures, for every output that carries the provenance
bosett-score -f json "$DATA/kommuner.json" | grep -E '"score\.(years|weight_on_data)"'
