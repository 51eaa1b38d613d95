# Minors only where opted in and within places; a regional limit binds.
bosett-solve -q 120 --em 10 --columns kommunenr,region,cap,recommended,recommended_em,limit,binding "$SRC/tests/cli/fixtures/regions.csv"
