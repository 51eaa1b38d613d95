# Each kind of reason in nynorsk on the small table of solve-reasons.sh,
# worded from the solver's data columns (limit, anchor, rival, rival_by):
# continuity with the scaled anchor, selection with the rival, both
# last-year numbers and fair shares, a drop with why and who was asked
# instead, a cut with both numbers first, the stated tie-break, and the
# balance of the total from the anchor toward the fair share.
for q in 90 60; do
	bosett-solve -m practice -q $q --no-rule-prices "$SRC/tests/cli/fixtures/reasons.csv" >s$q.csv || exit 1
	bosett-report -f md --lang nn s$q.csv >r$q.md || exit 1
	sed -n '/^## Grunngjeving/,/^## Kvar/p' r$q.md | grep '^| [A-ZØ]' | tail -n +2
done
check() { grep -q "$2" "$1" && echo "ok: $3" || echo "MISSING: $3"; }
check r90.md "Mellomby | Kommunen får 15 personar, halden nær talet frå i fjor, 16, som skalert til totalen i år er 14,5" "continuity with the anchor"
check r90.md "Vik | .*Kommunen vert oppmoda framfor Øy: i fjor 10 mot 1-4, rimeleg del 8,1 mot 7,0; kommunen har sterkare" "selection names the rival"
check r60.md "Dal | Kommunen vert ikkje oppmoda i år, sjølv om han vart oppmoda om 10 i fjor, fordi talet frå i fjor, 10, skalert til totalen i år er 6,0, under minstetalet på 10. Vik vart oppmoda i staden" "a drop says why and who instead"
check r60.md "like krav: lågaste kommunenummer går først" "equal claims, stated tie-break"
check r60.md "Bygd | 21 i fjor, 13 no (totalen for fylket er 60 % av totalen i fjor): kommunen får 13" "a cut gives both numbers first"
check r60.md "Mellomby | Kommunen får 13 personar, meir enn talet frå i fjor, 16, skalert til totalen i år, 9,6, og nærare den rimelege delen" "the balance of the total"
