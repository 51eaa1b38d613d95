#!/usr/bin/python3
"""The survey out and back (bosett-survey(5)): bosett-report --survey writes
the workbook for county 15; every empty answer cell is filled with a number
(or text, for the contact and the comment) by openpyxl, as a municipality
would in Excel; bosett-import reads it back beside data/kommuner.csv and
every answer must be in the table under its column, with the file, its
SHA-256 and the contact in the provenance. Then the bad edits: each is
refused with exit 1, a message naming the file, the sheet and the cell,
and no output file. Exit 77 (skipped) without openpyxl.
Usage: roundtrip.py BINDIR SRCDIR OUTDIR"""
import hashlib
import json
import os
import subprocess
import sys

try:
    import openpyxl
except ImportError:
    print("no python3-openpyxl: skipped")
    sys.exit(77)

bindir, srcdir, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
table = os.path.join(srcdir, "data", "kommuner.csv")
env = dict(os.environ, SOURCE_DATE_EPOCH="1795000000")
fails = []


def check(ok, what):
    if not ok:
        fails.append(what)


def run(*args):
    return subprocess.run(list(args), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def path(name):
    return os.path.join(out, name)


sent = path("survey-15.xlsx")
p = run(os.path.join(bindir, "bosett-report"), "--survey", "-f", "xlsx", "--county", "15", "-o", sent, table)
check(p.returncode == 0, "bosett-report --survey: %s" % p.stderr)
wb = openpyxl.load_workbook(sent)
check(wb.sheetnames == ["Kartlegging", "Rettleiing", "bosett"], "sheets %s" % wb.sheetnames)
check(wb["bosett"].sheet_state == "hidden", "the mark is not hidden")
ws = wb["Kartlegging"]
check(ws.protection.sheet, "the survey sheet is not protected")
mark = {r[0].value: [c.value for c in r[1:]] for r in wb["bosett"].iter_rows() if r[0].value != "row"}
cols = [c for c in mark["columns"] if c]
answer = [a == "1" for a in mark["answer"][:len(cols)]]
header = int(mark["header"][0])
check(mark["lang"][0] == "nn", "Møre og Romsdal's survey is not in nynorsk: %s" % mark["lang"][0])
for want in ("offered", "housing_units", "kindergarten_places", "school_places", "adult_ed_seats",
             "upper_secondary_seats", "survey_contact", "survey_comment"):
    check(want in cols and answer[cols.index(want)], "no answer column %s" % want)
for want in ("kommunenr", "kommune", "population", "requested_prev", "decided_prev", "settled_prev"):
    check(want in cols and not answer[cols.index(want)], "no prefilled column %s" % want)
rows = list(range(header + 1, ws.max_row + 1))
check(len(rows) == 27, "%d municipalities in county 15's survey, not 27" % len(rows))
check(ws.cell(header + 1, 1).value == "1505", "first row %r is not 1505 Kristiansund" % ws.cell(header + 1, 1).value)
# prefilled cells locked, answer cells unlocked, numbers validated as whole numbers >= 0
r0 = header + 1
for k, col in enumerate(cols):
    locked = ws.cell(r0, k + 1).protection.locked
    check(locked != answer[k], "%s: locked is %s" % (col, locked))
valid = {str(d.sqref): (d.type, d.operator, d.formula1) for d in ws.data_validations.dataValidation}
for k, col in enumerate(cols):
    if answer[k] and col not in ("survey_contact", "survey_comment"):
        letter = openpyxl.utils.get_column_letter(k + 1)
        rng = "%s%d:%s%d" % (letter, rows[0], letter, rows[-1])
        check(valid.get(rng) == ("whole", "greaterThanOrEqual", "0"), "%s: validation %r" % (rng, valid.get(rng)))
check(wb.properties.created.year == 2026, "created %s, not SOURCE_DATE_EPOCH's 2026" % wb.properties.created)

# every empty answer cell filled, as a municipality would
filled = {}
for r in rows:
    code = ws.cell(r, 1).value
    for k, col in enumerate(cols):
        if answer[k]:
            check(ws.cell(r, k + 1).value is None, "answer cell %s%d not empty" % (col, r))
            v = "%s for %s" % (col, code) if col.startswith("survey_") else int(code) % 89 + 3 * k
            ws.cell(r, k + 1).value = v
            filled[(code, col)] = v
good = path("filled.xlsx")
wb.save(good)
res = path("answers.json")
if os.path.exists(res):
    os.remove(res)
p = run(os.path.join(bindir, "bosett-import"), "-f", "json", "-o", res, table, good)
check(p.returncode == 0, "bosett-import of the filled survey: %s" % p.stderr)
if p.returncode == 0:
    doc = json.load(open(res))
    c = doc["columns"]
    byc = {row[c.index("kommunenr")]: row for row in doc["rows"]}
    for (code, col), v in filled.items():
        got = byc[code][c.index(col)] if col in c else None
        check(got == v, "%s %s: %r in the table, %r in the survey" % (code, col, got, v))
    sha = hashlib.sha256(open(good, "rb").read()).hexdigest()
    check(any(i["sha256"] == sha for i in doc["inputs"]), "the survey's SHA-256 is not among the inputs")
    prov = doc["meta"].get("import.survey.1505", "")
    check("filled.xlsx" in prov and sha in prov and "survey_contact for 1505" in prov,
          "provenance of 1505: %r" % prov)
    others = [row for code, row in byc.items() if not code.startswith("15")]
    check(all(row[c.index("offered")] in (None, "") for row in others), "an answer outside county 15")
print("%d answers read back" % len(filled))


def col_of(name):
    return cols.index(name) + 1


def bad(name, edit, want, also=()):
    """The filled workbook edited; bosett-import must refuse it whole."""
    wb = openpyxl.load_workbook(good)
    edit(wb["Kartlegging"])
    f = path(name + ".xlsx")
    wb.save(f)
    o = path(name + ".json")
    if os.path.exists(o):
        os.remove(o)
    p = run(os.path.join(bindir, "bosett-import"), "-f", "json", "-o", o, table, *also, f)
    msg = p.stderr.strip()
    check(p.returncode == 1, "%s: exit %d, not 1 (%s)" % (name, p.returncode, msg))
    check(not os.path.exists(o), "%s: an output file was written" % name)
    check(msg.count("\n") == 0 and want in msg, "%s: message %r lacks %r" % (name, msg, want))
    print("%s: %s" % (name, msg))


def text_in_number(ws):
    ws.cell(r0, col_of("offered")).value = "omlag tjue"


def changed_code(ws):
    ws.cell(r0, 1).value = "1506"


def deleted_row(ws):
    ws.delete_rows(r0 + 1)


def duplicated_row(ws):
    last = ws.max_row
    for k in range(len(cols)):
        ws.cell(last + 1, k + 1).value = ws.cell(r0, k + 1).value


def other_county(ws):
    ws.cell(r0 + 2, 1).value = "4601"
    ws.cell(r0 + 2, 2).value = "Bergen"


def changed_heading(ws):
    ws.cell(header, col_of("offered")).value = "Kan ta imot"


L = openpyxl.utils.get_column_letter
bad("bad-text", text_in_number, "bad-text.xlsx: sheet 'Kartlegging' cell %s%d: offered of 1505 Kristiansund: not a whole number"
    % (L(col_of("offered")), r0))
bad("bad-code", changed_code, "bad-code.xlsx: sheet 'Kartlegging' cell A%d: the kommunenummer of Kristiansund was changed from 1505 to 1506" % r0)
bad("bad-deleted", deleted_row, "bad-deleted.xlsx: sheet 'Kartlegging' cell A%d: the row of 1506 Molde is missing" % (r0 + 1))
bad("bad-duplicated", duplicated_row, "bad-duplicated.xlsx: sheet 'Kartlegging' cell A%d: 1505 Kristiansund a second time" % (rows[-1] + 1))
bad("bad-county", other_county, "bad-county.xlsx: sheet 'Kartlegging' cell A%d: 4601 is a municipality of county 46, not of county 15" % (r0 + 2))
bad("bad-heading", changed_heading, "bad-heading.xlsx: sheet 'Kartlegging' cell %s%d: the heading" % (L(col_of("offered")), header))


def other_answer(ws):
    ws.cell(r0, col_of("housing_units")).value = 999


bad("bad-second", other_answer, "bad-second.xlsx: sheet 'Kartlegging' cell %s%d: housing_units of 1505 Kristiansund is 999, but %s sheet 'Kartlegging' cell %s%d says"
    % (L(col_of("housing_units")), r0, good, L(col_of("housing_units")), r0), also=(good,))

# one municipality's own workbook, beside the county's: the same answers agree
own = path("survey-1505.xlsx")
p = run(os.path.join(bindir, "bosett-report"), "--survey", "--county", "1505", "-o", own, table)
check(p.returncode == 0, "bosett-report --survey --county 1505: %s" % p.stderr)
wb = openpyxl.load_workbook(own)
ws = wb["Kartlegging"]
check(ws.max_row == header + 1 and ws.cell(header + 1, 1).value == "1505", "1505's own workbook has other rows")
for k, col in enumerate(cols):
    if answer[k]:
        ws.cell(header + 1, k + 1).value = filled[("1505", col)]
wb.save(path("filled-1505.xlsx"))
p = run(os.path.join(bindir, "bosett-import"), "-f", "json", "-o", path("both.json"), table, good, path("filled-1505.xlsx"))
check(p.returncode == 0, "the county's and 1505's own workbook, agreeing: %s" % p.stderr)
# the language of the county's municipalities: Rogaland writes bokmål (2 bokmål, 8 nynorsk, 13 neutral
# of 23: nynorsk is not the majority)
p = run(os.path.join(bindir, "bosett-report"), "--survey", "--county", "11", "-o", path("survey-11.xlsx"), table)
check(p.returncode == 0, "bosett-report --survey --county 11: %s" % p.stderr)
if p.returncode == 0:
    wb = openpyxl.load_workbook(path("survey-11.xlsx"))
    check(wb.sheetnames == ["Kartlegging", "Veiledning", "bosett"], "Rogaland's survey is not in bokmål: %s" % wb.sheetnames)
if fails:
    print("\n".join(fails))
    sys.exit(1)
