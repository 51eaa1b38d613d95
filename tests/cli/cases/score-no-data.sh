# a table with none of the indicators the score weighs: every score would
# be 0, and bosett-score says so; --strict refuses it (made-up rows)
printf 'kommunenr,kommune,population\n9801,Made-up A,1000\n9802,Made-up B,2000\n' >t.csv
bosett-score t.csv | cut -d, -f1,4
bosett-score --strict -o out.csv t.csv
echo "exit $?"
ls out.csv 2>/dev/null || echo "no out.csv"
