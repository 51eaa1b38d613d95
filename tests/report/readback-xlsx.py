#!/usr/bin/python3
"""Read back the workbook of bosett-report -f xlsx with openpyxl (Debian's
python3-openpyxl) and check what an adviser forwards: the sheets named in
the language, readable headings, numbers stored as numbers that add up to
the total row and to the county's total, the header row frozen, a reason in
words for every municipality, and the provenance sheet with each input's
SHA-256. Exit 77 (skipped) without openpyxl.
Usage: readback-xlsx.py BINDIR TABLE OUTDIR LANG"""
import json
import os
import re
import subprocess
import sys

try:
    import openpyxl
except ImportError:
    print("no python3-openpyxl: skipped")
    sys.exit(77)

bindir, table, out, lang = sys.argv[1:5]
os.makedirs(out, exist_ok=True)
path = os.path.join(out, "report-%s.xlsx" % lang)
env = dict(os.environ, SOURCE_DATE_EPOCH="1795000000")
subprocess.run([os.path.join(bindir, "bosett-report"), "-f", "xlsx", "--lang", lang, "-o", path, table],
               check=True, env=env)
again = subprocess.run([os.path.join(bindir, "bosett-report"), "-f", "xlsx", "--lang", lang, table],
                       check=True, env=env, stdout=subprocess.PIPE).stdout
fails = []
def check(ok, what):
    if not ok:
        fails.append(what)

check(open(path, "rb").read() == again, "two runs give different workbooks")
doc = json.load(open(table))
meta = doc["meta"]
wb = openpyxl.load_workbook(path)
names = {"nb": ["Tilråding", "Kilder"], "nn": ["Tilråding", "Kjelder"], "en": ["Recommendation", "Provenance"]}
check(wb.sheetnames == names[lang], "sheets %s" % wb.sheetnames)
ws = wb.worksheets[0]
head = [c.value for c in ws[1]]
want = {"nb": ["Kommune", "Tilrådd", "Begrunnelse"], "nn": ["Kommune", "Tilrådd", "Grunngjeving"],
        "en": ["Municipality", "Recommended", "Reason"]}[lang]
for w in want:
    check(w in head, "heading %r not in %s" % (w, head))
check(ws.freeze_panes == "C2", "header row and names not frozen: %s" % ws.freeze_panes)
rec = head.index(want[1])
reason = head.index(want[2])
rows = list(ws.iter_rows(min_row=2, values_only=True))
munis, total = rows[:-1], rows[-1]
check(len(munis) == len(doc["rows"]), "%d rows for %d municipalities" % (len(munis), len(doc["rows"])))
check(all(isinstance(r[rec], (int, float)) for r in munis), "recommended not stored as numbers")
check(isinstance(total[rec], (int, float)) and sum(r[rec] for r in munis) == total[rec],
      "total row %r is not the sum" % (total[rec],))
ri = doc["columns"].index("recommended")
check(total[rec] == sum(r[ri] for r in doc["rows"]), "total %r is not the table's" % (total[rec],))
for r in munis:
    check(isinstance(r[reason], str) and len(r[reason]) > 3, "%s has no reason" % r[0])
    if lang != "en" and isinstance(r[reason], str):
        check(not re.search(r"\b[a-z]+_[a-z_]+\b", r[reason]), "internal key in %s's reason: %r" % (r[0], r[reason]))
prov = wb.worksheets[1]
cells = [c for row in prov.iter_rows(values_only=True) for c in row if isinstance(c, str)]
for f in doc.get("inputs", []):
    check(f["sha256"] in cells, "input %s not in the provenance sheet" % f["file"])
check(any(c == "solve.quota" for c in cells), "solve.quota not in the provenance sheet")
if fails:
    print("\n".join(fails))
    sys.exit(1)
print("%s: %d municipalities, total %s" % (path, len(munis), total[rec]))
