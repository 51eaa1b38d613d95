# The same input gives byte-identical output, in any locale.
bosett-solve -q 653 --county 46 -f json "$DATA/kommuner.csv" >a.json &&
LC_ALL=nb_NO.UTF-8 bosett-solve -q 653 --county 46 -f json "$DATA/kommuner.csv" >b.json 2>/dev/null &&
cmp a.json b.json && echo identical
