# A failed run leaves an existing -o file untouched and no stray files.
echo precious >out.csv
bosett-solve -m classic -q 5000 --county 15 -o out.csv "$DATA/kommuner.csv" 2>/dev/null
echo "exit $?"
cat out.csv
ls -A
