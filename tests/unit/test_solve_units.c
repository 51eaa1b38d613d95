/* Unit tests of two solver units on their own (src/lib/solve/engines/dp.c and
 * heuristic.c), on small made-up tables (not real figures) whose optimum is
 * found by trying every allocation:
 *   - the dynamic programme's allocation has the optimal value;
 *   - the heuristic's rounding of the LP relaxation keeps every rule (the
 *     total, 0 or at least the minimum, at most the cap) and is never worth
 *     more than the optimum;
 *   - GLPK in one place: an internal GLPK error is a status with its words. */
#include <bosett/bosett.h>

#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "fixture.h"
#include "base/glpk_call.h"
#include "base/internal.h"
#include "solve/solver.h"
#include "fixture_solver.h"

#define NMAX 6

/* n made-up municipalities from seed */
static struct bosett_table *made_up(unsigned seed, int n)
{
	static const struct fixture_shape sh = { 800, 9000, 40, 0, FIXTURE_NO_REGION, FIXTURE_NO_JOBS, 0, 0 };

	return fixture_made_up(seed, n, &sh);
}

/* The best value of municipalities i.. placing exactly left people, by
 * trying every number: 0, or from the minimum to the cap. */
static double brute(const struct bosett_solver *s, const struct variant *v, size_t i, long left)
{
	const struct problem *p = &s->p;
	const struct muni *u;
	double best = -HUGE_VAL;
	long lo, hi;

	if (i == p->n)
		return left == 0 ? 0 : -HUGE_VAL;
	u = &p->mu[i];
	best = brute(s, v, i + 1, left) + bosett_value(s->m, u, 0, v);
	if (!solve_askable(p, u, v))
		return best;
	lo = solve_muni_min(u, v);
	if (lo < 1)
		lo = 1;
	hi = u->cap < left ? u->cap : left;
	for (long x = lo; x <= hi; x++) {
		double rest = brute(s, v, i + 1, left - x);

		if (rest > -HUGE_VAL && rest + bosett_value(s->m, u, (double)x, v) > best)
			best = rest + bosett_value(s->m, u, (double)x, v);
	}
	return best;
}

TEST(dp_is_optimal_on_small_tables)
{
	struct bosett_model *m = bosett_model_new();
	struct variant v = { 0 };
	int compared = 0;

	for (unsigned seed = 1; seed <= 8; seed++) {
		int n = 3 + (int)(seed % (NMAX - 2));
		struct bosett_table *t = made_up(seed, n);

		for (long q = 0; q <= 60; q += 7) {
			struct bosett_solver *s = fixture_loaded(m, t, q, 0, &v);
			double want, got = 0;

			CHECK(s != NULL);
			if (!s)
				continue;
			want = brute(s, &v, 0, q);
			CHECK(solve_dp_applies(s));
			if (want == -HUGE_VAL) {
				CHECK(solve_dp_solve(s) != 0); /* no allocation: the programme says so */
			} else if (solve_dp_solve(s) == 0) {
				long placed = 0;

				for (size_t i = 0; i < s->p.n; i++) {
					got += bosett_value(m, &s->p.mu[i], (double)s->p.mu[i].x, &v);
					placed += s->p.mu[i].x;
				}
				CHECK(placed == q);
				if (fabs(got - want) > BOSETT_EPS_GLPK * (1 + fabs(want)))
					fprintf(stderr, "seed %u, total %ld: programme %.9f, every allocation %.9f\n", seed, q, got,
					        want);
				CHECK(fabs(got - want) <= BOSETT_EPS_GLPK * (1 + fabs(want)));
				compared++;
			} else {
				CHECK(!"the programme found no allocation where one exists");
			}
			bosett_solver_free(s);
		}
		bosett_table_free(t);
	}
	bosett_model_free(m);
	CHECK(compared >= 40);
}

/* The heuristic's rounding of the LP solution in s->lp; -1 if none. */
static int round_once(struct bosett_solver *s, struct heur *h)
{
	return solve_heur_round(s, h, s->lp, NULL);
}

TEST(heuristic_keeps_every_rule_on_small_tables)
{
	struct bosett_model *m = bosett_model_new();
	struct variant v = { 0 };
	int rounded = 0;

	for (unsigned seed = 1; seed <= 8; seed++) {
		int n = 3 + (int)(seed % (NMAX - 2));
		struct bosett_table *t = made_up(seed, n);

		for (long q = 10; q <= 60; q += 7) {
			struct bosett_solver *s = fixture_loaded(m, t, q, 0, &v);
			struct heur *h;
			glp_smcp sp;
			double want, got = 0;
			long placed = 0;

			CHECK(s != NULL);
			if (!s)
				continue;
			want = brute(s, &v, 0, q);
			glp_init_smcp(&sp);
			sp.msg_lev = GLP_MSG_OFF;
			h = solve_heur_new(&s->p, glp_get_num_cols(s->lp));
			CHECK(h != NULL);
			if (!h || glp_simplex(s->lp, &sp) != 0 || glp_get_status(s->lp) != GLP_OPT ||
			    round_once(s, h) != 0) {
				solve_heur_free(h);
				bosett_solver_free(s);
				continue;
			}
			for (size_t i = 0; i < s->p.n; i++) {
				const struct muni *u = &s->p.mu[i];
				long x = h->t[i];

				CHECK(x == 0 || (x >= solve_muni_min(u, &v) && x <= u->cap));
				placed += x;
				got += bosett_value(m, u, (double)x, &v);
			}
			CHECK(placed == q);
			CHECK(want > -HUGE_VAL && got <= want + BOSETT_EPS_GLPK * (1 + fabs(want)));
			rounded++;
			solve_heur_free(h);
			bosett_solver_free(s);
		}
		bosett_table_free(t);
	}
	bosett_model_free(m);
	CHECK(rounded >= 20);
}

static glp_prob *failing;

/* A GLPK internal error on purpose: a negative number of columns. */
static int provoke_glpk_error(void *arg)
{
	(void)arg;
	failing = glp_create_prob();
	glp_add_cols(failing, -1);
	return 0;
}

static int glpk_fine(void *arg)
{
	glp_prob *lp = arg;

	glp_add_rows(lp, 1);
	return 7;
}

/* Issue 23: GLPK in one place (base/glpk_call.c). An internal GLPK error
 * is a status with GLPK's own words, nothing reaches stdout (where the
 * CSV may be going), and another GLPK object made before stays valid (no
 * glp_free_env); the next call works. */
TEST(glpk_error_is_a_status_with_its_words)
{
	char err[BOSETT_ERRMAX] = "", path[] = "/tmp/bosett-glpk-XXXXXX";
	glp_prob *kept = glp_create_prob();
	int fd = mkstemp(path), saved, rc;
	struct stat st;

	glp_add_rows(kept, 2);
	CHECK(fd >= 0);
	fflush(stdout);
	saved = dup(1);
	dup2(fd, 1);
	rc = bosett_glpk_call(provoke_glpk_error, NULL, err, "the test failed");
	fflush(stdout);
	dup2(saved, 1);
	close(saved);
	CHECK(rc == -1);
	CHECK(strstr(err, "the test failed (GLPK: ") == err);
	CHECK(strstr(err, "glp_add_cols") != NULL);
	CHECK(strchr(err, '\n') == NULL);
	CHECK(fstat(fd, &st) == 0 && st.st_size == 0); /* nothing on stdout */
	close(fd);
	unlink(path);
	CHECK(glp_get_num_rows(kept) == 2);
	CHECK(bosett_glpk_call(glpk_fine, kept, err, "the test failed") == 7);
	CHECK(glp_get_num_rows(kept) == 3);
	glp_delete_prob(kept);
}

const struct check_case check_cases[] = {
	CASE(dp_is_optimal_on_small_tables), CASE(heuristic_keeps_every_rule_on_small_tables),
	CASE(glpk_error_is_a_status_with_its_words),
	{ NULL, NULL }
};

CHECK_MAIN
