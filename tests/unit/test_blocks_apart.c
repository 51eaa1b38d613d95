/* The blocks' search (src/lib/solve/engines/regional.c) with two limits of
 * one region that count members apart: Akershus (county 32) at IMDi's 2026
 * total with test_reasons's made-up answers (tests/unit/counties.h, not
 * real figures) and MADE-UP upper-secondary seats on the rows j % 7 == 6
 * (the jobs are on the rows j % 7 == 4), both pooled over the commuting
 * region by the default model (data/models/default.json). Before, such a
 * region was left to GLPK's branch-and-bound, and the proof of the minors'
 * places (em_use 0.01) did not finish in 10 s; the blocks answer both,
 * and GLPK forced alone agrees on the optimum. And the minors needing
 * every place (the made-up answers ask for all of them): the blocks keep
 * each place as a floor instead of giving way to GLPK. Not timed: the
 * engine that answered (solve.engine) is what is checked. */
#include <bosett/bosett.h>

#include <math.h>

#include "check.h"
#include "counties.h"
#include "base/internal.h"
#include "base/tolerance.h"
#include "solve/solver.h"

#define KOMMUNER BOSETT_SOURCE_DIR "/data/kommuner.csv"
#define DEFAULT_MODEL BOSETT_SOURCE_DIR "/data/models/default.json"

/* County f (NULL: Norway) with the made-up answers and seats on the rows
 * j % 7 == 6 (none when seats is 0; on j % 7 == 4 too when 2); NULL when
 * it does not read. */
static struct bosett_table *county(const char *f, long *total, long *em, int seats)
{
	struct county c[64];
	size_t nc = county_list(KOMMUNER, 2026, c, 64);
	struct bosett_table *t = NULL;
	int ok = 1;

	*total = 0;
	for (size_t k = 0; k < nc; k++)
		if (!f || !strcmp(c[k].fylkenr, f))
			*total += c[k].total;
	if (*total <= 0 || !(t = county_rows(KOMMUNER, f)) || !county_answers(t, *total, em)) {
		bosett_table_free(t);
		return NULL;
	}
	for (size_t j = 0; j < bosett_table_nrows(t); j++) {
		double a = 0;

		if (bosett_table_get(t, j, "requested_prev", &a) != BOSETT_CELL_NUMBER)
			a = 0;
		if ((seats && j % 7 == 6) || (seats == 2 && j % 7 == 4))
			ok &= county_set(t, j, "upper_secondary_seats", floor(0.1 * floor(0.85 * a)));
	}
	if (!ok) {
		bosett_table_free(t);
		return NULL;
	}
	return t;
}

/* Solve with the default model (json over it: NULL none), GLPK alone when
 * forced; the engine's name into engine (NULL: not optimal). */
static double solve_county(const char *f, int seats, const char *json, int glpk, char *engine, size_t n)
{
	struct bosett_model *m = bosett_model_new();
	struct bosett_table *t;
	struct bosett_solver *s = NULL;
	long total = 0, em = 0;
	double obj = -HUGE_VAL;
	const char *e;

	snprintf(engine, n, "-");
	t = county(f, &total, &em, seats);
	CHECK(t && m && bosett_model_read_file(m, DEFAULT_MODEL) == BOSETT_OK);
	if (!t || !m || (json && bosett_model_read_mem(m, "relaxed.json", json, strlen(json)) != BOSETT_OK))
		goto out;
	CHECK(em > 0);
	s = bosett_solver_new(m);
	bosett_solver_set_quota(s, total);
	bosett_solver_set_em_quota(s, em);
	bosett_solver_set_rule_prices(s, 0);
	bosett_solver_set_prove_reasons(s, 0);
	bosett_solver_set_time_limit(s, 60);
	if (glpk)
		solve_force_engine(s, "glpk");
	if (bosett_solver_run(s, t) == BOSETT_OK && bosett_solver_status(s) == BOSETT_SOLVE_OPTIMAL &&
	    (e = bosett_table_meta_get(t, "solve.engine"))) {
		obj = bosett_solver_objective(s);
		snprintf(engine, n, "%s", e);
	}
	CHECK(s->p.nregions > 0);
out:
	bosett_solver_free(s);
	bosett_table_free(t);
	bosett_model_free(m);
	return obj;
}

/* Akershus: seats on the rows j % 7 == 6 (1) or on the jobs' rows too (2) */
static double solve(const char *json, int glpk, int overlap, char *engine, size_t n)
{
	return solve_county("32", overlap ? 2 : 1, json, glpk, engine, n);
}

TEST(seats_apart_from_jobs_are_blocks_apart)
{
	char e1[32], e2[32];
	double blocks = solve(NULL, 0, 0, e1, sizeof e1), glpk = solve(NULL, 1, 0, e2, sizeof e2);

	CHECK_STR(e1, "blocks");
	CHECK_STR(e2, "glpk");
	CHECK(blocks > -HUGE_VAL);
	CHECK_NUM(blocks, glpk);
}

/* the proof of the minors' places: the model that GLPK did not finish */
TEST(minors_relaxed_with_seats_apart_are_blocks)
{
	char e[32];
	double relaxed = solve("{\"em_use\": 0.01}", 0, 0, e, sizeof e), plain = solve(NULL, 0, 0, e + 16, 16);

	CHECK_STR(e, "blocks");
	/* relaxing a rule never lowers the optimum */
	CHECK(relaxed >= plain - BOSETT_EPS_OBJ * (1 + fabs(plain)));
}

/* seats given by the jobs' rows and by others: one limit's members count
 * different sets of limits, which the blocks do not search (bosett(7),
 * SOLVING); GLPK answers */
TEST(seats_overlapping_jobs_give_way_to_glpk)
{
	char e[32];
	double obj = solve(NULL, 0, 1, e, sizeof e);

	CHECK_STR(e, "glpk");
	CHECK(obj > -HUGE_VAL);
}

/* The made-up answers ask the minors for every place (the county's
 * minors' quota is its places, below a tenth of its total): each who opted
 * in takes all its places, a floor the blocks' search keeps. Before, the
 * blocks' optimum left some places unused and GLPK searched the whole
 * model (Norway 0.17 s, its proofs 2.2 s); GLPK forced alone agrees. */
TEST(minors_needing_every_place_are_blocks)
{
	static const char *const f[] = { "18", "32", "46", NULL };

	for (size_t k = 0; k < sizeof f / sizeof f[0]; k++) {
		char e1[32], e2[32];
		double blocks = solve_county(f[k], 0, NULL, 0, e1, sizeof e1);
		double glpk = solve_county(f[k], 0, NULL, 1, e2, sizeof e2);

		CHECK_STR(e1, "blocks");
		CHECK_STR(e2, "glpk");
		CHECK(blocks > -HUGE_VAL);
		CHECK_NUM(blocks, glpk);
	}
}

const struct check_case check_cases[] = {
	CASE(minors_needing_every_place_are_blocks),
	CASE(seats_apart_from_jobs_are_blocks_apart),
	CASE(minors_relaxed_with_seats_apart_are_blocks),
	CASE(seats_overlapping_jobs_give_way_to_glpk),
	{ NULL, NULL },
};

CHECK_MAIN
