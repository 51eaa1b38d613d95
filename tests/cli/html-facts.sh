#!/bin/sh
# The facts of an HTML report that its golden file checks, instead of the
# whole page (80 KB, re-blessed at every change of a chart's coordinates):
# the language, the title and every heading; each table's heading, size
# and header row; the summary table in full (its first 100 bytes a row); each figure's caption and what
# its chart draws (elements by kind); tags that open and close in equal
# number; and no bare '&' or '<' in text. The text of the tables is the
# report model's, checked in its Markdown and JSON goldens and unit tests;
# what the browser draws is tests/report/render-html.sh's.
#   sh html-facts.sh < report.html
awk '
function text(s) { gsub(/<[^>]*>/, "", s); return s }
function count(s, re,    n) { n = 0; while (match(s, re)) { n++; s = substr(s, RSTART + RLENGTH) } return n }
{ page = page $0 "\n" }
/<html / { match($0, /lang="[^"]*"/); print "lang " substr($0, RSTART + 6, RLENGTH - 7) }
/<title>/ && !intitle && !insvg { print "title " text($0) }
/<h[1-3]>/ { h = $0; sub(/.*<h/, "", h); print "h" substr(h, 1, 1) " " text($0); heading = text($0) }
/<table>/ { ntab++; rows = 0; cols = 0; head = ""; intable = 1 }
intable && /<th[ >]/ && head == "" { head = $0; cols = count($0, "<th[ >]"); gsub(/<\/th><th[^>]*>/, " | ", head); head = text(head) }
intable && /<tr><td/ { rows++; if (ntab == 1) print "  " substr(cells($0), 1, 100) }
/<\/table>/ { print "table " ntab " (" heading "): " rows " rows x " cols " columns: " head; intable = 0 }
/<figcaption>/ { print "figure " text($0) }
/<svg / { insvg = 1; kinds = "" ; delete k }
insvg { n = split($0, parts, "<"); for (i = 2; i <= n; i++) { e = parts[i]; sub(/[ >\/].*/, "", e); if (e != "" && e !~ /^\//) k[e]++ } }
/<\/svg>/ { insvg = 0; m = 0; for (e in k) if (e != "svg") names[++m] = e
	for (i = 2; i <= m; i++) for (j = i; j > 1 && names[j - 1] > names[j]; j--) { t = names[j]; names[j] = names[j - 1]; names[j - 1] = t }
	line = "  draws"; for (i = 1; i <= m; i++) line = line " " names[i] "=" k[names[i]]; print line }
function cells(s) { gsub(/<\/td><td[^>]*>/, ": ", s); return text(s) }
END {
	split("html head body table thead tbody tr th td figure figcaption svg g p h1 h2", tags, " ")
	for (i = 1; i in tags; i++) {
		o = count(page, "<" tags[i] "[ >]"); c = count(page, "</" tags[i] ">")
		if (o != c) print "unbalanced <" tags[i] ">: " o " opened, " c " closed"
	}
	body = page; gsub(/<[^>]*>/, "", body)
	bad = count(body, "&[^#a-zA-Z]") + count(body, "<")
	print "tags balanced; bare & or < in text: " bad
}'
