# Each kind of reason in bokmål on the small table of solve-reasons.sh,
# worded from the solver's data columns (rule, without_rule, rule_limit,
# rule_own, anchor): what we recommend first, then continuity with the
# anchor recalculated to this year's total, the minimum, a drop with why,
# a suppressed number as 1-4, and every time what the number would be
# without the rule; never one municipality's claim against another's.
for q in 90 60; do
	bosett-solve -m practice -q $q --no-rule-prices "$SRC/tests/cli/fixtures/reasons.csv" >s$q.csv || exit 1
	bosett-report -f md --lang nb s$q.csv >r$q.md || exit 1
	sed -n '/^## Begrunnelse for hver kommune/,/^## /p' r$q.md | grep '^| [A-ZØ]' | tail -n +2
done
check() { grep -q "$2" "$1" && echo "ok: $3" || echo "MISSING: $3"; }
check r90.md "Mellomby | Vi tilrår at kommunen blir anmodet om å bosette 15 personer. IMDis anmodning i fjor var 16, som er 14,47 omregnet til årets samlede tall." "continuity with the anchor"
check r90.md "Vik | .*En kommune som blir anmodet, skal bosette minst 10 personer.*Uten minstetallet ville kommunen fått 9 personer" "the minimum, and the number without it"
check r60.md "Dal | Vi tilrår at kommunen ikke blir anmodet i år.*Uten minstetallet ville kommunen blitt anmodet om å bosette 6 personer. IMDis anmodning i fjor var 10." "a drop says why"
check r90.md "Øy | .*IMDis anmodning i fjor var 1-4" "a suppressed number as 1-4"
grep -q -E "krav|fremfor|framfor|i stedet|kommunenummer|skalert|avrundet" r90.md r60.md && echo "MISSING: no claims compared" || echo "ok: no claims compared"
