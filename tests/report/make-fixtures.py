#!/usr/bin/env python3
"""Make the report's TEST FIXTURES for Møre og Romsdal (county 15).

Real: kommunenr, kommune, population (SSB, 1 Jan 2024), målform, centroids,
all from ../shared/data. MADE UP for testing, and said so in the files'
"note": last year's request/decision/settled numbers, the scores and score
components, and, in the solved fixture, the columns bosett-solve does not
write yet (limit, shadow_price, recommended_em, rule prices, ...).
Run from the source tree: python3 tests/report/make-fixtures.py build/bin
"""
import csv, json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "..", "shared", "data")
bindir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/bin")
out = os.path.join(here, "data")

munis = [m for m in json.load(open(os.path.join(shared, "municipalities-2025.json"))) if m["id"].startswith("15")]
cent = {r["kommunenummer"]: r for r in csv.DictReader(open(os.path.join(shared, "kommune_centroids_2024codes.csv")))}
munis.sort(key=lambda m: m["id"])

cols = ["kommunenr", "kommune", "fylkenr", "fylke", "population", "malform", "lon", "lat",
        "requested_prev", "decided_prev", "settled_prev", "score",
        "score_employment_rate", "score_intro_result", "score_vacancies_per_1000", "score_retention"]
rows = []
for i, m in enumerate(munis):
    pop = m["population"]
    # made-up last year: about 1.2 per 1000, with "." (not asked) and ":" (suppressed) cases
    req = max(10, round(pop * 0.0012 * (0.6 + (i * 7 % 9) / 10))) if pop >= 3000 else "."
    dec = req if req == "." else max(0, req - (i % 3) * 2)
    sett = ":" if i % 7 == 3 else (dec if dec == "." else max(0, dec - i % 4))
    comps = [round(((i * 37) % 11) / 10 - 0.5, 2), round(((i * 53) % 13) / 12 - 0.4, 2),
             round(((i * 29) % 7) / 6 - 0.5, 2), round(((i * 17) % 9) / 8 - 0.3, 2)]
    score = round(sum(comps) / 2, 2)
    lang = {"Bokmål": "bokmal", "Nynorsk": "nynorsk"}.get(m["language"], "noytral")
    c = cent[m["id"]]
    rows.append([m["id"], m["name_no"], "15", "Møre og Romsdal", pop, lang,
                 round(float(c["MEAN_X"]), 4), round(float(c["MEAN_Y"]), 4), req, dec, sett, score] + comps)

note = ("TEST FIXTURE: population (SSB), målform and centroids are real; last year's numbers, "
        "scores and score components are made up")
doc = {"bosett": "table", "version": 1,
       "meta": {"year": "2026", "note": note, "source": "SSB (population), test values (the rest)"},
       "inputs": [], "columns": cols, "rows": rows}
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "mr-input.json"), "w") as f:
    json.dump(doc, f, ensure_ascii=False, indent=0)
    f.write("\n")


def solve(q):
    p = subprocess.run([os.path.join(bindir, "bosett-solve"), "-q", str(q), "-f", "json", "mr-input.json"],
                       cwd=out, check=True, capture_output=True)
    return json.loads(p.stdout)


base = solve(300)
# bosett-solve's output with the English `binding` text only, as an older
# bosett-solve wrote it: no facts to word the reasons from
facts = {"limit", "anchor", "rule", "without_rule", "rule_limit", "rule_own", "rival", "rival_by"}
keep = [i for i, n in enumerate(base["columns"]) if n not in facts]
old = dict(base, columns=[base["columns"][i] for i in keep], rows=[[r[i] for i in keep] for r in base["rows"]])
with open(os.path.join(out, "mr-solved-binding.json"), "w") as f:
    json.dump(old, f, ensure_ascii=False, indent=0)
    f.write("\n")
scen = {q: solve(q) for q in (200, 300, 400)}
c = base["columns"]
ix = {n: i for i, n in enumerate(c)}
# the made-up columns: set where bosett-solve wrote them, added where not
extra = ["limit", "shadow_price", "fair_gap", "recommended_em", "recommended_q200", "recommended_q300",
         "recommended_q400"]
for n in extra:
    if n not in ix:
        ix[n] = len(c)
        c.append(n)
for r in base["rows"]:
    r += [None] * (len(c) - len(r))
for i, r in enumerate(base["rows"]):
    lim = r[ix["limit"]] or "none"
    name = r[ix["kommune"]]
    price = round(max(r[ix["score"]], 0) * 1.5 + 0.05, 2) if lim == "per_capita" else 0
    rec = r[ix["recommended"]]
    if name in ("Ørsta", "Volda"):
        # a full capacity, made up: the reason names it and what one more place would give
        lim = "adult_ed_seats" if name == "Ørsta" else "housing_units"
        price = 0.84 if name == "Ørsta" else 0.61
        r[ix["binding"]] = "at cap: %s (made up for the test)" % lim
        r[ix["rule"]], r[ix["rule_limit"]], r[ix["without_rule"]], r[ix["rule_own"]] = lim, rec, rec + 2, 1
    em = rec // 10 if rec >= 20 else 0
    for n, v in zip(extra, [lim, price or None, round(rec - r[ix["fair_share"]], 2), em] +
                    [scen[q]["rows"][i][scen[q]["columns"].index("recommended")] for q in (200, 300, 400)]):
        r[ix[n]] = v
m = base["meta"]
m["note"] = note + ("; shadow_price, recommended_em, the rule prices and the full capacities of Ørsta and "
                    "Volda are made up as well")
# bosett-solve records the total less the minors (solve.quota) and the minors (solve.em_quota)
em_total = sum(r[ix["recommended_em"]] for r in base["rows"])
m.update({"solve.scenarios": "200,300,400", "solve.method": "optimise", "solve.em_quota": str(em_total),
          "solve.quota": str(300 - em_total),
          "solve.price.min_settle": "3.25", "solve.price.continuity": "12.5", "solve.price.fairness": "7.75",
          "score.population_correlation": "0.12"})
with open(os.path.join(out, "mr-solved.json"), "w") as f:
    json.dump(base, f, ensure_ascii=False, indent=0)
    f.write("\n")
