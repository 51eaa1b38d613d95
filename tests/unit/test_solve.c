/* Unit tests of the allocation: apportionment, fair-share keys, the model
 * file, and the solver's rules on small tables. */
#include <time.h>

#include <bosett/bosett.h>

#include "check.h"
#include "solve/solve_internal.h"

TEST(largest_remainder_shows_the_alabama_paradox)
{
	/* the classic case: 6, 6, 2; the third loses a unit when 10 becomes 11 */
	double share[3] = { 6.0 / 14, 6.0 / 14, 2.0 / 14 };
	long a[3], b[3];

	bosett_largest_remainder(share, 3, 10, a);
	bosett_largest_remainder(share, 3, 11, b);
	CHECK(a[0] + a[1] + a[2] == 10 && b[0] + b[1] + b[2] == 11);
	CHECK(a[2] == 2 && b[2] == 1);
}

TEST(sainte_lague_never_falls)
{
	double share[3] = { 6.0 / 14, 6.0 / 14, 2.0 / 14 };
	long prev[3] = { 0, 0, 0 }, cur[3];

	for (long total = 1; total <= 60; total++) {
		bosett_sainte_lague(share, 3, total, 1.4, cur);
		CHECK(cur[0] + cur[1] + cur[2] == total);
		for (int i = 0; i < 3; i++)
			CHECK(cur[i] >= prev[i]);
		memcpy(prev, cur, sizeof prev);
	}
	/* first divisor 1.4 holds back a small party's first seat */
	bosett_sainte_lague(share, 3, 3, 1.4, cur);
	CHECK(cur[2] == 0);
}

/* The method as defined: one unit at a time to the largest quotient. */
static void sainte_lague_by_units(const double *share, size_t n, long total, long *out)
{
	for (size_t i = 0; i < n; i++)
		out[i] = 0;
	for (long k = 0; k < total; k++) {
		size_t best = 0;
		double bq = -1;

		for (size_t i = 0; i < n; i++) {
			double q = share[i] / (out[i] == 0 ? 1.4 : 2.0 * (double)out[i] + 1);

			if (q > bq + BOSETT_EPS_QUOTIENT) {
				bq = q;
				best = i;
			}
		}
		out[best]++;
	}
}

TEST(sainte_lague_fast_equals_unit_by_unit)
{
	/* made-up shares, ties included (equal populations) */
	enum { N = 60 };
	double share[N], sum = 0;
	long a[N], b[N];
	unsigned seed = 12345;

	for (int i = 0; i < N; i++) {
		seed = seed * 1103515245u + 12345u;
		share[i] = i % 7 == 3 ? share[i - 1] : (double)(1 + (seed >> 16) % 50000);
		sum += share[i];
	}
	for (int i = 0; i < N; i++)
		share[i] /= sum;
	for (long total = 0; total <= 700; total += total < 80 ? 1 : 37) {
		sainte_lague_by_units(share, N, total, a);
		bosett_sainte_lague(share, N, total, 1.4, b);
		CHECK(memcmp(a, b, sizeof a) == 0);
	}
}

TEST(sainte_lague_large_total_is_fast)
{
	/* 10^8 units over 10,000 rows: one unit at a time took minutes */
	enum { N = 10000 };
	static double share[N];
	static long out[N];
	long sum = 0;
	clock_t t0 = clock();

	for (int i = 0; i < N; i++)
		share[i] = (double)(1000 + (i * 7919) % 50000);
	{
		double s = 0;

		for (int i = 0; i < N; i++)
			s += share[i];
		for (int i = 0; i < N; i++)
			share[i] /= s;
	}
	bosett_sainte_lague(share, N, 100000000, 1.4, out);
	for (int i = 0; i < N; i++)
		sum += out[i];
	CHECK(sum == 100000000);
	CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 5);
}

static struct bosett_table *table(const char *csv)
{
	struct bosett_table *t = bosett_table_new();

	if (bosett_table_read_mem(t, "t.csv", csv, strlen(csv)) != 0)
		fprintf(stderr, "%s\n", bosett_table_error(t));
	return t;
}

TEST(danish_key)
{
	/* A: 50% of people, 80% of immigrants -> 2*0.5-0.8 = 0.2; B: 0.5*2-0.2 = 0.8 */
	struct bosett_table *t = table("kommunenr,kommune,population,immigrants\n0001,A,100,80\n0002,B,100,20\n");
	struct bosett_model *m = bosett_model_new();
	const char *json = "{\"fair_key\":\"denmark\"}";
	struct muni mu[2];
	char err[BOSETT_ERRMAX];

	CHECK(bosett_model_read_mem(m, "m", json, strlen(json)) == 0);
	memset(mu, 0, sizeof mu);
	mu[0].pop = mu[1].pop = 100;
	CHECK(bosett_fair_shares(m, t, mu, 2, err) == 0);
	CHECK_NUM(mu[0].share, 0.2);
	CHECK_NUM(mu[1].share, 0.8);
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(model_rejects_unknown_keys_and_bad_values)
{
	struct bosett_model *m = bosett_model_new();
	double v;

#define READ(json) bosett_model_read_mem(m, "m.json", json, strlen(json))
	CHECK(READ("{\"min_setle\": 5}") == BOSETT_EDATA);
	CHECK_STR(bosett_model_error(m), "m.json: unknown key \"min_setle\"");
	CHECK(READ("{\"continuity\": {\"wieght\": 1}}") == BOSETT_EDATA);
	CHECK_STR(bosett_model_error(m), "m.json: unknown key \"continuity.wieght\"");
	CHECK(READ("{\"min_settle\": -1}") == BOSETT_EDATA);
	/* a failed read leaves the model as it was */
	CHECK(bosett_model_get(m, "min_settle", &v) == 0 && v == 10);
	CHECK(READ("{\"min_settle\": 15, \"use\": {\"jobs\": 0}}") == 0);
#undef READ
	CHECK(bosett_model_get(m, "min_settle", &v) == 0 && v == 15);
	CHECK(bosett_model_get(m, "use.jobs", &v) == 0 && v == 0);
	bosett_model_free(m);
}

TEST(value_is_concave_above_the_minimum)
{
	struct bosett_model *m = bosett_model_new();
	struct muni u;
	struct variant v = { 0 };

	memset(&u, 0, sizeof u);
	u.fair = 12.4;
	u.score = 1;
	u.has_prev = 1;
	u.prev = 20;
	u.target = -1; /* no criteria target */
	/* concave: second differences never positive */
	for (int x = 10; x < 40; x++) {
		double d2 = bosett_value(m, &u, x + 1, &v) - 2 * bosett_value(m, &u, x, &v) +
		            bosett_value(m, &u, x - 1, &v);

		CHECK(d2 <= BOSETT_EPS_TIE);
	}
	/* no criteria target: the free band is continuity.band */
	CHECK_NUM(bosett_value(m, &u, 0, &v), -12.4 - 3 * (20 - 0.05 * 20));
	bosett_model_free(m);
}

static long column_sum(struct bosett_table *t, const char *col, long *min_nonzero)
{
	long sum = 0;

	*min_nonzero = 1000000;
	for (size_t i = 0; i < bosett_table_nrows(t); i++) {
		double v = 0;

		bosett_table_get(t, i, col, &v);
		sum += (long)v;
		if (v > 0 && v < *min_nonzero)
			*min_nonzero = (long)v;
	}
	return sum;
}

TEST(solver_places_the_total_in_whole_numbers_of_zero_or_at_least_ten)
{
	struct bosett_table *t = table("kommunenr,kommune,population\n0001,A,50000\n0002,B,9000\n0003,C,3000\n"
	                               "0004,D,2000\n0005,E,36000\n");
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s = bosett_solver_new(m);
	long minnz;

	bosett_solver_set_quota(s, 47);
	CHECK(bosett_solver_run(s, t) == BOSETT_OK);
	CHECK(bosett_solver_status(s) == BOSETT_SOLVE_OPTIMAL);
	CHECK(column_sum(t, "recommended", &minnz) == 47);
	CHECK(minnz >= 10);
	bosett_solver_free(s);
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(solver_says_why_caps_cannot_hold_the_total)
{
	struct bosett_table *t = table("kommunenr,kommune,population,max_settle\n0001,A,50000,20\n0002,B,9000,15\n");
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s = bosett_solver_new(m);

	bosett_solver_set_quota(s, 40);
	CHECK(bosett_solver_run(s, t) == BOSETT_EINFEASIBLE);
	CHECK(strstr(bosett_solver_error(s), "quota 40 is more than the 35 that all caps allow (short by 5)") != NULL);
	bosett_solver_set_allow_shortfall(s, 1);
	CHECK(bosett_solver_run(s, t) == BOSETT_OK);
	CHECK(bosett_solver_status(s) == BOSETT_SOLVE_SHORTFALL);
	CHECK(bosett_solver_shortfall(s) == 5);
	bosett_solver_free(s);
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(minors_only_where_opted_in)
{
	struct bosett_table *t = table("kommunenr,kommune,population,em_optin,em_places\n0001,A,50000,0,\n"
	                               "0002,B,30000,1,4\n0003,C,20000,1,3\n");
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s = bosett_solver_new(m);
	double e;

	bosett_solver_set_quota(s, 60);
	bosett_solver_set_em_quota(s, 7);
	CHECK(bosett_solver_run(s, t) == BOSETT_OK);
	CHECK(bosett_table_get(t, 0, "recommended_em", &e) == BOSETT_CELL_NUMBER && e == 0);
	CHECK(bosett_table_get(t, 1, "recommended_em", &e) == BOSETT_CELL_NUMBER && e == 4);
	CHECK(bosett_table_get(t, 2, "recommended_em", &e) == BOSETT_CELL_NUMBER && e == 3);
	bosett_solver_set_em_quota(s, 8);
	CHECK(bosett_solver_run(s, t) == BOSETT_EINFEASIBLE);
	CHECK(strstr(bosett_solver_error(s), "8 unaccompanied minors is more than the 7 places") != NULL);
	bosett_solver_free(s);
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(regional_limit_holds_over_the_members_together)
{
	/* 6 upper-secondary seats in the region at 0.1 per person: 60 people at most */
	struct bosett_table *t = table("kommunenr,kommune,population,region,upper_secondary_seats\n"
	                               "0001,A,50000,1,4\n0002,B,40000,1,2\n0003,C,1000000,2,\n");
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s = bosett_solver_new(m);
	double a = 0, b = 0;

	bosett_solver_set_quota(s, 1000);
	CHECK(bosett_solver_run(s, t) == BOSETT_OK);
	bosett_table_get(t, 0, "recommended", &a);
	bosett_table_get(t, 1, "recommended", &b);
	CHECK(a + b <= 60);
	CHECK(a + b >= 59); /* the region is full: its fair share is far above 60 */
	bosett_solver_free(s);
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(hard_rule_check_catches_each_rule)
{
	/* default model: minimum 10; ceiling max(10 per 1,000, 10 x the county's
	 * total per inhabitant, the minimum): 2000, 10 and 80 for a total of 40 */
	struct bosett_table *t = table("kommunenr,kommune,population\n0001,A,200000\n0002,B,500\n0003,C,8000\n");
	struct bosett_model *m = bosett_model_new();
	size_t rows[3] = { 0, 1, 2 };
	long good[3] = { 20, 10, 10 }, low[3] = { 25, 5, 10 }, high[3] = { 10, 20, 10 }, off[3] = { 20, 10, 0 };

	CHECK(bosett_hard_rule_violations(m, t, rows, 3, good, 40) == 0);
	CHECK(bosett_hard_rule_violations(m, t, rows, 3, low, 40) == 1);  /* B below the minimum */
	CHECK(bosett_hard_rule_violations(m, t, rows, 3, high, 40) == 1); /* B above its ceiling of 10 */
	CHECK(bosett_hard_rule_violations(m, t, rows, 3, off, 40) == 1);  /* the total is 30, not 40 */
	bosett_model_free(m);
	bosett_table_free(t);
}

const struct check_case check_cases[] = {
	CASE(largest_remainder_shows_the_alabama_paradox), CASE(sainte_lague_never_falls), CASE(danish_key),
	CASE(sainte_lague_fast_equals_unit_by_unit), CASE(sainte_lague_large_total_is_fast),
	CASE(model_rejects_unknown_keys_and_bad_values), CASE(value_is_concave_above_the_minimum),
	CASE(solver_places_the_total_in_whole_numbers_of_zero_or_at_least_ten),
	CASE(solver_says_why_caps_cannot_hold_the_total), CASE(minors_only_where_opted_in),
	CASE(regional_limit_holds_over_the_members_together), CASE(hard_rule_check_catches_each_rule), { NULL, NULL }
};

CHECK_MAIN
