# a Vestland adviser's own sheet (issue 22 item 5; figures other than the
# population made up, tests/cli/fixtures/README): nynorsk headers, title
# rows above the header, a Sum row, '*' cells and a per-cent column are
# read right, each skip with a note; the per-cent column holding fractions
# is warned about; a header no tool knows is refused under --strict with
# the name it may have meant, and the continuity it would have served is
# said to be lost
cp "$SRC/tests/cli/fixtures/radgiver-nynorsk.csv" .
cols=kommunenr,kommune,population,requested_prev,decided_prev,employment_rate,unemployment_rate,adult_ed_seats,recommended
bosett-solve -q 300 --columns $cols radgiver-nynorsk.csv
echo "exit $?"
# the same sheet with fractions under "Arbeidsløyse %" (0,021 for 2,1 %)
sed 's/;2,1;/;0,021;/; s/;1,5;/;0,015;/; s/;1,2;/;0,012;/; s/;2,4;/;0,024;/' radgiver-nynorsk.csv >brok.csv
bosett-solve -q 300 --columns kommunenr,unemployment_rate brok.csv
echo "exit $?"
# a header no tool knows where last year's requests were meant
sed 's/Anmoda i fjor/Anmodingar i fjor/' radgiver-nynorsk.csv >ukjend.csv
bosett-solve -q 300 --columns kommunenr,recommended ukjend.csv | head -2
bosett-solve -q 300 --strict -o out.csv ukjend.csv
echo "exit $?"
ls out.csv 2>/dev/null || echo "no out.csv"
