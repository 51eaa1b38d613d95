# The backtest of 2012-2021 and 2025 on IMDi's history, with every criteria
# input of the bundled table: on every county of every year (that year's
# counties), default, its placebos and practice refuse no county and break no
# hard rule (the total met, 0 or at least the minimum, within the ceiling), as
# checked by the backtest apart from the solver; every year has every model,
# placebo and baseline. The default's mean error over the years is at most 1.1
# times practice's, and in every year the real criteria put the
# allocation-weighted employment rate above, and the unemployment below,
# practice's and every placebo's (issue 20); the figures are a benchmark.
need_shared
bosett-backtest -q -y 2012-2021,2025 "$SHARED/municipalities-2025.json" "$SHARED/counties-2025.json" \
	"$DATA/kommune_crosswalk.csv" "$SHARED/ba_regions_2024.tsv" \
	"$SHARED/imdi_bosatt_anmodede_1995-2021.csv" "$SHARED/imdi_nokkeltall_bosetting_2024.csv" \
	"$SHARED/imdi_nokkeltall_bosetting_2025.csv" "$SHARED/imdi_flyktning_botid_flytting_2022.csv" \
	"$SHARED/ssb11618_employed_15-74_2020-2022_k2020.csv" "$SHARED/nav_hl060_helt_ledige_kommune_prosent_2022.csv" \
	"$SHARED/ssb07459_population_by_age_2023_k2020.csv" "$SHARED/imdi_intro_status_arbutd_kommune_2011-2013.csv" \
	"$SHARED/imdi_intro_status_arbutd_kommune_2014.csv" "$SHARED/udir_gsi_elever_2025-26.json" \
	"$SHARED/imdi_tilskudd_kommune_2022-2023.xlsx" >out.csv || exit 1
awk -F, 'NR > 1 { rows[$3]++; if ($9 != 0) refused++; if ($10 != 0) broken++ }
END {
	for (m in rows) print m, rows[m]
	print "refused", refused + 0
	print "violations", broken + 0
}' out.csv | sort
awk -F, 'NR > 1 && $2 != "00" && ($3 == "default" || $3 == "practice") { n++ } END { print "county rows of the models", n }' out.csv
# counties per year: 19 (18 from 2018, Trøndelag) before 2020, 11 in 2020-2021, 15 in 2025
awk -F, 'NR > 1 && $2 != "00" && $3 == "practice" { c[$1]++ } END { for (y in c) print y, c[y], "counties" }' out.csv | sort
awk -F, 'NR > 1 && $2 == "00" { s[$3] += $6; n[$3]++ }
END { r = s["default"] / s["practice"]; print "default/practice mean error at most 1.1:", (r <= 1.1 ? "yes" : "no") }' out.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
$2 == "00" { e[$1, $3] = $c["employment_rate"]; u[$1, $3] = $c["unemployment_rate"]; y[$1] = 1 }
END {
	for (yr in y) {
		ok = e[yr, "default"] > e[yr, "practice"] && u[yr, "default"] < u[yr, "practice"]
		for (k = 1; k <= 3; k++)
			ok = ok && e[yr, "default"] > e[yr, "default-placebo-" k] && u[yr, "default"] < u[yr, "default-placebo-" k]
		n++; good += ok
	}
	print "years where the real criteria beat practice and every placebo:", good, "of", n
}' out.csv
