# --anchors: each model anchored on last year's request and on the lower of
# request and decision (bosett(7), ANCHOR), measured against IMDi's requests
# and, with --against decided and settled, the councils' decisions and what
# was settled. 2025: decisions below the request move the decision anchor's
# error (a change that matters); against settled, 346 municipalities have a
# figure (the others are suppressed or blank).
need_shared
cd "$SHARED" || exit 1
for t in requested decided settled; do
	bosett-backtest --anchors --against $t --national -q -y 2025 municipalities-2025.json counties-2025.json \
		"$DATA/kommune_crosswalk.csv" ba_regions_2024.tsv imdi_nokkeltall_bosetting_2024.csv \
		imdi_nokkeltall_bosetting_2025.csv | awk -F, -v t=$t 'NR > 1 { print t, $3, $4, $6, $10 }'
done
