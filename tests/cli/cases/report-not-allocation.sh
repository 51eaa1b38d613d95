# a table without a recommended column is not bosett-solve's output
printf 'kommunenr,kommune,population\n0301,Oslo,717710\n' | bosett-report
