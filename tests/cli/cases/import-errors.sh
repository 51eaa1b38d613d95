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
