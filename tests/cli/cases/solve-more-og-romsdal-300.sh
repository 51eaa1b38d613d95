# The foundation's acceptance case: Møre og Romsdal, 300 people.
bosett-solve -q 300 --county 15 --columns kommunenr,kommune,population,cap,fair_share,recommended,limit,binding "$DATA/kommuner.csv"
