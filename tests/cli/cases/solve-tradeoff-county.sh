# The trade-off of the criteria corridor for Møre og Romsdal at IMDi's 2026
# request (1,030): practice, the default at corridors 0-30 % and five placebos
# (the criteria shuffled within the county).
bosett-solve --tradeoff --county 15 "$DATA/kommuner.csv"
