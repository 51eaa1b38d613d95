#!/usr/bin/env python3
"""Did IMDi's next request follow last year's request or the council's
decision? (bosett(7), CALIBRATION: why the decision anchor costs in
2012-2016 against IMDi's requests and not from 2017.)

usage: anchor-evidence.py SHARED_DATA_DIR CROSSWALK

Reads IMDi's settlement history (imdi_bosatt_anmodede_1995-2021.csv,
ISO-8859-1, each year's municipality codes; Kilde: IMDi) and the code
crosswalk (data/kommune_crosswalk.csv) and prints, for each year Y from
2012 to 2021, over the municipalities asked in Y-1 (request above 0) whose
council decided fewer than asked (a decision of 0 included), and that have
a request in Y:
  - n: how many;
  - asked, decided, settled: their sums in Y-1, people (what was settled:
    ":" counts as 2.5, "." as 0), to show whether a council that decided
    fewer settled fewer; empty where the file has no settled figure for
    any of them (2011);
  - from_request: the sum of |request Y - request Y-1|;
  - from_decision: the sum of |request Y - decision Y-1|;
  - closer: "request" or "decision", whichever IMDi's request in Y was
    closer to in sum.
Codes of Y-1 are carried to Y through the crosswalk (the 2020 reform);
a municipality merged with others is left out of that year. Nothing is
tuned; the numbers are what the file gives.
"""
import csv
import sys


def num(s):
    try:
        return float(s)
    except ValueError:
        return None


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: anchor-evidence.py SHARED_DATA_DIR CROSSWALK")
    hist = sys.argv[1] + "/imdi_bosatt_anmodede_1995-2021.csv"
    fig = {}
    with open(hist, encoding="iso-8859-1", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if row["Enhet"] != "Personer":
                continue
            fig.setdefault((int(row["År"]), row["Kommunenummer"]), {})[row["Bosetting"]] = row["Antall"]
    # code in Y-1 -> code in Y, where the municipality went on alone
    nxt = {}
    with open(sys.argv[2], encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    ends = {}
    for r in rows:
        if r["municip_code_end"]:
            ends.setdefault(r["municip_code_end"], []).append(r)
    for r in rows:
        e = r["municip_code_end"]
        if e and len(ends[e]) == 1 and r["year_end"]:
            nxt[(int(r["year_end"]), r["municip_code"])] = e
    print("year,n,asked,decided,settled,from_request,from_decision,closer")
    for y in range(2012, 2022):
        n = 0
        asked = decided = settled = fr = fd = 0.0
        known = 0
        for (yy, code), v in sorted(fig.items()):
            if yy != y - 1:
                continue
            r0 = num(v.get("Anmodning om bosetting", "."))
            d0 = num(v.get("Vedtak om bosetting", "."))
            if r0 is None or r0 <= 0 or d0 is None or d0 >= r0:
                continue
            code_y = nxt.get((y - 1, code), code)
            r1 = num(fig.get((y, code_y), {}).get("Anmodning om bosetting", "."))
            if r1 is None:
                continue
            s0 = v.get("Faktisk bosetting", ".")
            n += 1
            asked += r0
            decided += d0
            settled += 2.5 if s0 == ":" else (num(s0) or 0.0)
            known += s0 != "."
            fr += abs(r1 - r0)
            fd += abs(r1 - d0)
        closer = "request" if fr < fd else "decision" if fd < fr else "tie"
        st = f"{settled:.0f}" if known else ""
        print(f"{y},{n},{asked:.0f},{decided:.0f},{st},{fr:.0f},{fd:.0f},{closer}")


main()
