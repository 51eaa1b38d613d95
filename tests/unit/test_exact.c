/* Unit tests of the exact algorithm (src/lib/solve/exact.c): its optimum is
 * GLPK's branch-and-bound optimum of the same model, on every county of the
 * bundled table at its 2021 total and at three times that. GLPK's search is
 * made to solve the model by a regional limit that no allocation can fill
 * (the exact algorithm takes no regional limits). */
#include <bosett/bosett.h>

#include <math.h>

#include "check.h"

static struct bosett_table *county(const char *fylke, long *quota)
{
	struct bosett_table *t = bosett_table_new();
	unsigned char *keep;
	size_t n;
	int fcol;

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
		if (keep[i] && bosett_table_get(t, i, "requested", &v) == BOSETT_CELL_NUMBER)
			*quota += (long)v;
	}
	bosett_table_filter(t, keep);
	free(keep);
	return t;
}

static int solve(struct bosett_table *t, long quota, double *obj)
{
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s = bosett_solver_new(m);
	int rc;

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

TEST(exact_optimum_is_glpk_optimum_on_every_county)
{
	static const char *counties[] = { "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56" };
	int compared = 0;

	for (size_t k = 0; k < sizeof counties / sizeof *counties; k++)
		for (long times = 1; times <= 3; times += 2) {
			long quota;
			struct bosett_table *a = county(counties[k], &quota), *b = county(counties[k], &quota);
			double oa, ob;
			int c;

			if (!a) {
				bosett_table_free(b);
				exit(77); /* no bundled table */
			}
			if (bosett_table_nrows(a) == 0 || quota == 0) {
				bosett_table_free(a), bosett_table_free(b);
				continue;
			}
			c = bosett_table_add_col(b, "jobs");
			for (size_t i = 0; i < bosett_table_nrows(b); i++)
				CHECK(bosett_table_set_number(b, i, (size_t)c, 1e9, 0) == 0);
			CHECK(solve(a, quota * times, &oa) == 0);
			CHECK(solve(b, quota * times, &ob) == 0);
			if (fabs(oa - ob) > 1e-6 * (1 + fabs(ob)))
				fprintf(stderr, "county %s, total %ld: exact %.9f, GLPK %.9f\n", counties[k], quota * times, oa, ob);
			CHECK(fabs(oa - ob) <= 1e-6 * (1 + fabs(ob)));
			compared++;
			bosett_table_free(a), bosett_table_free(b);
		}
	CHECK(compared >= 20);
}

const struct check_case check_cases[] = {
	CASE(exact_optimum_is_glpk_optimum_on_every_county), { NULL, NULL }
};

CHECK_MAIN
