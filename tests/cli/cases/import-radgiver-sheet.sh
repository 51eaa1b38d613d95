# bosett-import reads an adviser's own sheet as bosett-solve does (issue 22,
# item 5): nynorsk headers, three title rows above the header (skipped with a
# note), a "Sum" row (skipped with a note), NAV's '*' (suppressed, ":") and a
# per-cent column as per cent (2,1 is 0.021). Then a per-cent column that
# holds fractions is warned about, not silently divided by 100 without a word.
(cd "$SRC/tests/cli/fixtures" && bosett-import radgiver-nynorsk.csv)
printf 'Kommunenummer;Kommunenamn;Folketal;Arbeidsløyse %%\n4601;Bergen;291940;0,021\n4602;Kinn;17349;0,015\n' > frac.csv
bosett-import frac.csv
