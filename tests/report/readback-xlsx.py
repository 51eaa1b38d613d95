#!/usr/bin/python3
"""Read back the workbook of bosett-report -f xlsx with openpyxl (Debian's
python3-openpyxl) and check what an adviser forwards: the sheets named in
the language, a title block (title, county, planning year, the date of
SOURCE_DATE_EPOCH), readable headings, numbers stored as numbers whose
total row is a SUM formula over them (its cached value the county's total),
the header row frozen, a reason in words for every municipality, the
provenance sheet with each input's SHA-256 and the tools' keys in words,
and true document properties (title, created on SOURCE_DATE_EPOCH's day).
Exit 77 (skipped) without openpyxl.
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
title = {"nb": "Tilråding om bosetting av flyktninger", "nn": "Tilråding om busetjing av flyktningar",
         "en": "Recommended settlement of refugees"}[lang]
block = [ws.cell(r, 1).value for r in range(1, 6)]
check(block[0] == "%s %s" % (title, meta["year"]), "title %r" % block[0])
county = {"nb": "Fylke", "nn": "Fylke", "en": "County"}[lang]
check(block[1] == "%s: Møre og Romsdal (15)" % county, "county line %r" % block[1])
year = {"nb": "Planleggingsår", "nn": "Planleggingsår", "en": "Planning year"}[lang]
check(block[2] == "%s: %s" % (year, meta["year"]), "planning year line %r" % block[2])
date = {"nb": "Dato: 18. november 2026", "nn": "Dato: 18. november 2026", "en": "Date: 18 November 2026"}[lang]
check(block[3] == date, "date line %r, not %r" % (block[3], date))
check(wb.properties.title == block[0], "document title %r" % wb.properties.title)
check(wb.properties.created.strftime("%Y-%m-%d") == "2026-11-18", "created %s" % wb.properties.created)
hrow = 6
head = [c.value for c in ws[hrow]]
want = {"nb": ["Kommune", "Tilrådd", "Begrunnelse"], "nn": ["Kommune", "Tilrådd", "Grunngjeving"],
        "en": ["Municipality", "Recommended", "Reason"]}[lang]
for w in want:
    check(w in head, "heading %r not in %s" % (w, head))
check(ws.freeze_panes == "C%d" % (hrow + 1), "header row and names not frozen: %s" % ws.freeze_panes)
rec = head.index(want[1])
reason = head.index(want[2])
rows = list(ws.iter_rows(min_row=hrow + 1, values_only=True))
munis, total = rows[:-1], rows[-1]
check(len(munis) == len(doc["rows"]), "%d rows for %d municipalities" % (len(munis), len(doc["rows"])))
check(all(isinstance(r[rec], (int, float)) for r in munis), "recommended not stored as numbers")
L = openpyxl.utils.get_column_letter(rec + 1)
check(total[rec] == "=SUM(%s%d:%s%d)" % (L, hrow + 1, L, hrow + len(munis)), "total row %r is not a SUM formula" % (total[rec],))
cached = openpyxl.load_workbook(path, data_only=True).worksheets[0].cell(hrow + len(munis) + 1, rec + 1).value
ri = doc["columns"].index("recommended")
check(cached == sum(r[ri] for r in doc["rows"]) == sum(r[rec] for r in munis),
      "the total's cached value %r is not the table's" % (cached,))
for r in munis:
    check(isinstance(r[reason], str) and len(r[reason]) > 3, "%s has no reason" % r[0])
    if lang != "en" and isinstance(r[reason], str):
        check(not re.search(r"\b[a-z]+_[a-z_]+\b", r[reason]), "internal key in %s's reason: %r" % (r[0], r[reason]))
prov = wb.worksheets[1]
cells = [c for row in prov.iter_rows(values_only=True) for c in row if isinstance(c, str)]
for f in doc.get("inputs", []):
    check(f["sha256"] in cells, "input %s not in the provenance sheet" % f["file"])
words = {r[2]: r[0] for r in prov.iter_rows(values_only=True) if r[2] and r[1] is not None}
quota = {"nb": "Samlet tall for fylket", "nn": "Samla tal for fylket", "en": "County's total to place"}[lang]
check(words.get("solve.quota") == quota, "solve.quota in words: %r" % words.get("solve.quota"))
if lang != "en":
    check(all(w != k for k, w in words.items()), "keys not in words: %s" % [k for k, w in words.items() if w == k])
# the letter's people in the document properties: author the contact, company the sender
signed = os.path.join(out, "report-%s-signed.xlsx" % lang)
subprocess.run([os.path.join(bindir, "bosett-report"), "-f", "xlsx", "--lang", lang, "--sender", "Vestland fylkeskommune",
                "--contact", "Kari Nordmann", "-o", signed, table], check=True, env=env)
check(openpyxl.load_workbook(signed).properties.creator == "Kari Nordmann", "author is not the letter's contact")
import zipfile
app = zipfile.ZipFile(signed).read("docProps/app.xml").decode()
check("<Company>Vestland fylkeskommune</Company>" in app, "company is not the letter's sender")
app = zipfile.ZipFile(path).read("docProps/app.xml").decode()
org = {"nb": "Møre og Romsdal fylkeskommune", "nn": "Møre og Romsdal fylkeskommune", "en": "Møre og Romsdal County Council"}[lang]
check("<Company>%s</Company>" % org in app, "company is not the county council without a letter")
if fails:
    print("\n".join(fails))
    sys.exit(1)
print("%s: %d municipalities, total %s" % (path, len(munis), total[rec]))
