/* Reasons proven by their counterfactual (issue 22): for every county at
 * IMDi's 2026 total (data/fylke_anmodning.csv) and the default model, each
 * reason's rule, relaxed alone through a model file, changes that
 * municipality's number to the one the reason gives (`without_rule`); and
 * the nb and nn words never say a number is under the minimum, never say
 * «avrunda/avrundet» unless the number is the key's share rounded to the
 * nearest whole number, and never compare one municipality's claim with
 * another's. Bundled data only (data/kommuner.csv). */
#include <bosett/bosett.h>
#include <bosett/report.h>

#include "check.h"
#include "report/report_impl.h"

#define KOMMUNER BOSETT_SOURCE_DIR "/data/kommuner.csv"

/* The relaxation of each rule key, written as a model file would be
 * (bosett-model(5)); the test's own map, not the library's. */
static const struct {
	const char *rule, *json;
} relaxed[] = {
	{ "continuity", "{\"continuity\": {\"weight\": 0}}" },
	{ "min_settle", "{\"min_settle\": 0}" },
	{ "per_capita", "{\"max_per_1000\": 1000, \"max_times_average\": 0}" },
	{ "score", "{\"score_weight\": 0}" },
	{ "moved_in", "{\"moved_in_weight\": 0}" },
	{ "criteria", "{\"corridor\": 0}" },
	{ "housing_units", "{\"use\": {\"housing_units\": 0}}" },
	{ "region_housing_units", "{\"use\": {\"housing_units\": 0}}" },
	{ "adult_ed_seats", "{\"use\": {\"adult_ed_seats\": 0}}" },
	{ "region_adult_ed", "{\"use\": {\"adult_ed_seats\": 0}}" },
	{ "upper_secondary_seats", "{\"use\": {\"upper_secondary_seats\": 0}}" },
	{ "region_upper_secondary", "{\"use\": {\"upper_secondary_seats\": 0}}" },
	{ "jobs", "{\"use\": {\"jobs\": 0}}" },
	{ "region_jobs", "{\"use\": {\"jobs\": 0}}" },
};

/* The reasons that name no rule: nothing to relax. */
static int names_no_rule(const char *rule)
{
	return !strcmp(rule, "key") || !strcmp(rule, "key_total") || !strcmp(rule, "combined");
}

/* The rows of one county, solved under the model (default, then json over
 * it) at total; NULL when it could not be solved. */
static struct bosett_table *county(const char *fylkenr, long total, const char *json)
{
	struct bosett_table *t = bosett_table_new();
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s;
	unsigned char *keep;
	size_t n, fcol;
	int ok;

	if (!t || !m || bosett_table_read_file(t, KOMMUNER) != BOSETT_OK)
		goto fail;
	if (json && bosett_model_read_mem(m, "relaxed.json", json, strlen(json)) != BOSETT_OK) {
		fprintf(stderr, "model: %s\n", bosett_model_error(m));
		goto fail;
	}
	n = bosett_table_nrows(t);
	fcol = bosett_table_col(t, "fylkenr");
	keep = malloc(n ? n : 1);
	for (size_t i = 0; i < n; i++)
		keep[i] = !fylkenr || !strcmp(bosett_table_text(t, i, fcol), fylkenr);
	bosett_table_filter(t, keep);
	free(keep);
	s = bosett_solver_new(m);
	bosett_solver_set_quota(s, total);
	bosett_solver_set_rule_prices(s, 0);
	ok = bosett_solver_run(s, t) == BOSETT_OK && bosett_solver_status(s) == BOSETT_SOLVE_OPTIMAL;
	if (!ok)
		fprintf(stderr, "county %s: %s\n", fylkenr ? fylkenr : "all", bosett_solver_error(s));
	bosett_solver_free(s);
	bosett_model_free(m);
	if (ok)
		return t;
	bosett_table_free(t);
	return NULL;
fail:
	bosett_model_free(m);
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

/* The counties of the bundled table and IMDi's 2026 total of each. */
static size_t counties(char (*f)[3], long *total, size_t max)
{
	struct bosett_table *t = bosett_table_new();
	size_t n = 0, fcol;

	if (bosett_table_read_file(t, KOMMUNER) != BOSETT_OK) {
		bosett_table_free(t);
		return 0;
	}
	fcol = bosett_table_col(t, "fylkenr");
	for (size_t i = 0; i < bosett_table_nrows(t); i++) {
		const char *code = bosett_table_text(t, i, fcol);
		size_t k;
		int year;
		char msg[256];

		for (k = 0; k < n && strcmp(f[k], code); k++)
			;
		if (k < n || n == max)
			continue;
		snprintf(f[n], 3, "%s", code);
		if (bosett_county_total(NULL, code, 2026, &total[n], &year, msg, sizeof msg) != BOSETT_OK)
			continue;
		n++;
	}
	bosett_table_free(t);
	return n;
}

/* Every reason's rule relaxed alone changes the number to without_rule. */
TEST(every_rule_relaxed_changes_the_number)
{
	char f[32][3];
	long total[32];
	size_t nc = counties(f, total, 32), proven = 0, keyed = 0;

	CHECK(nc == 15);
	for (size_t k = 0; k < nc; k++) {
		struct bosett_table *base = county(f[k], total[k], NULL);

		CHECK(base != NULL);
		if (!base)
			continue;
		for (size_t r = 0; r < sizeof relaxed / sizeof relaxed[0]; r++) {
			struct bosett_table *t = NULL;
			size_t rcol = bosett_table_col(base, "rule");

			for (size_t i = 0; i < bosett_table_nrows(base); i++) {
				if (strcmp(bosett_table_text(base, i, rcol), relaxed[r].rule))
					continue;
				if (!t)
					t = county(f[k], total[k], relaxed[r].json);
				CHECK(t != NULL);
				if (!t)
					break;
				/* the number changes, and to what the reason says */
				if (num(t, i, "recommended") == num(base, i, "recommended") ||
				    num(t, i, "recommended") != num(base, i, "without_rule")) {
					fprintf(stderr, "%s %s: rule %s: %ld, without it %ld (the reason says %ld)\n", f[k],
					        bosett_table_text(base, i, bosett_table_col(base, "kommune")), relaxed[r].rule,
					        num(base, i, "recommended"), num(t, i, "recommended"), num(base, i, "without_rule"));
					check_failed = 1;
				}
				proven++;
			}
			bosett_table_free(t);
		}
		for (size_t i = 0; i < bosett_table_nrows(base); i++) {
			const char *rule = bosett_table_text(base, i, bosett_table_col(base, "rule"));
			size_t r;

			for (r = 0; r < sizeof relaxed / sizeof relaxed[0] && strcmp(relaxed[r].rule, rule); r++)
				;
			/* every reason either names a rule the test relaxes or names none */
			if (r == sizeof relaxed / sizeof relaxed[0]) {
				CHECK(names_no_rule(rule));
				CHECK(num(base, i, "without_rule") < 0);
				keyed++;
			}
		}
		bosett_table_free(base);
	}
	fprintf(stderr, "%zu reasons proven, %zu name the key\n", proven, keyed);
	CHECK(proven > 200);
}

/* A word stem in a text, ASCII case folded. */
static int has(const char *s, const char *w)
{
	return strstr(s, w) != NULL;
}

/* No nb or nn reason says a number is under the minimum when it is not,
 * says «avrunda/avrundet» where the number is not the key's share
 * rounded to the nearest whole number, or compares claims. */
TEST(no_false_words)
{
	char f[32][3];
	long total[32];
	size_t nc = counties(f, total, 32), seen = 0;

	for (size_t k = 0; k < nc; k++) {
		struct bosett_table *t = county(f[k], total[k], NULL);

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
				    has(b.data, "fremfor") || has(b.data, "i staden") || has(b.data, "i stedet") ||
				    has(b.data, "kommunenummer") || has(b.data, "skalert") ||
				    /* no internal key of the solver's in the words */
				    strchr(b.data, '_') || has(b.data, "criteria") || has(b.data, "(engelsk)")) {
					fprintf(stderr, "%s %s (%s): %s\n", f[k], u->name, rule, b.data);
					check_failed = 1;
				}
				bosett_buf_free(&b);
			}
			bosett_report_free(r);
		}
		bosett_table_free(t);
	}
	CHECK(seen > 600);
}

const struct check_case check_cases[] = {
	CASE(every_rule_relaxed_changes_the_number),
	CASE(no_false_words),
	{ NULL, NULL },
};

CHECK_MAIN
