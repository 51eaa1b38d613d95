/* Unit tests of the exact engines (src/lib/solve/engines/exact.c, regional.c,
 * dp.c) against GLPK's own branch-and-bound as the oracle: the engine table
 * (solve/dispatch.c) is forced to try GLPK alone (solve_force_engine), which
 * then really searches the model (no integer fixed), and both optima must
 * agree: on every county of the bundled table at its 2025 total (IMDi's
 * request, requested_prev) and at three times that, and on made-up tables
 * (not real figures) with and without regional limits and minors. */
#include <bosett/bosett.h>

#include <math.h>

#include "check.h"
#include "base/internal.h"
#include "solve/solver.h"

static struct bosett_table *county(const char *fylke, long *quota)
{
	struct bosett_table *t = bosett_table_new();
	unsigned char *keep;
	size_t n;
	size_t fcol;

	if (bosett_table_read_file(t, BOSETT_SOURCE_DIR "/data/kommuner.csv") != 0) {
		bosett_table_free(t);
		return NULL;
	}
	n = bosett_table_nrows(t);
	fcol = bosett_table_col(t, "fylkenr");
	keep = malloc(n);
	*quota = 0;
	for (size_t i = 0; i < n; i++) {
		double v;

		keep[i] = strcmp(bosett_table_text(t, i, (size_t)fcol), fylke) == 0;
		if (keep[i] && bosett_table_get(t, i, "requested_prev", &v) == BOSETT_CELL_NUMBER)
			*quota += (long)v;
	}
	bosett_table_filter(t, keep);
	free(keep);
	return t;
}

static int by_glpk; /* answers of the engine table that came from GLPK's search */

/* Solve t at quota (and em minors) by the engine table, or by GLPK's own
 * search alone when glpk; the objective into *obj, the engine that
 * answered (solve.engine) checked: GLPK's when forced. 0 when optimal. */
static int solve_engine(struct bosett_table *t, long quota, long em, double *obj, const char *model, int glpk)
{
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s;
	const char *engine;
	int rc;

	if (model && bosett_model_load(m, model) != BOSETT_OK) {
		fprintf(stderr, "%s\n", bosett_model_error(m));
		bosett_model_free(m);
		return -2;
	}
	s = bosett_solver_new(m);

	bosett_solver_set_quota(s, quota);
	bosett_solver_set_em_quota(s, em);
	bosett_solver_set_rule_prices(s, 0);
	bosett_solver_set_time_limit(s, 60);
	if (glpk)
		solve_force_engine(s, "glpk");
	rc = bosett_solver_run(s, t);
	*obj = bosett_solver_objective(s);
	if (rc == 0 && bosett_solver_status(s) != BOSETT_SOLVE_OPTIMAL)
		rc = -1;
	engine = bosett_table_meta_get(t, "solve.engine");
	if (rc == 0) {
		CHECK(engine != NULL);
		if (glpk)
			CHECK(engine && strcmp(engine, "glpk") == 0);
		else
			by_glpk += engine && strcmp(engine, "glpk") == 0;
	}
	bosett_solver_free(s);
	bosett_model_free(m);
	return rc;
}

static int solve_model(struct bosett_table *t, long quota, double *obj, const char *model, int glpk)
{
	return solve_engine(t, quota, 0, obj, model, glpk);
}

static int solve(struct bosett_table *t, long quota, double *obj, int glpk)
{
	return solve_model(t, quota, obj, NULL, glpk);
}

static void every_county(const char *model)
{
	static const char *counties[] = { "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56" };
	int compared = 0;

	for (size_t k = 0; k < sizeof counties / sizeof *counties; k++)
		for (long times = 1; times <= 3; times += 2) {
			long quota;
			struct bosett_table *a = county(counties[k], &quota), *b = county(counties[k], &quota);
			double oa, ob;

			if (!a) {
				bosett_table_free(b);
				exit(77); /* no bundled table */
			}
			if (bosett_table_nrows(a) == 0 || quota == 0) {
				bosett_table_free(a), bosett_table_free(b);
				continue;
			}
			CHECK(solve_model(a, quota * times, &oa, model, 0) == 0);
			CHECK(solve_model(b, quota * times, &ob, model, 1) == 0);
			if (fabs(oa - ob) > BOSETT_EPS_AGREE * (1 + fabs(ob)))
				fprintf(stderr, "county %s, total %ld: exact %.9f, GLPK %.9f\n", counties[k], quota * times, oa, ob);
			CHECK(fabs(oa - ob) <= BOSETT_EPS_AGREE * (1 + fabs(ob)));
			compared++;
			bosett_table_free(a), bosett_table_free(b);
		}
	CHECK(compared >= 20);
}

TEST(exact_optimum_is_glpk_optimum_on_every_county)
{
	every_county(NULL);
}

/* The practice model lets a municipality asked for fewer than the minimum
 * last year (IMDi's 2025 request: 5 in Bygland) be asked for as few again
 * (continuity.keep_small): each municipality's own minimum, which the exact
 * algorithm must use as GLPK's model does. */
TEST(exact_optimum_is_glpk_optimum_on_every_county_practice)
{
	every_county("practice");
}

/* A made-up table (not real figures) of n municipalities from seed, with
 * last year's numbers and scores; with a column of jobs no allocation can
 * fill when jobs is set. */
static struct bosett_table *made_up(unsigned seed, int n, int jobs)
{
	struct bosett_buf b = { 0 };
	struct bosett_table *t = bosett_table_new();

	bosett_buf_adds(&b, jobs ? "kommunenr,kommune,population,region,decided_prev,score,jobs\n"
	                         : "kommunenr,kommune,population,region,decided_prev,score\n");
	for (int i = 1; i <= n; i++) {
		seed = seed * 1103515245u + 12345u;
		bosett_buf_printf(&b, "%04d,Made-up %d,%u,%d,", i, i, 300 + (seed >> 8) % 40000, i % 3);
		seed = seed * 1103515245u + 12345u;
		if ((seed >> 8) % 3 == 0)
			bosett_buf_adds(&b, ".");
		else
			bosett_buf_printf(&b, "%u", (seed >> 8) % 60);
		seed = seed * 1103515245u + 12345u;
		bosett_buf_printf(&b, ",%.3f%s\n", (double)((seed >> 8) % 1000) / 1000, jobs ? ",1000000000" : "");
	}
	if (bosett_table_read_mem(t, "made-up.csv", b.data, b.len) != 0)
		fprintf(stderr, "%s\n", bosett_table_error(t));
	bosett_buf_free(&b);
	return t;
}

TEST(exact_optimum_is_glpk_optimum_on_made_up_tables)
{
	int solved = 0;

	for (unsigned seed = 1; seed <= 12; seed++) {
		int n = 5 + (int)(seed * 7 % 30);

		for (long total = 0; total <= 40L * n; total += 13L * n + 7) {
			struct bosett_table *a = made_up(seed, n, 0), *b = made_up(seed, n, 0);
			double oa, ob;
			int ra = solve(a, total, &oa, 0), rb = solve(b, total, &ob, 1);

			/* the same answer: both optimal with one value, or both without an allocation */
			CHECK(ra == rb);
			if (ra == 0 && rb == 0 && fabs(oa - ob) > BOSETT_EPS_AGREE * (1 + fabs(ob)))
				fprintf(stderr, "seed %u, %d municipalities, total %ld: exact %.9f, GLPK %.9f\n", seed, n, total,
				        oa, ob);
			CHECK(ra != 0 || fabs(oa - ob) <= BOSETT_EPS_AGREE * (1 + fabs(ob)));
			solved += ra == 0 && rb == 0;
			bosett_table_free(a), bosett_table_free(b);
		}
	}
	CHECK(solved >= 30);
}

/* The practice model (continuity.keep_small: each municipality's own
 * minimum) on the made-up tables. On these tables the global minimum gives
 * the same optimum, so this case alone would not have caught the exact
 * algorithm using it; the counties with practice below do. */
TEST(exact_optimum_is_glpk_optimum_with_own_minimums)
{
	int solved = 0, small = 0;

	for (unsigned seed = 1; seed <= 12; seed++) {
		int n = 5 + (int)(seed * 7 % 30);

		for (long total = 7; total <= 40L * n; total += 13L * n + 7) {
			struct bosett_table *a = made_up(seed, n, 0), *b = made_up(seed, n, 0);
			double oa, ob;
			int ra = solve_model(a, total, &oa, "practice", 0), rb = solve_model(b, total, &ob, "practice", 1);

			CHECK(ra == rb);
			if (ra == 0 && rb == 0 && fabs(oa - ob) > BOSETT_EPS_AGREE * (1 + fabs(ob)))
				fprintf(stderr, "seed %u, %d municipalities, total %ld: exact %.9f, GLPK %.9f\n", seed, n, total,
				        oa, ob);
			CHECK(ra != 0 || fabs(oa - ob) <= BOSETT_EPS_AGREE * (1 + fabs(ob)));
			solved += ra == 0 && rb == 0;
			for (size_t i = 0; i < bosett_table_nrows(a); i++) {
				double v;

				small += bosett_table_get(a, i, "decided_prev", &v) == BOSETT_CELL_NUMBER && v >= 1 && v < 10;
			}
			bosett_table_free(a), bosett_table_free(b);
		}
	}
	CHECK(solved >= 24);
	CHECK(small > 0); /* the tables do have municipalities with a minimum of their own */
}

/* A made-up table (not real figures) of n municipalities in commuting
 * regions of 1 to 3 whose jobs are pooled (regional limits, a quarter of
 * the regions tight), with last year's numbers, scores and, in every
 * other municipality, places for unaccompanied minors. */
static struct bosett_table *made_up_regions(unsigned seed, int n)
{
	struct bosett_buf b = { 0 };
	struct bosett_table *t = bosett_table_new();
	int region = 0, left = 0, tight = 0;

	bosett_buf_adds(&b, "kommunenr,kommune,population,region,decided_prev,jobs,em_optin,em_places,score\n");
	for (int i = 1; i <= n; i++) {
		if (left == 0) {
			seed = seed * 1103515245u + 12345u;
			left = 1 + (int)((seed >> 8) % 3);
			tight = (seed >> 12) % 4 == 0;
			region++;
		}
		left--;
		seed = seed * 1103515245u + 12345u;
		bosett_buf_printf(&b, "%04d,Made-up %d,%u,%d,", i, i, 1500 + (seed >> 8) % 12000, region);
		seed = seed * 1103515245u + 12345u;
		bosett_buf_printf(&b, "%u,%u,", (seed >> 8) % 30, tight ? 2 + (seed >> 12) % 5 : 10 + (seed >> 12) % 30);
		seed = seed * 1103515245u + 12345u;
		if ((seed >> 8) % 2)
			bosett_buf_printf(&b, "1,%u,", 1 + (seed >> 12) % 5);
		else
			bosett_buf_adds(&b, "0,.,");
		seed = seed * 1103515245u + 12345u;
		bosett_buf_printf(&b, "%.3f\n", (double)((seed >> 8) % 1000) / 1000);
	}
	if (bosett_table_read_mem(t, "made-up.csv", b.data, b.len) != BOSETT_OK)
		fprintf(stderr, "%s\n", bosett_table_error(t));
	bosett_buf_free(&b);
	return t;
}

/* Issue 23: GLPK's own branch-and-bound as the oracle for the engines that
 * answer models with regional limits and minors (the blocks' search and
 * whatever the table falls back to), on 64 made-up tables at two totals:
 * the same optimum, or neither has an allocation. */
TEST(engines_agree_with_glpk_search_on_regions_and_minors)
{
	int tables = 0, compared = 0, infeasible = 0;

	for (unsigned seed = 1; seed <= 64; seed++) {
		int n = 5 + (int)(seed % 10), agreed = 0;

		for (long q = 40; q <= 100; q += 60) {
			long em = q / 10;
			struct bosett_table *a = made_up_regions(seed, n), *b = made_up_regions(seed, n);
			double oa = 0, ob = 0;
			int ra = solve_engine(a, q - em, em, &oa, NULL, 0), rb = solve_engine(b, q - em, em, &ob, NULL, 1);

			if (ra != rb || (ra == 0 && fabs(oa - ob) > BOSETT_EPS_AGREE * (1 + fabs(ob))))
				fprintf(stderr, "seed %u, %d municipalities, total %ld: engines %d %.9f, GLPK %d %.9f\n", seed, n,
				        q, ra, oa, rb, ob);
			CHECK(ra == rb);
			CHECK(ra != 0 || fabs(oa - ob) <= BOSETT_EPS_AGREE * (1 + fabs(ob)));
			compared += ra == 0 && rb == 0;
			infeasible += ra != 0 && rb != 0;
			agreed += ra == rb;
			bosett_table_free(a), bosett_table_free(b);
		}
		tables += agreed == 2;
	}
	/* at least 60 tables, most of them with an allocation to compare, most
	 * answered by an exact engine (GLPK where the minors did not fit the
	 * blocks' allocation) */
	CHECK(tables >= 60);
	CHECK(compared >= 60);
	CHECK(by_glpk * 4 < compared);
	fprintf(stderr, "%d tables, %d optima compared (%d answered by GLPK's search), %d without an allocation\n", tables,
	        compared, by_glpk, infeasible);
}

const struct check_case check_cases[] = {
	CASE(exact_optimum_is_glpk_optimum_on_every_county), CASE(exact_optimum_is_glpk_optimum_on_made_up_tables),
	CASE(exact_optimum_is_glpk_optimum_with_own_minimums), CASE(exact_optimum_is_glpk_optimum_on_every_county_practice),
	CASE(engines_agree_with_glpk_search_on_regions_and_minors),
	{ NULL, NULL }
};

CHECK_MAIN
