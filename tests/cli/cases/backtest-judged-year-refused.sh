# A model keyed on the judged year's own requests is refused: the backtest
# hides the judged year's requested, decided and settled from every model.
need_shared
printf '{"name": "cheat", "fair_key": {"requested": 1}}\n' >cheat.json
bosett-backtest -q -y 2019 -m cheat.json "$SHARED/municipalities-2025.json" "$SHARED/counties-2025.json" \
	"$DATA/kommune_crosswalk.csv" "$SHARED/imdi_bosatt_anmodede_1995-2021.csv"
