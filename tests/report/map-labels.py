#!/usr/bin/python3
"""The map's names do not overlap one another or any circle: read the SVG
map of the HTML report, take each name's box as report_svg.c reckons it
(about 6 pixels a character, 11 high) and each circle's square, and check
every pair. At least 24 of Møre og Romsdal's 27 names must be on the map
(a name with no free place is left off; the table has it).
Usage: map-labels.py BINDIR TABLE"""
import html
import os
import re
import subprocess
import sys

bindir, table = sys.argv[1:3]
doc = subprocess.run([os.path.join(bindir, "bosett-report"), "-f", "html", "--lang", "nb", table],
                     check=True, stdout=subprocess.PIPE).stdout.decode()
names = [(float(x), float(y), html.unescape(t)) for x, y, t in
         re.findall(r'<text x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="start" font-size="10" fill="#222" class="name">([^<]*)</text>', doc)]
start = doc.find('class="name"')
svg = doc[doc.rfind("<svg", 0, start):doc.find("</svg>", start)]
circles = [(float(cx), float(cy), float(r)) for cx, cy, r in
           re.findall(r'<circle cx="([-0-9.]+)" cy="([-0-9.]+)" r="([0-9.]+)"', svg)]
boxes = [(x, y - 9, x + 6.0 * len(t) * 0.92, y + 1, t) for x, y, t in names]
fails = []
for i, a in enumerate(boxes):
    for b in boxes[i + 1:]:
        if a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]:
            fails.append("names overlap: %s and %s" % (a[4], b[4]))
    for cx, cy, r in circles:
        if a[0] < cx + r - 0.5 and a[2] > cx - r + 0.5 and a[1] < cy + r - 0.5 and a[3] > cy - r + 0.5:
            fails.append("name %s covers a circle at (%.0f, %.0f)" % (a[4], cx, cy))
if len(names) < 24:
    fails.append("only %d names on the map" % len(names))
if not circles:
    fails.append("no circles found")
print("%d names, %d circles" % (len(names), len(circles)))
if fails:
    print("\n".join(fails[:20]))
    sys.exit(1)
