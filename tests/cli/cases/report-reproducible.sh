# The same input gives the same bytes in every run and locale; every format
# carries one date (today's without SOURCE_DATE_EPOCH, here unset but for
# the roff letter); never a Norwegian number in JSON.
f=$SRC/tests/report/data/mr-solved.json
for fmt in md html txt roff json; do
  if [ $fmt = roff ]; then export SOURCE_DATE_EPOCH=1795000000; else unset SOURCE_DATE_EPOCH; fi
  LC_ALL=C bosett-report -f $fmt --lang nn "$f" >a
  LC_ALL=nb_NO.UTF-8 LC_NUMERIC=de_DE.UTF-8 bosett-report -f $fmt --lang nn -o b "$f"
  cmp -s a b && echo "$fmt: identical" || echo "$fmt: differ"
  echo "dates: $(grep -c -E '20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9]+\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) 20' a)"
done
echo "no-break spaces in JSON: $(bosett-report -f json --lang nb "$f" | grep -c "$(printf '\302\240')")"
echo "decimal commas in JSON numbers: $(bosett-report -f json --lang nb "$f" | grep -c -E ':[0-9-]+,[0-9]')"
