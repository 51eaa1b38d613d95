# Issue 20's test of the criteria on the bundled table, each county at IMDi's
# 2026 request (13,000): at the default's corridor, shuffling the criteria
# within each county moves at least 300 people from the real data's
# allocation, and with the real data the allocation-weighted employment rate
# is higher and the unemployment rate lower than practice's and than every
# shuffle's.
bosett-solve --tradeoff "$DATA/kommuner.csv" >t.csv || exit 1
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
$1 == "practice" { pe = $c["employment_rate"]; pu = $c["unemployment_rate"] }
$1 == "default" && $c["corridor"] == 20 { re = $c["employment_rate"]; ru = $c["unemployment_rate"] }
$1 == "placebo" { n++; if ($c["moved_from_real"] < 300) few++; if ($c["employment_rate"] > se) se = $c["employment_rate"];
	if (su == "" || $c["unemployment_rate"] < su) su = $c["unemployment_rate"] }
END {
	print "placebos", n, "moving fewer than 300:", few + 0
	print "employment above practice and every placebo:", (re > pe && re > se ? "yes" : "no")
	print "unemployment below practice and every placebo:", (ru < pu && ru < su ? "yes" : "no")
}' t.csv
