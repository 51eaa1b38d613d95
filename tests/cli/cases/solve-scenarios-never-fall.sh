# Across -q 100,200,...,2000 on the whole country no municipality's number
# falls as the total rises, and each scenario adds up to its total.
qs=$(seq -s, 100 100 2000)
cols=kommunenr$(for q in $(seq 100 100 2000); do printf ',recommended_q%s' $q; done)
bosett-solve -q "$qs" --columns "$cols" "$DATA/kommuner.csv" >s.csv || exit 1
awk -F, 'NR == 1 { next }
	{ for (i = 3; i <= NF; i++) if ($i + 0 < $(i - 1) + 0) { print $1 " falls from " $(i - 1) " to " $i; bad = 1 }
	  for (i = 2; i <= NF; i++) sum[i] += $i }
	END { for (i = 2; i <= 21; i++) if (sum[i] != (i - 1) * 100) { print "column " i " sums to " sum[i]; bad = 1 }
	      if (!bad) print "monotone over 20 scenarios"; exit bad }' s.csv
