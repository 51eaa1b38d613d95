# a column the model weighs must hold numbers
printf 'kommunenr,kommune,population,note\n9001,A,100,1.5\n9002,B,200,n/a\n' >t.csv
printf '{"score": {"weights": {"note": 1}}}\n' >m.json
bosett-score -m m.json t.csv
