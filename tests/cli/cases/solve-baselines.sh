# The formula baselines add up to the total in the same format.
for m in proportional sainte-lague; do
	bosett-solve -q 300 --county 15 --method $m --columns kommunenr,recommended "$DATA/kommuner.csv" |
	awk -F, -v m=$m 'NR > 1 { s += $2 } END { print m, s }'
done
