#!/bin/sh
# Make the large inputs of the bad-input cases on the fly rather than keep
# megabytes in the repository: sh tests/bad/gen.sh NAME > NAME
# (awk, and python3's standard library for workbooks; the same bytes
# every time).
case $1 in
*.xlsx|*.xls)         # workbooks: gen_xlsx.py says what each is
	exec /usr/bin/python3 "$(dirname "$0")/gen_xlsx.py" "$1" ;;
field-2mb.csv)       # a 2 MB field (the limit is BOSETT_FIELD_MAX = 65536 bytes)
	awk 'BEGIN { printf "kommunenr,kommune,population\n1505,"; for (i = 0; i < 2097152 / 64; i++) printf "%s", "KristiansundKristiansundKristiansundKristiansundKristiansundKrist"; print ",24404" }' ;;
field-2mb.json)
	awk 'BEGIN { printf "{\"bosett\":\"table\",\"columns\":[\"kommunenr\",\"kommune\",\"population\"],\"rows\":[[\"1505\",\""; for (i = 0; i < 2097152 / 64; i++) printf "%s", "KristiansundKristiansundKristiansundKristiansundKristiansundKrist"; print "\",24404]]}" }' ;;
columns-1001.csv)    # BOSETT_COLS_MAX = 1000
	awk 'BEGIN { printf "kommunenr,kommune,population"; for (i = 4; i <= 1001; i++) printf ",c%d", i; print ""; printf "1505,Kristiansund,24404"; for (i = 4; i <= 1001; i++) printf ",1"; print "" }' ;;
x-columns-1001.csv)  # the same with extra columns named x_ (kept without a warning)
	awk 'BEGIN { printf "kommunenr,kommune,population"; for (i = 4; i <= 1001; i++) printf ",x_c%d", i; print ""; printf "1505,Kristiansund,24404"; for (i = 4; i <= 1001; i++) printf ",1"; print "" }' ;;
rows-1000001.csv)    # BOSETT_ROWS_MAX = 1000000
	awk 'BEGIN { print "kommunenr,kommune,population"; for (i = 0; i < 1000001; i++) printf "%04d,K,1\n", i % 10000 }' ;;
rows-10001.csv)      # BOSETT_FILE_ROWS_MAX = 10000: refused at row 10,001, not after the file
	awk 'BEGIN { print "kommunenr,kommune,population"; for (i = 0; i < 1000000; i++) printf "%04d,K,1\n", i % 10000 }' ;;
rows-10001.json)
	awk 'BEGIN { printf "{\"bosett\":\"table\",\"columns\":[\"kommunenr\",\"kommune\",\"population\"],\"rows\":[\n"; for (i = 0; i < 1000000; i++) printf "%s[\"%04d\",\"K\",1]\n", i ? "," : "", i % 10000; print "]}" }' ;;
meta-1000.json)      # the most meta a document may carry: a tool adding its own may not write it
	awk 'BEGIN { printf "{\"bosett\":\"table\",\"meta\":{"; for (i = 0; i < 1000; i++) printf "%s\"k%06d\":\"\"", i ? "," : "", i; print "},\"columns\":[\"kommunenr\",\"kommune\",\"population\"],\"rows\":[[\"1505\",\"K\",100000]]}" }' ;;
meta-200000.json)    # many provenance entries (at most 1000)
	awk 'BEGIN { printf "{\"bosett\":\"table\",\"meta\":{"; for (i = 0; i < 200000; i++) printf "%s\"k%06d\":\"\"", i ? "," : "", i; print "},\"columns\":[\"kommunenr\",\"kommune\",\"population\"],\"rows\":[[\"1505\",\"K\",1]]}" }' ;;
deep-nesting.json)   # deeper than cJSON's nesting limit (1000)
	awk 'BEGIN { printf "{\"bosett\":\"table\",\"meta\":"; for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "}" }' ;;
table-9999.csv)      # a made-up county of 9999 municipalities (not real figures): a slow solve
	awk 'BEGIN { print "kommunenr,kommune,population"; for (i = 1; i <= 9999; i++) printf "%04d,Made-up %d,%d\n", i, i, 1000 + (i * 7919) % 50000 }' ;;
table-9999-regions.csv) # the same with commuting regions and pooled jobs: a slow solve for GLPK's search
	awk 'BEGIN { print "kommunenr,kommune,population,region,jobs"; for (i = 1; i <= 9999; i++) printf "%04d,Made-up %d,%d,%d,%d\n", i, i, 1000 + (i * 7919) % 50000, i % 500, 5000 }' ;;
separators-200000.csv) # a header of 200,000 empty columns (at most 100,000 fields a record)
	awk 'BEGIN { printf "kommunenr,kommune,population"; for (i = 0; i < 200000; i++) printf ","; print ""; print "1505,K,1" }' ;;
report-name-33000.csv) # a name of 33,000 characters: more than an Excel cell holds (32,767)
	awk 'BEGIN { print "kommunenr,kommune,fylkenr,population,recommended"; printf "1505,"; for (i = 0; i < 33000; i++) printf "K"; print ",15,24404,13" }' ;;
*) echo "gen.sh: no input named $1" >&2; exit 1 ;;
esac
