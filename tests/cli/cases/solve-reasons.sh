# Each kind of reason on a small table built for it (practice model):
# continuity with last year's number, selection among small municipalities
# with the rival and the tie-break, a drop with why, a cut with both numbers,
# a suppressed ":" of last year as 1-4, and the balance of the total in
# words. The checks name each kind; the table shows the whole text.
for q in 90 60; do
	bosett-solve -m practice -q $q --no-rule-prices --columns kommune,requested_prev,recommended,limit,binding \
		"$SRC/tests/cli/fixtures/reasons.csv" >out$q.csv || exit 1
	cat out$q.csv
done
check() { grep -q "$2" "$1" && echo "ok: $3" || echo "MISSING: $3"; }
check out90.csv "Mellomby,16,15,continuity,.*kept near last year's 16" "continuity names last year's number"
check out90.csv "Vik,10,10,min_settle,.*asked rather than Øy: last year 10 against 1-4 (suppressed)" "selection names the rival"
check out60.csv "Dal,10,0,not_asked,.*not asked this year though asked for 10 last year, because" "a drop says why"
check out60.csv "equal claims: the earlier kommunenummer goes first" "equal claims, stated tie-break"
check out60.csv "Bygd,21,13,continuity,\"21 last year, 13 now" "a cut gives both numbers"
check out60.csv "Mellomby,16,.*takes the people the minimum" "the balance of the total in words"
# The same facts as data (bosett-data(5)), for the report to word in nb and
# nn: the scaled anchor, the rival's kommunenr and what decided; the rival
# named in the words and in the column is the same municipality.
bosett-solve -m practice -q 60 --no-rule-prices --columns kommunenr,kommune,requested_prev,anchor,rival,rival_by \
	"$SRC/tests/cli/fixtures/reasons.csv" >facts60.csv || exit 1
cat facts60.csv
# 16 x 60 / 99.5: last year's total of the table with ":" as 2.5
check facts60.csv "1502,Mellomby,16,9.6482,," "the anchor is last year's number scaled to this year's total"
check facts60.csv "1504,Vik,10,6.0302,1505,kommunenr" "selection: the rival and the tie-break"
check facts60.csv "1505,Dal,10,6.0302,1504,kommunenr" "a drop: the municipality asked instead"
check facts60.csv "1506,Øy,:,1.5075,1504,claim" "a weaker claim"
