# bosett-solve | bosett-report -f html on the test fixture: one file with
# every municipality, the charts, the map and the reasons, and no request
# for anything outside it.
bosett-solve -q 300 -f json "$SRC/tests/report/data/mr-input.json" | bosett-report -f html --lang nn -o r.html
echo "municipalities: $(for k in Kristiansund Molde Ålesund Vanylven Sande Herøy Ulstein Hareid Ørsta Stranda Sykkylven Sula Giske Vestnes Rauma Aukra Averøy Gjemnes Tingvoll Sunndal Surnadal Smøla Aure Volda Fjord Hustadvika Haram; do grep -q ">$k<" r.html && echo "$k"; done | wc -l)"
echo "charts: $(grep -c '^<svg ' r.html)"
echo "map circles: $(sed -n '/<figcaption>Kart/,/<\/svg>/p' r.html | grep -c '^<circle cx=.*<title>')"
echo "reasons: $(sed -n '/<h2>Grunngjevingar/,/<\/table>/p' r.html | grep -c '^<tr><td>')"
echo "external references: $(grep -o -E '(src|href)=|url\(|@import|https?://[^"]*' r.html | grep -v -c '^http://www.w3.org/2000/svg$')"
