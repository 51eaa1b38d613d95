# Two municipalities with no history: the rival's reason compares fair
# shares only, and says nothing of last year ("last year none against none").
bosett-solve -q 10 --columns kommune,recommended,binding "$SRC/tests/bad/inputs/caps-below-minimum.csv"
