#!/usr/bin/env python3
"""Benchmark instances for bosett (a benchmark input, never real data).

    gen_instance.py national KOMMUNER.CSV OUT.csv [SEED]
        the bundled national table with a `score` column added; the score is
        SYNTHETIC (made up with a fixed seed), for timing only.
    gen_instance.py synthetic N OUT.csv [SEED]
        N made-up municipalities: populations, commuting regions with pooled
        jobs (regional limits), last year's decisions, minors' places and a
        score, all SYNTHETIC (fixed seed). Up to 10,000 municipalities the
        codes are 4-digit kommunenummer and the file is bosett-data(5); above
        that the codes have 6 digits, which bosett-data(5) does not accept,
        and only bench-lib (which builds the table in memory) reads it.
    gen_instance.py crossing N OUT.csv [SEED]
        the synthetic table with upper-secondary seats (SYNTHETIC) for about
        a third of the municipalities: a region's two limits then count
        different members, so the blocks' search does not apply, GLPK's
        branch-and-bound answers (with the heuristic of search/heuristic.c)
        and --approximate is the Lagrangian's (the repair and the moves of
        search/improve.c): the instance that times the moves.

Prints the suggested totals "QUOTA EM_QUOTA" on standard output: 5,025 /
5,550,203 people per inhabitant (Norway 2021), minors 5 % of it.
"""
import csv
import math
import random
import sys

SYNTH = "synthetic"


def national(src, out, seed):
    rnd = random.Random(seed)
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0].keys()) + ["score"]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            r["score"] = "%.3f" % rnd.uniform(0.0, 1.0)
            w.writerow(r)
    print(5025, 0)


def synthetic(n, out, seed):
    rnd = random.Random(seed)
    width = 4 if n <= 10000 else 6
    cols = ["kommunenr", "kommune", "fylkenr", "fylke", "population", "region", "region_name",
            "decided_prev", "em_optin", "em_places", "jobs", "score"]
    rate = 5025 / 5550203
    total_pop = 0
    region = 0
    left_in_region = 0
    nfylke = max(1, min(99, n // 25))
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for i in range(n):
            if left_in_region == 0:
                region += 1
                left_in_region = rnd.choice((1, 1, 2, 2, 3, 4))
                # a region's jobs for newcomers: tight in some regions, loose in most
                tight = rnd.random() < 0.25
            left_in_region -= 1
            pop = int(math.exp(rnd.gauss(8.6, 1.1))) + 200
            total_pop += pop
            fair = pop * rate
            prev = "." if rnd.random() < 0.35 or fair < 5 else str(max(0, int(round(fair * rnd.uniform(0.5, 1.6)))))
            em = rnd.random() < 0.4 and pop > 4000
            jobs = int(fair * (rnd.uniform(0.25, 0.45) if tight else rnd.uniform(0.8, 2.0)))
            w.writerow([
                "%0*d" % (width, i + (1 if width == 4 and n < 10000 else 0)),
                "%s %d" % (SYNTH.capitalize(), i + 1),
                "%02d" % (1 + i * nfylke // n),
                "Fylke %d" % (1 + i * nfylke // n),
                pop,
                region,
                "Region %d" % region,
                prev,
                1 if em else 0,
                rnd.randint(2, 12) if em else ".",
                jobs,
                "%.3f" % rnd.uniform(0.0, 1.0),
            ])
    q = int(round(total_pop * rate))
    print(q, q // 20)


def crossing(n, out, seed):
    synthetic(n, out, seed)
    rnd = random.Random(seed + 1)
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(rows[0] + ["upper_secondary_seats"])
        for r in rows[1:]:
            w.writerow(r + [str(rnd.randint(1, 8)) if rnd.random() < 0.3 else "."])


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("national", "synthetic", "crossing"):
        sys.stderr.write(__doc__)
        sys.exit(2)
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 2021
    if sys.argv[1] == "national":
        national(sys.argv[2], sys.argv[3], seed)
    elif sys.argv[1] == "crossing":
        crossing(int(sys.argv[2]), sys.argv[3], seed)
    else:
        synthetic(int(sys.argv[2]), sys.argv[3], seed)


if __name__ == "__main__":
    main()
