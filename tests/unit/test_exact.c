/* Unit tests of the exact algorithm (src/lib/solve/engines/exact.c): its optimum is
 * GLPK's branch-and-bound optimum of the same model, on every county of the
 * bundled table at its 2025 total (IMDi's request, requested_prev) and at three
 * times that. GLPK's search is
 * made to solve the model by a regional limit that no allocation can fill
 * (the exact algorithm takes no regional limits). */
#include <bosett/bosett.h>

#include <math.h>

#include "check.h"
#include "base/internal.h"

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

static int solve_model(struct bosett_table *t, long quota, double *obj, const char *model)
{
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s;
	int rc;

	if (model && bosett_model_load(m, model) != BOSETT_OK) {
		fprintf(stderr, "%s\n", bosett_model_error(m));
		bosett_model_free(m);
		return -2;
	}
	s = bosett_solver_new(m);

	bosett_solver_set_quota(s, quota);
	bosett_solver_set_rule_prices(s, 0);
	bosett_solver_set_time_limit(s, 60);
	rc = bosett_solver_run(s, t);
	*obj = bosett_solver_objective(s);
	if (rc == 0 && bosett_solver_status(s) != BOSETT_SOLVE_OPTIMAL)
		rc = -1;
	bosett_solver_free(s);
	bosett_model_free(m);
	return rc;
}

static int solve(struct bosett_table *t, long quota, double *obj)
{
	return solve_model(t, quota, obj, NULL);
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
			size_t c = 0;

			if (!a) {
				bosett_table_free(b);
				exit(77); /* no bundled table */
			}
			if (bosett_table_nrows(a) == 0 || quota == 0) {
				bosett_table_free(a), bosett_table_free(b);
				continue;
			}
			CHECK(bosett_table_add_col(b, "jobs", &c) == BOSETT_OK);
			for (size_t i = 0; i < bosett_table_nrows(b); i++)
				CHECK(bosett_table_set_number(b, i, (size_t)c, 1e9, 0) == 0);
			CHECK(solve_model(a, quota * times, &oa, model) == 0);
			CHECK(solve_model(b, quota * times, &ob, model) == 0);
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
			struct bosett_table *a = made_up(seed, n, 0), *b = made_up(seed, n, 1);
			double oa, ob;
			int ra = solve(a, total, &oa), rb = solve(b, total, &ob);

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
			struct bosett_table *a = made_up(seed, n, 0), *b = made_up(seed, n, 1);
			double oa, ob;
			int ra = solve_model(a, total, &oa, "practice"), rb = solve_model(b, total, &ob, "practice");

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

const struct check_case check_cases[] = {
	CASE(exact_optimum_is_glpk_optimum_on_every_county), CASE(exact_optimum_is_glpk_optimum_on_made_up_tables),
	CASE(exact_optimum_is_glpk_optimum_with_own_minimums), CASE(exact_optimum_is_glpk_optimum_on_every_county_practice),
	{ NULL, NULL }
};

CHECK_MAIN
