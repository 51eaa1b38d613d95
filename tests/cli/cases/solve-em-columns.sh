# every message about unaccompanied minors names its column (em_optin, em_places)
cp "$SRC/tests/cli/fixtures/radgiver.csv" .
bosett-solve -q 60 --em 5 radgiver.csv
echo "exit $?"
printf 'kommunenr,kommune,population,em_optin,em_places\n1505,Kristiansund,24404,1,2\n1506,Molde,32816,ja,1\n' >em.csv
bosett-solve -q 60 --em 5 em.csv
echo "exit $?"
