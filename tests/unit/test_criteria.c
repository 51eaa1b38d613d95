/* Unit tests of the criteria (src/lib/solve/criteria.c, bosett(7)
 * CRITERIA): the target moves numbers from the anchor toward work inside
 * the corridor, the value stays concave, the placebo shuffles within each
 * county only, and without criteria columns the default is as it was. */
#include <bosett/bosett.h>

#include "check.h"
#include "solve/solve_internal.h"

static struct bosett_table *table(const char *csv)
{
	struct bosett_table *t = bosett_table_new();

	if (bosett_table_read_mem(t, "t.csv", csv, strlen(csv)) != 0)
		fprintf(stderr, "%s\n", bosett_table_error(t));
	return t;
}

/* Solve t at total with model json; rec[] the numbers, tgt[] the targets (-1 none). */
static void solve(const char *csv, const char *json, long total, long *rec, double *tgt)
{
	struct bosett_table *t = table(csv);
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s;

	CHECK(bosett_model_read_mem(m, "m.json", json, strlen(json)) == BOSETT_OK);
	s = bosett_solver_new(m);
	bosett_solver_set_quota(s, total);
	CHECK(bosett_solver_run(s, t) == BOSETT_OK);
	for (size_t i = 0; i < bosett_table_nrows(t); i++) {
		double v = -1;

		bosett_table_get(t, i, "recommended", &v);
		rec[i] = lround(v);
		v = -1;
		if (tgt && bosett_table_get(t, i, "criteria_target", &v) != BOSETT_CELL_NUMBER)
			v = -1;
		if (tgt)
			tgt[i] = v;
	}
	bosett_solver_free(s);
	bosett_model_free(m);
	bosett_table_free(t);
}

static const char *const work =
	"kommunenr,kommune,fylkenr,population,requested_prev,employment_rate,unemployment_rate\n"
	"0001,A,01,20000,100,0.78,0.010\n"
	"0002,B,01,20000,100,0.70,0.020\n"
	"0003,C,01,20000,100,0.62,0.030\n"
	"0004,D,01,20000,100,0.70,0.020\n";

TEST(criteria_move_numbers_toward_work_inside_the_corridor)
{
	long rec[4];
	double tgt[4];

	solve(work, "{\"corridor\": 20}", 400, rec, tgt);
	CHECK(rec[0] + rec[1] + rec[2] + rec[3] == 400);
	/* A (the most work) gains, C loses, by the same amount; B and D stay */
	CHECK(rec[0] > 100 && rec[2] < 100);
	CHECK(rec[0] - 100 == 100 - rec[2]);
	CHECK(rec[1] == 100 && rec[3] == 100);
	/* never beyond the corridor of 20 % of the anchor */
	CHECK(rec[0] <= 120 && rec[2] >= 80);
	CHECK(tgt[0] > 100 && tgt[0] <= 120 + 1e-9);
	/* a wider corridor moves more */
	{
		long wide[4];

		solve(work, "{\"corridor\": 30}", 400, wide, NULL);
		CHECK(wide[0] > rec[0]);
	}
}

TEST(corridor_zero_and_practice_keep_the_anchor)
{
	long rec[4];

	solve(work, "{\"corridor\": 0}", 400, rec, NULL);
	CHECK(rec[0] == 100 && rec[1] == 100 && rec[2] == 100 && rec[3] == 100);
	solve(work, "{\"corridor\": 20, \"criteria_weight\": 0, \"continuity\": {\"band\": 0}}", 400, rec, NULL);
	CHECK(rec[0] == 100 && rec[2] == 100);
}

TEST(without_criteria_columns_the_default_is_as_without_criteria)
{
	static const char *const none = "kommunenr,kommune,population,requested_prev\n0001,A,20000,100\n"
	                                "0002,B,5000,100\n0003,C,9000,60\n";
	long rec[3], off[3];
	double tgt[3];

	solve(none, "{}", 260, rec, tgt);
	solve(none, "{\"criteria_weight\": 0}", 260, off, NULL);
	CHECK(rec[0] == off[0] && rec[1] == off[1] && rec[2] == off[2]);
	CHECK(tgt[0] == -1 && tgt[1] == -1 && tgt[2] == -1); /* no criterion moved it: no target is written */
	/* and the fair share still acts inside continuity.band (5 %), as before the criteria */
	CHECK(rec[0] > 100 && rec[0] <= 105);
}

TEST(value_with_a_target_is_concave)
{
	struct bosett_model *m = bosett_model_new();
	struct muni u;
	struct variant v = { 0 };
	double bp[BOSETT_BP_MAX];
	int nb;

	memset(&u, 0, sizeof u);
	u.fair = 31.3;
	u.has_prev = 1;
	u.prev = 40;
	u.target = 45.5;
	for (int x = 10; x < 80; x++)
		CHECK(bosett_value(m, &u, x + 1, &v) - 2 * bosett_value(m, &u, x, &v) + bosett_value(m, &u, x - 1, &v) <=
		      1e-12);
	/* the best number is the target (criteria weight 2 > fairness weight 1) */
	CHECK(bosett_value(m, &u, 45, &v) > bosett_value(m, &u, 44, &v));
	CHECK(bosett_value(m, &u, 46, &v) > bosett_value(m, &u, 47, &v));
	/* the target is a breakpoint: floor and ceiling */
	nb = bosett_breakpoints(m, &u, &v, 10, 100, bp);
	CHECK(nb <= BOSETT_BP_MAX);
	{
		int f = 0, c = 0;

		for (int i = 0; i < nb; i++)
			f |= bp[i] == 45, c |= bp[i] == 46;
		CHECK(f && c);
	}
	bosett_model_free(m);
}

TEST(placebo_shuffles_within_each_county_only)
{
	/* county 01's municipalities are alike: a shuffle within counties leaves
	 * them as they are; one across counties would not */
	static const char *const two =
		"kommunenr,kommune,fylkenr,population,requested_prev,employment_rate,unemployment_rate\n"
		"0101,A,01,20000,100,0.70,0.020\n"
		"0102,B,01,20000,100,0.70,0.020\n"
		"0103,C,01,20000,100,0.70,0.020\n"
		"0201,D,02,20000,100,0.80,0.010\n"
		"0202,E,02,20000,100,0.60,0.030\n"
		"0203,F,02,20000,100,0.75,0.015\n";
	long real[6], shuf[6];
	int differ = 0;

	solve(two, "{\"corridor\": 20}", 600, real, NULL);
	for (int seed = 1; seed <= 5; seed++) {
		char json[64];

		snprintf(json, sizeof json, "{\"corridor\": 20, \"placebo_seed\": %d}", seed);
		solve(two, json, 600, shuf, NULL);
		CHECK(shuf[0] == real[0] && shuf[1] == real[1] && shuf[2] == real[2]);
		differ |= shuf[3] != real[3] || shuf[4] != real[4] || shuf[5] != real[5];
	}
	CHECK(differ); /* and county 02's are shuffled */
}

const struct check_case check_cases[] = {
	CASE(criteria_move_numbers_toward_work_inside_the_corridor), CASE(corridor_zero_and_practice_keep_the_anchor),
	CASE(without_criteria_columns_the_default_is_as_without_criteria), CASE(value_with_a_target_is_concave),
	CASE(placebo_shuffles_within_each_county_only), { NULL, NULL }
};

CHECK_MAIN
