# The backtest of 2012-2021 and 2025 on IMDi's history: on every county of every
# year, default and practice refuse no county and break no hard rule (the
# total met, 0 or at least the minimum, within the ceiling), as checked by
# the backtest apart from the solver; every year has both models and both
# baselines. The figures themselves are a benchmark, not checked here.
need_shared
bosett-backtest -q -y 2012-2021,2025 "$SHARED/municipalities-2025.json" "$SHARED/counties-2025.json" \
	"$DATA/kommune_crosswalk.csv" "$SHARED/ba_regions_2024.tsv" \
	"$SHARED/imdi_bosatt_anmodede_1995-2021.csv" "$SHARED/imdi_nokkeltall_bosetting_2024.csv" \
	"$SHARED/imdi_nokkeltall_bosetting_2025.csv" "$SHARED/imdi_flyktning_botid_flytting_2022.csv" >out.csv || exit 1
awk -F, 'NR > 1 { rows[$3]++; if ($9 != 0) refused++; if ($10 != 0) broken++; if ($2 != "00" && $4 > 0) counties[$1 "," $3]++ }
END {
	for (m in rows) print m, rows[m]
	print "refused", refused + 0
	print "violations", broken + 0
}' out.csv | sort
awk -F, 'NR > 1 && $2 != "00" && ($3 == "default" || $3 == "practice") { n++ } END { print "county rows of the models", n }' out.csv
