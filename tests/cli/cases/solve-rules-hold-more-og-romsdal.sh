# Whole numbers summing to 300, each 0 or at least 10, none above its cap,
# a reason for each: checked apart from the solver.
bosett-solve -q 300 --county 15 --columns kommunenr,cap,recommended,limit,binding "$DATA/kommuner.csv" >out.csv &&
sh "$SRC/tests/cli/check-allocation.sh" 300 10 <out.csv && echo ok
