/*
 * prices.c - shadow prices with the yes/no choices fixed, and the price of
 * each policy rule from the solve without it (bosett(7), PRICES). Which
 * prices is the engine table's (solve/dispatch.c): each engine gives the
 * multipliers of its answer; GLPK's are the LP's below.
 */
#include "solve/solver.h"
#include "base/tolerance.h"

/* The prices of the engine that answered the run's solve: 0, or -1 out of
 * memory (s->nomem). */
int solve_read_prices(struct bosett_solver *s, const struct bosett_table *t)
{
	(void)t;
	return solve_dispatch_prices(s);
}

/* Solve the model under a variant and keep its solution in p (not the
 * main model): for the prices of the rules, by the engine table, which
 * builds a GLPK model only for an engine that needs one. Returns 0 if
 * solved. */
static int solve_variant(struct bosett_solver *s, const struct bosett_table *t, const struct variant *v)
{
	glp_prob *lp = NULL;
	struct variant keep = s->built;
	enum bosett_solve_status st = solve_dispatch(s, t, v, &lp, 0);

	if (lp)
		glp_delete_prob(lp);
	s->built = keep;
	return st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE ? 0 : -1;
}

static void save_solution(const struct problem *p, long *keep)
{
	for (size_t i = 0; i < p->n; i++) {
		keep[2 * i] = p->mu[i].x;
		keep[2 * i + 1] = p->mu[i].e;
	}
}

static void restore_solution(struct problem *p, const long *keep)
{
	for (size_t i = 0; i < p->n; i++) {
		p->mu[i].x = keep[2 * i];
		p->mu[i].e = keep[2 * i + 1];
	}
}

/* What each policy rule costs (bosett(7), PRICES): how much better the
 * rest of the objective could do without the rule. */
void solve_price_rules(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	long *keep = malloc(2 * (p->n ? p->n : 1) * sizeof *keep);
	struct variant base = { 0 }, nomin = { .no_min = 1 }, nocont = { .no_continuity = 1 },
	               nofair = { .no_fairness = 1 };
	/* each rule: the variant solved without it, the value both allocations
	 * are measured by (the minimum is no term of the value: the full value;
	 * the others: the value without the term), whether the rule is on */
	struct {
		const struct variant *solve, *measure;
		int on;
		double *price;
	} rule[] = {
		{ &nomin, &base, p->m->min_settle > 0, &s->price_min },
		{ &nocont, &nocont, p->m->continuity_weight > 0, &s->price_continuity },
		{ &nofair, &nofair, p->m->fairness_weight > 0, &s->price_fairness },
	};
	double gap = s->gap;

	if (!keep) {
		solve_nomem(s);
		return;
	}
	save_solution(p, keep);
	for (size_t k = 0; k < sizeof rule / sizeof rule[0]; k++) {
		double at_best = solve_total_value(p, rule[k].measure);

		/* a rule that is off costs nothing; NAN: not priced (the variant
		 * could not be solved), never a silent 0 */
		*rule[k].price = rule[k].on ? NAN : 0;
		if (rule[k].on && solve_variant(s, t, rule[k].solve) == 0)
			*rule[k].price = solve_total_value(p, rule[k].measure) - at_best;
		restore_solution(p, keep);
		/* a time-limited variant can come out a hair worse: a rule never pays */
		if (*rule[k].price < BOSETT_EPS_ZERO)
			*rule[k].price = 0;
	}
	free(keep);
	s->gap = gap;
}
