# --summary: each method's mean national error over the years, beside
# practice's, and the ratio (the figure of bosett(7), CALIBRATION). The
# ratio of practice to itself is 1, every method is measured over the same
# years as practice, and the two anchors of the default differ in 2019-2021
# (IMDi followed the councils' decisions from 2017: anchor-evidence.py).
need_shared
cd "$SHARED" || exit 1
bosett-backtest --summary --anchors --placebo 0 -q -y 2019-2021 municipalities-2025.json counties-2025.json \
	"$DATA/kommune_crosswalk.csv" ba_regions_2024.tsv imdi_bosatt_anmodede_1995-2021.csv
