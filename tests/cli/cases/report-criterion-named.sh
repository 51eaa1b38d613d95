# Where the criteria move a number, the reason names the criterion that
# counts most and by how much it moves the target, in every language
# (issue 20: "each departure's reason says which criterion moved it and by
# how much"); the figure is bosett-solve's criterion_move. Every row whose
# number the criteria moved names one.
bosett-solve --quiet --county 46 --year 2027 -f json -o v.json "$DATA/kommuner.csv"
for l in nn nb en; do
	bosett-report -f md --lang $l v.json > v-$l.md
	grep '^| Bergen |' v-$l.md | grep -o -E '(Kriteriet som (tel|teller) mest|The criterion that counts most)[^|]*(personar|personer|people)\.'
done
moved=$(grep -c -E 'Kriteria for busetjing trekkjer|Ut frå kriteria for busetjing' v-nn.md)
named=$(grep -c 'Kriteriet som tel mest' v-nn.md)
echo "nn: $moved rows moved by the criteria, $named name the criterion"
