# nb and nn differ in words and agree in every number: the runs of digits
# of the two reports, in order, are the same (in roff, leaving out the
# escapes of letters like \[u00F8] and the tab stops, which are layout).
f=$SRC/tests/report/data/mr-solved.json
strip() { sed -e 's/\\\[u[0-9A-F]*\]//g' -e '/^\.ta/d'; }
for fmt in txt md roff html json; do
  bosett-report -f $fmt --lang nb "$f" | strip | grep -o '[0-9][0-9]*' >nb.$fmt
  bosett-report -f $fmt --lang nn "$f" | strip | grep -o '[0-9][0-9]*' >nn.$fmt
  bosett-report -f $fmt --lang nb "$f" >nb.full; bosett-report -f $fmt --lang nn "$f" >nn.full
  if cmp -s nb.$fmt nn.$fmt && ! cmp -s nb.full nn.full; then echo "$fmt: same numbers, different words ($(wc -l <nb.$fmt) numbers)"; else echo "$fmt: differ"; fi
done
