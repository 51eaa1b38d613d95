# Messages name file, line and column. Two inputs that disagree are an
# error naming both; a municipality that matches nothing is a warning, an
# error with --strict. (The figures of b.csv and d.csv are made up.)
printf 'kommunenr,kommune,population\n1505,Kristiansund,24404\n1508,Ålesund,58509\n' >a.csv
printf 'Kommunenummer;Folkemengde\n1505;24 404\n1508;58 000\n' >b.csv
printf 'Kommunenummer;Folkemengde\n1505;24404\n9998;5\n' >c.csv
printf 'Kommunenummer;Folkemengde\n1505;24404\n1508;58x\n' >d.csv
bosett-import a.csv b.csv; echo "exit $?"
bosett-import a.csv c.csv; echo "exit $?"
bosett-import --strict a.csv c.csv; echo "exit $?"
bosett-import a.csv d.csv; echo "exit $?"
bosett-import a.csv missing.csv; echo "exit $?"
bosett-import --as nosuchkind a.csv; echo "exit $?"
# a JSON-stat document whose values do not fill its cube; a code history
# whose years are out of order; a column map that is not an object
printf '{"version":"2.0","class":"dataset","id":["Region"],"size":[2],"dimension":{"Region":{"category":{"index":["1505","1508"]}}},"value":[1]}' >e.json
bosett-import a.csv e.json; echo "exit $?"
printf 'year_start\tyear_end\tmunicip_code_end\tweighting\tmunicip_code\n2020\t2019\tmunicip_nor1505\t\tmunicip_nor1502\n' >h.tsv
bosett-import a.csv h.tsv; echo "exit $?"
printf '["Folkemengde"]' >map.json
bosett-import --map map.json a.csv; echo "exit $?"
# every row needs a population from some input
printf 'Kommunenummer;Kommune\n1505;Kristiansund\n' >n.csv
bosett-import n.csv; echo "exit $?"
