#!/bin/sh
# A made-up table of N municipalities (codes 0001...; not real figures) for
# the reliability tests: sh make-table.sh N > table.csv
awk -v n="${1:-500}" 'BEGIN {
	print "kommunenr,kommune,population,fylkenr,x_note"
	for (i = 1; i <= n; i++)
		printf "%04d,Made-up municipality number %d,%d,%02d,not real data\n", i, i, 1000 + (i * 7919) % 50000, 1 + i % 15
}'
