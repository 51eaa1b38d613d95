# Each kind of reason on a small table built for it (practice model):
# continuity with last year's number, the minimum, a drop with why, a cut
# with both numbers, a suppressed ":" of last year as 1-4; every reason
# says what the number would be without its rule; at the margin the
# analyst's text adds the closest rival and the tie-break (the report's
# words never do). The checks name each kind; the table shows the whole
# text.
for q in 90 60; do
	bosett-solve -m practice -q $q --no-rule-prices --columns kommune,requested_prev,recommended,limit,binding \
		"$SRC/tests/cli/fixtures/reasons.csv" >out$q.csv || exit 1
	cat out$q.csv
done
check() { grep -q "$2" "$1" && echo "ok: $3" || echo "MISSING: $3"; }
check out90.csv "Mellomby,16,15,continuity,.*kept near last year's 16" "continuity names last year's number"
check out90.csv "Vik,10,10,min_settle,.*at the minimum of 10.*without this rule it would get 9" "the minimum, and the number without it"
check out90.csv "Øy,:,0,.*last year's 1-4 (suppressed)" "a suppressed number as 1-4"
check out60.csv "Dal,10,0,not_asked,.*not asked: a municipality that is asked gets at least 10.*would be asked for 6" "a drop says why"
check out60.csv "Bygd,21,13,continuity,\"21 last year, 13 now" "a cut gives both numbers"
check out60.csv "Dal,10,0,not_asked,.*Vik was asked instead: last year 10 against 10, share by the key 5.39 against 5.39, equal claims: the earlier kommunenummer goes first" "the analyst's text names the rival and the tie-break"
# The same facts as data (bosett-data(5)), for the report to word in nb and
# nn: the scaled anchor, the rule that decided and the number without it;
# and, for the analyst, the rival's kommunenr and what decided between them.
bosett-solve -m practice -q 60 --no-rule-prices \
	--columns kommunenr,kommune,requested_prev,anchor,rule,without_rule,rule_limit,rule_own,rival,rival_by \
	"$SRC/tests/cli/fixtures/reasons.csv" >facts60.csv || exit 1
cat facts60.csv
# 16 x 60 / 99.5: last year's total of the table with ":" as 2.5
check facts60.csv "1502,Mellomby,16,9.6482,continuity,18,9.6482,1,," "the anchor is last year's number scaled to this year's total"
check facts60.csv "1504,Vik,10,6.0302,min_settle,6,10.0000,1,1505,kommunenr" "the minimum: its number, the number without it"
check facts60.csv "1505,Dal,10,6.0302,min_settle,6,10.0000,1,1504,kommunenr" "a drop: the minimum, and the rival for the analyst"
