#!/usr/bin/env python3
"""How well each criterion of the default score predicts the introduction
results and retention across municipalities (bosett(7), EVIDENCE).

usage: criteria-evidence.py [data/kommuner.csv]

Reads the bundled table (built by bosett-import from ../shared/data; Kilde:
IMDi, SSB, NAV, Udir) and prints, for each criterion as the default score
reads it (region-pooled where the score pools it), Spearman's rank
correlation with
  - intro_raw: in work or education one year after completing, status
    2011-2014, before shrinking (intro_work_education / intro_participants),
    municipalities with at least 20 participants;
  - intro_raw weighted: the same, each municipality's ranks weighted by
    its participants (Pearson on the ranks, weights n);
  - retention: refugees 0-4 years in Norway still where settled per refugee
    settled 2017-2021;
with n and an approximate 95 % interval (Fisher's z, 1.06/sqrt(n-3) for
ranks). Nothing is tuned; the numbers are what the data give.
"""
import csv
import math
import sys


def num(s):
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def ranks(x):
    order = sorted(range(len(x)), key=lambda i: x[i])
    r = [0.0] * len(x)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and x[order[j + 1]] == x[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def wcorr(x, y, w):
    sw = sum(w)
    mx = sum(a * c for a, c in zip(x, w)) / sw
    my = sum(b * c for b, c in zip(y, w)) / sw
    sxy = sum(c * (a - mx) * (b - my) for a, b, c in zip(x, y, w))
    sxx = sum(c * (a - mx) ** 2 for a, c in zip(x, w))
    syy = sum(c * (b - my) ** 2 for b, c in zip(y, w))
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def spearman(x, y, w=None):
    return wcorr(ranks(x), ranks(y), w or [1.0] * len(x))


def interval(r, n):
    if n < 4 or not abs(r) < 1:
        return float("nan"), float("nan")
    z, se = math.atanh(r), 1.06 / math.sqrt(n - 3)
    return math.tanh(z - 1.96 * se), math.tanh(z + 1.96 * se)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "data/kommuner.csv"
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    pop = [num(r["population"]) or 0 for r in rows]

    def col(name):
        return [num(r.get(name, "")) for r in rows]

    def pooled(name):
        # population-weighted mean over the commuting region, as bosett-score
        x = col(name)
        sw, sx = {}, {}
        for r, v, p in zip(rows, x, pop):
            if v is not None:
                sw[r["region"]] = sw.get(r["region"], 0) + p
                sx[r["region"]] = sx.get(r["region"], 0) + p * v
        return [sx[r["region"]] / sw[r["region"]] if sw.get(r["region"]) else None for r in rows]

    def ratio(a, b, per=1.0):
        return [x / y * per if x is not None and y else None for x, y in zip(col(a), col(b))]

    per1000 = lambda name: [v / p * 1000 if v is not None and p else None for v, p in zip(col(name), pop)]
    criteria = [
        ("region_employment", pooled("employment_rate")),
        ("region_unemployment", pooled("unemployment_rate")),
        ("region_jobs", pooled("jobs_per_working_age")),
        ("employment_rate", col("employment_rate")),
        ("school_norwegian", col("norwegian_instruction_share")),
        ("adult_norwegian", per1000("norwegian_training_grant")),
        ("capacity_shown", ratio("settled_avg3", "decided_avg3")),
        ("recent_settled", per1000("settled_avg3")),
        ("region_youth", pooled("age_16_19_share")),
        ("log_population", [math.log(p) if p else None for p in pop]),
        ("retention", col("retention")),
        ("intro_result", col("intro_result")),
    ]
    n_in, k_in = col("intro_participants"), col("intro_work_education")
    intro_raw = [k / n if n and k is not None and n >= 20 else None for n, k in zip(n_in, k_in)]
    targets = [("intro_raw", intro_raw, False), ("intro_raw weighted", intro_raw, True),
               ("retention", col("retention"), False)]
    print("Spearman rank correlation across municipalities (95 %% interval), n; data: %s" % path)
    print(("%-22s %s" % ("criterion", "".join("%-30s" % t[0] for t in targets))).rstrip())
    for name, x in criteria:
        out = []
        for tname, y, weighted in targets:
            if name == tname or (name == "intro_result" and tname.startswith("intro")):
                out.append("%-30s" % "-")
                continue
            idx = [i for i in range(len(rows)) if x[i] is not None and y[i] is not None]
            if len(idx) < 4:
                out.append("%-30s" % "n < 4")
                continue
            w = [n_in[i] for i in idx] if weighted else None
            r = spearman([x[i] for i in idx], [y[i] for i in idx], w)
            lo, hi = interval(r, len(idx))
            out.append("%-30s" % ("%+.2f (%+.2f..%+.2f) n=%d" % (r, lo, hi, len(idx))))
        print(("%-22s %s" % (name, "".join(out))).rstrip())


if __name__ == "__main__":
    main()
