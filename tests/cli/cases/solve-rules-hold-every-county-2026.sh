# Every county solved at IMDi's 2026 request to it (data/fylke_anmodning.csv)
# meets every rule, with a reason for every municipality and proven
# optimality.
for f in 03 11 15 18 31 32 33 34 39 40 42 46 50 55 56; do
	q=$(awk -F, -v f=$f '$1 == f && $3 == 2026 { print $4 }' "$DATA/fylke_anmodning.csv")
	bosett-solve -q "$q" --county $f -f json -o $f.json "$DATA/kommuner.csv" || exit 1
	grep -q '"solve.status":"optimal"' $f.json || { echo "county $f: not proven optimal"; exit 1; }
	bosett-solve -q "$q" --county $f --columns kommunenr,cap,recommended,limit,binding "$DATA/kommuner.csv" >$f.csv &&
	sh "$SRC/tests/cli/check-allocation.sh" "$q" 10 <$f.csv || { echo "county $f"; exit 1; }
	echo "$f $q ok"
done
