# IMDi's refugees by secondary moves (ISO-8859-1, long): "Flyttet hit" of
# all years in Norway becomes moved_in_prev, the figure of the year before.
cd "$SRC/tests/import" &&
bosett-import --year 2020 --columns kommunenr,kommune,moved_in_prev kommuner-excerpt.json imdi-flytting-excerpt.csv 2>&1
