/* Reasons proven by their counterfactual (issue 22): for every county at
 * IMDi's 2026 total (data/fylke_anmodning.csv), each reason's rule, relaxed
 * alone as a model file would relax it, changes that municipality's number
 * to the one the reason gives (`without_rule`); a reason that says no
 * single rule decides is checked against every relaxation; and the nb and
 * nn words never say a number is under the minimum, never say
 * «avrunda/avrundet» unless the number is the key's share rounded to the
 * nearest whole number, and never compare one municipality's claim with
 * another's. The bundled table (data/kommuner.csv) under the default
 * model, and two more ways to solve it so that every rule a reason can
 * name is met: tighter ceilings per inhabitant, and made-up answers. */
#include <bosett/bosett.h>
#include <bosett/report.h>

#include "check.h"
#include "counties.h"
#include "report/report_impl.h"

#define KOMMUNER BOSETT_SOURCE_DIR "/data/kommuner.csv"
#define YEAR 2026

/* A model key and its value as JSON text. */
struct kv {
	const char *key, *json;
};

/* The relaxation of each rule key, written as a model file would be
 * (bosett-model(5)); the test's own map, not the library's. A
 * municipality's own cap (max_settle) is a figure of the table that no
 * model key relaxes: its cells are left empty instead. */
static const struct relax {
	const char *rule;
	struct kv kv[2];
	int no_own_cap;
} relaxed[] = {
	{ "continuity", { { "continuity", "{\"weight\": 0}" } }, 0 },
	{ "min_settle", { { "min_settle", "0" } }, 0 },
	{ "per_capita", { { "max_per_1000", "1000" }, { "max_times_average", "0" } }, 0 },
	{ "score", { { "score_weight", "0" } }, 0 },
	{ "moved_in", { { "moved_in_weight", "0" } }, 0 },
	{ "criteria", { { "corridor", "0" } }, 0 },
	{ "offered", { { "offered_weight", "0" } }, 0 },
	{ "em_places", { { "em_use", "0.01" } }, 0 },
	{ "max_settle", { { NULL, NULL } }, 1 },
	{ "housing_units", { { "use", "{\"housing_units\": 0}" } }, 0 },
	{ "region_housing_units", { { "use", "{\"housing_units\": 0}" } }, 0 },
	{ "adult_ed_seats", { { "use", "{\"adult_ed_seats\": 0}" } }, 0 },
	{ "region_adult_ed", { { "use", "{\"adult_ed_seats\": 0}" } }, 0 },
	{ "upper_secondary_seats", { { "use", "{\"upper_secondary_seats\": 0}" } }, 0 },
	{ "region_upper_secondary", { { "use", "{\"upper_secondary_seats\": 0}" } }, 0 },
	{ "jobs", { { "use", "{\"jobs\": 0}" } }, 0 },
	{ "region_jobs", { { "use", "{\"jobs\": 0}" } }, 0 },
};
#define NRELAX (sizeof relaxed / sizeof relaxed[0])

/* The ways every county is solved. The default model meets continuity,
 * the minimum and the criteria; tighter ceilings per inhabitant meet the
 * ceiling (per 1,000 where 4 per 1,000 is the higher, 1.5 times the
 * county's average elsewhere); made-up answers (county_answers) meet the
 * offers, the own caps, the capacities and the minors' places. */
static const struct scenario {
	const char *name;
	struct kv kv[2];
	int answers;
} scenarios[] = {
	{ "default", { { NULL, NULL } }, 0 },
	{ "ceilings", { { "max_per_1000", "4" }, { "max_times_average", "1.5" } }, 0 },
	{ "answers", { { NULL, NULL } }, 1 },
};
#define NSCEN (sizeof scenarios / sizeof scenarios[0])

/* The model file of scenario sc with relaxation rx (NULL: none) over it:
 * a key the relaxation gives replaces the scenario's. */
static void model_json(const struct scenario *sc, const struct relax *rx, char *b, size_t n)
{
	size_t len = (size_t)snprintf(b, n, "{");

	for (int k = 0; k < 2 && sc->kv[k].key; k++) {
		int over = 0;

		for (int j = 0; rx && j < 2 && rx->kv[j].key; j++)
			over |= !strcmp(rx->kv[j].key, sc->kv[k].key);
		if (!over && len < n)
			len += (size_t)snprintf(b + len, n - len, "%s\"%s\": %s", len > 1 ? ", " : "", sc->kv[k].key,
			                        sc->kv[k].json);
	}
	for (int j = 0; rx && j < 2 && rx->kv[j].key && len < n; j++)
		len += (size_t)snprintf(b + len, n - len, "%s\"%s\": %s", len > 1 ? ", " : "", rx->kv[j].key,
		                        rx->kv[j].json);
	if (len < n)
		snprintf(b + len, n - len, "}");
}

/* County c solved under scenario sc with rx relaxed (NULL: none); NULL
 * when it could not be solved. */
static struct bosett_table *solve(const struct county *c, const struct scenario *sc, const struct relax *rx)
{
	struct bosett_table *t = county_rows(KOMMUNER, c->fylkenr);
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s = NULL;
	char json[512];
	long em = 0;
	int ok = 0;

	model_json(sc, rx, json, sizeof json);
	if (!t || !m || bosett_model_read_mem(m, "model.json", json, strlen(json)) != BOSETT_OK) {
		fprintf(stderr, "%s: model %s: %s\n", c->fylkenr, json, m ? bosett_model_error(m) : "no memory");
		goto out;
	}
	if (sc->answers && !county_answers(t, c->total, &em))
		goto out;
	if (rx && rx->no_own_cap) {
		size_t col = bosett_table_col(t, "max_settle");

		for (size_t i = 0; col != BOSETT_NPOS && i < bosett_table_nrows(t); i++)
			bosett_table_set_kind(t, i, col, BOSETT_CELL_EMPTY);
	}
	s = bosett_solver_new(m);
	bosett_solver_set_quota(s, c->total);
	bosett_solver_set_em_quota(s, em);
	bosett_solver_set_rule_prices(s, 0);
	ok = bosett_solver_run(s, t) == BOSETT_OK && bosett_solver_status(s) == BOSETT_SOLVE_OPTIMAL;
	if (!ok)
		fprintf(stderr, "%s %s %s: %s\n", c->fylkenr, sc->name, rx ? rx->rule : "", bosett_solver_error(s));
out:
	bosett_solver_free(s);
	bosett_model_free(m);
	if (ok)
		return t;
	bosett_table_free(t);
	return NULL;
}

static long num(const struct bosett_table *t, size_t i, const char *col)
{
	double v = -1;

	if (bosett_table_get(t, i, col, &v) != BOSETT_CELL_NUMBER)
		return -1;
	return lround(v);
}

static const char *text(const struct bosett_table *t, size_t i, const char *col)
{
	size_t c = bosett_table_col(t, col);

	return c == BOSETT_NPOS ? "" : bosett_table_text(t, i, c);
}

/* The kinds of rule the count is kept by: the rule key, continuity by
 * what its anchor rests on, the ceiling by which of its two parts set it. */
#define NKIND 40
static char kinds[NKIND][48];
static size_t proven[NKIND][NSCEN];

static size_t kind_of(const struct bosett_table *t, size_t i, const struct scenario *sc)
{
	const char *rule = text(t, i, "rule");
	char k[48];
	size_t j;

	if (!strcmp(rule, "continuity"))
		snprintf(k, sizeof k, "continuity (%s anchor)", *text(t, i, "anchor_from") ? text(t, i, "anchor_from") : "request");
	else if (!strcmp(rule, "per_capita"))
		/* the ceiling per 1,000 where it is the higher part of the cap */
		snprintf(k, sizeof k, "per_capita (%s)",
		         num(t, i, "cap") == (long)floor(num(t, i, "population") *
		                                         (sc->kv[0].key ? strtod(sc->kv[0].json, NULL) : 10) / 1000 + 1e-9)
		                 ? "per 1,000"
		                 : "times average");
	else
		snprintf(k, sizeof k, "%s", rule);
	for (j = 0; j < NKIND && kinds[j][0] && strcmp(kinds[j], k); j++)
		;
	if (j < NKIND && !kinds[j][0])
		snprintf(kinds[j], sizeof kinds[j], "%s", k);
	return j < NKIND ? j : NKIND - 1;
}

/* The reasons of one county under one scenario: a rule's relaxation
 * changes the number to without_rule; the key's share rounded is its
 * number; no relaxation changes a number that no single rule decides. */
static void prove_county(const struct county *c, size_t si)
{
	const struct scenario *sc = &scenarios[si];
	struct bosett_table *base = solve(c, sc, NULL), *cf[NRELAX] = { 0 };
	int tried[NRELAX] = { 0 };

	CHECK(base != NULL);
	for (size_t i = 0; base && i < bosett_table_nrows(base); i++) {
		const char *rule = text(base, i, "rule");
		long x = num(base, i, "recommended"), wo = num(base, i, "without_rule");
		int none = !strcmp(rule, "key") || !strcmp(rule, "key_total") || !strcmp(rule, "combined");
		size_t r, from, to;

		for (r = 0; r < NRELAX && strcmp(relaxed[r].rule, rule); r++)
			;
		/* every reason names a rule the test relaxes, or names none */
		if (r == NRELAX && !none) {
			fprintf(stderr, "%s %s %s: rule '%s' the test cannot relax\n", sc->name, c->fylkenr,
			        text(base, i, "kommune"), rule);
			check_failed = 1;
			continue;
		}
		if (none) {
			CHECK(wo < 0);
			/* the share as written (two decimals) may round the other way at .5 */
			if (!strcmp(rule, "key") && fabs((double)x - strtod(text(base, i, "fair_share"), NULL)) > 0.505) {
				fprintf(stderr, "%s %s %s: key: %ld, share by the key %s\n", sc->name, c->fylkenr,
				        text(base, i, "kommune"), x, text(base, i, "fair_share"));
				check_failed = 1;
			}
		}
		/* a rule named: its relaxation; "no single rule decides": every
		 * relaxation; the key's share rounded claims nothing of the rules */
		from = r, to = r + 1;
		if (none)
			from = 0, to = strcmp(rule, "key") ? NRELAX : 0;
		for (size_t q = from; q < to; q++) {
			long y;

			if (!tried[q]) {
				tried[q] = 1;
				cf[q] = solve(c, sc, &relaxed[q]);
				CHECK(cf[q] != NULL);
			}
			if (!cf[q])
				continue;
			y = num(cf[q], i, "recommended");
			if (none ? y != x : y == x || y != wo) {
				fprintf(stderr, "%s %s %s: rule %s: %ld, with %s relaxed %ld (without_rule %ld)\n", sc->name,
				        c->fylkenr, text(base, i, "kommune"), rule, x, relaxed[q].rule, y, wo);
				check_failed = 1;
			}
		}
		proven[kind_of(base, i, sc)][si]++;
	}
	for (size_t q = 0; q < NRELAX; q++)
		bosett_table_free(cf[q]);
	bosett_table_free(base);
}

/* Every reason's rule relaxed alone changes the number to without_rule,
 * for every county at IMDi's 2026 total under each scenario; and every
 * kind of rule a reason can name is met and proven somewhere. The count
 * by kind goes to standard error (issue 22's table). */
TEST(every_rule_relaxed_changes_the_number)
{
	static const char *const must[] = { "continuity (request anchor)", "continuity (decision anchor)",
		                            "min_settle", "criteria", "per_capita (per 1,000)",
		                            "per_capita (times average)", "offered", "max_settle", "em_places",
		                            "housing_units", "adult_ed_seats", "region_jobs", "score", "moved_in", "key" };
	struct county c[32];
	size_t nc = county_list(KOMMUNER, YEAR, c, 32);

	CHECK(nc == 15);
	for (size_t si = 0; si < NSCEN; si++)
		for (size_t k = 0; k < nc; k++)
			prove_county(&c[k], si);
	fprintf(stderr, "%-30s", "reasons by rule, proven");
	for (size_t si = 0; si < NSCEN; si++)
		fprintf(stderr, " %9s", scenarios[si].name);
	fprintf(stderr, "\n");
	for (size_t j = 0; j < NKIND && kinds[j][0]; j++) {
		fprintf(stderr, "%-30s", kinds[j]);
		for (size_t si = 0; si < NSCEN; si++)
			fprintf(stderr, " %9zu", proven[j][si]);
		fprintf(stderr, "\n");
	}
	for (size_t m = 0; m < sizeof must / sizeof must[0]; m++) {
		size_t j, total = 0;

		for (j = 0; j < NKIND && strcmp(kinds[j], must[m]); j++)
			;
		for (size_t si = 0; j < NKIND && si < NSCEN; si++)
			total += proven[j][si];
		if (!total) {
			fprintf(stderr, "no reason names %s\n", must[m]);
			check_failed = 1;
		}
	}
}

/* A word stem in a text, ASCII case folded. */
static int has(const char *s, const char *w)
{
	return strstr(s, w) != NULL;
}

/* "instead" naming another municipality; "one more place here would
 * settle one more person here instead of where they fit worse" (a
 * capacity's price, M_R_ONE_MORE) compares places, not claims. */
static int instead(const char *s, const char *w)
{
	for (const char *p = strstr(s, w); p; p = strstr(p + 1, w))
		if (strncmp(p + strlen(w), " for der ", 9) != 0)
			return 1;
	return 0;
}

/* No nb or nn reason says a number is under the minimum when it is not,
 * says «avrunda/avrundet» where the number is not the key's share
 * rounded to the nearest whole number, or compares claims. */
TEST(no_false_words)
{
	struct county c[32];
	size_t nc = county_list(KOMMUNER, YEAR, c, 32), seen = 0;

	for (size_t k = 0; k < nc * NSCEN; k++) {
		struct bosett_table *t = solve(&c[k % nc], &scenarios[k / nc], NULL);

		CHECK(t != NULL);
		if (!t)
			continue;
		for (int lang = BOSETT_LANG_NB; lang <= BOSETT_LANG_NN; lang++) {
			struct bosett_report *r = bosett_report_new(t);

			bosett_report_set_lang(r, (enum bosett_lang)lang);
			CHECK(rpt_build(r) == 0);
			for (size_t i = 0; i < r->n; i++) {
				const struct rpt_row *u = &r->rows[i];
				struct bosett_buf b = { 0 };
				int marked = 0;
				long rec = lround(u->rec.v), round_fair = lround(u->fair.v);
				const char *rule = bosett_table_text(t, u->row, bosett_table_col(t, "rule"));

				rpt_reason(r, u, &b, &marked);
				CHECK(!marked && b.data);
				if (!b.data)
					continue;
				seen++;
				if ((has(b.data, "avrund") && !(!strcmp(rule, "key") && rec == round_fair)) ||
				    has(b.data, "under minstetal") || has(b.data, "krav") || has(b.data, "framfor") ||
				    has(b.data, "fremfor") || instead(b.data, "i staden") || instead(b.data, "i stedet") ||
				    has(b.data, "kommunenummer") || has(b.data, "skalert") ||
				    /* no internal key of the solver's in the words */
				    strchr(b.data, '_') || has(b.data, "criteria") || has(b.data, "(engelsk)")) {
					fprintf(stderr, "%s %s %s (%s): %s\n", scenarios[k / nc].name, c[k % nc].fylkenr,
					        u->name, rule, b.data);
					check_failed = 1;
				}
				bosett_buf_free(&b);
			}
			bosett_report_free(r);
		}
		bosett_table_free(t);
	}
	CHECK(seen > 1800);
}

const struct check_case check_cases[] = {
	CASE(every_rule_relaxed_changes_the_number),
	CASE(no_false_words),
	{ NULL, NULL },
};

CHECK_MAIN
