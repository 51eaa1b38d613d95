# A shortfall with its diagnosis, and the capacities that bind, in bokmål.
bosett-report -f txt --lang nb "$SRC/tests/report/data/shortfall.json"
