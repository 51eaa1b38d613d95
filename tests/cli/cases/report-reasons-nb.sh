# Each kind of reason in bokmål on the small table of solve-reasons.sh,
# worded from the solver's data columns (limit, anchor, rival, rival_by):
# continuity with the scaled anchor, selection with the rival, both
# last-year numbers and fair shares, a drop with why and who was asked
# instead, a cut with both numbers first, the stated tie-break, and the
# balance of the total from the anchor toward the fair share.
for q in 90 60; do
	bosett-solve -m practice -q $q --no-rule-prices "$SRC/tests/cli/fixtures/reasons.csv" >s$q.csv || exit 1
	bosett-report -f md --lang nb s$q.csv >r$q.md || exit 1
	sed -n '/^## Begrunnelser/,/^## Hvor/p' r$q.md | grep '^| [A-ZØ]' | tail -n +2
done
check() { grep -q "$2" "$1" && echo "ok: $3" || echo "MISSING: $3"; }
check r90.md "Mellomby | Kommunen får 15 personer, holdt nær fjorårets 16, som skalert til årets total er 14,5" "continuity with the anchor"
check r90.md "Vik | .*Kommunen anmodes framfor Øy: i fjor 10 mot 1-4, rimelig andel 8,1 mot 7,0; kommunen har sterkere" "selection names the rival"
check r60.md "Dal | Kommunen anmodes ikke i år, selv om den ble anmodet om 10 i fjor, fordi fjorårets 10 skalert til årets total er 6,0, under minstetallet på 10. Vik ble anmodet i stedet" "a drop says why and who instead"
check r60.md "like krav: lavest kommunenummer går først" "equal claims, stated tie-break"
check r60.md "Bygd | 21 i fjor, 13 nå (fylkets total er 60 % av fjorårets): kommunen får 13" "a cut gives both numbers first"
check r60.md "Mellomby | Kommunen får 13 personer, mer enn fjorårets 16 skalert til årets total, 9,6, og nærmere den rimelige andelen" "the balance of the total"
