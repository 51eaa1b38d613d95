# A JSON-stat 2.0 population table and its statbank CSV twin (SSB 07459,
# Latin-1, CRLF, quoted, title line) import to the same values (in the
# codes they give: --no-history).
cd "$SRC/tests/import" || exit 1
bosett-import --no-history ssb07459-excerpt.csv >"$OLDPWD/a.csv" || exit 1
bosett-import --no-history ssb07459-excerpt.json >"$OLDPWD/b.csv" || exit 1
cd "$OLDPWD" && cmp a.csv b.csv && cat a.csv
