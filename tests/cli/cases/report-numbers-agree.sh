# nb and nn differ in words and agree in every number: the runs of digits
# of the two reports, in order, are the same (in roff, leaving out the
# escapes of letters like \[u00F8] and the tab stops, which are layout;
# the roff letter splits a wide table where its headings make it too wide,
# so its numbers are compared as sorted lists).
f=$SRC/tests/report/data/mr-solved.json
export SOURCE_DATE_EPOCH=1795000000  # the roff letter is dated; the same date in both
strip() { sed -e 's/\\\[u[0-9A-F]*\]//g' -e '/^\.ta/d'; }
for fmt in txt md roff html json; do
  order=cat; [ $fmt = roff ] && order=sort
  bosett-report -f $fmt --lang nb "$f" | strip | grep -o '[0-9][0-9]*' | $order >nb.$fmt
  bosett-report -f $fmt --lang nn "$f" | strip | grep -o '[0-9][0-9]*' | $order >nn.$fmt
  bosett-report -f $fmt --lang nb "$f" >nb.full; bosett-report -f $fmt --lang nn "$f" >nn.full
  if cmp -s nb.$fmt nn.$fmt && ! cmp -s nb.full nn.full; then echo "$fmt: same numbers, different words ($(wc -l <nb.$fmt) numbers)"; else echo "$fmt: differ"; fi
done
