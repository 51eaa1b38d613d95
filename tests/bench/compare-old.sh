#!/bin/sh
# compare-old.sh NEWBIN: an older bosett-solve (OLD=its bin directory) against this one
# on national totals (F=national table with scores) and every county at its last request
# and 7 times it: every column and meta key the same but the shadow prices, whose
# differences are printed (a degenerate dual; bosett(7), EXPLANATION).
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
NEW=${1:-build/bin}
OLD=${OLD:?set OLD to the bin directory of the build to compare with}
F=${F:?set F to a national table with a score column (gen_instance.py national)}
for q in 100 500 1000 2000 5025 8000 12640 18900 25000 31258 35000 38000; do
  $OLD/bosett-solve -q $q -f json -o $W/o.json $F 2>/dev/null; $NEW/bosett-solve -q $q -f json -o $W/n.json $F 2>/dev/null
  r=$(python3 $(dirname "$0")/compare_json.py $W/o.json $W/n.json); echo "national $q: $r"
done
for c in $(awk -F, 'NR>1{print $3}' $F | sort -u); do
  # the county's request of last year, by the column's name
  q=$(awk -F, -v c=$c 'NR==1 { for (i = 1; i <= NF; i++) if ($i == "requested_prev") r = i; next }
      $3==c && $r ~ /^[0-9]+$/ {s+=$r} END{print s+0}' $F)
  for qq in $q $((q*7)); do
  $OLD/bosett-solve -q $qq --county $c -f json -o $W/o.json $F 2>/dev/null; $NEW/bosett-solve -q $qq --county $c -f json -o $W/n.json $F 2>/dev/null
  r=$(python3 $(dirname "$0")/compare_json.py $W/o.json $W/n.json); echo "county $c $qq: $r"
  done
done
