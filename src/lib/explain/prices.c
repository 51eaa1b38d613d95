/*
 * prices.c - shadow prices with the yes/no choices fixed, and the price of
 * each policy rule from the solve without it (bosett(7), PRICES).
 */
#include "solve/solver.h"

/* Fix the yes/no choices, relax the numbers and solve the LP: shadow
 * prices of caps, regional limits, the minimum and the total. */
void solve_read_prices(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	glp_prob *lp;
	glp_smcp parm;

	/* the multipliers of the exact algorithm's problem: no LP */
	if (bosett_exact_applies(p, &s->built)) {
		bosett_exact_prices(p, &s->built, &s->price_total);
		return;
	}
	if (s->by_blocks) {
		solve_regional_prices(s);
		return;
	}
	lp = glp_create_prob();
	glp_copy_prob(lp, s->lp, GLP_ON);
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		double y;

		if (!u->col_x)
			continue;
		y = (u->x + u->e) > 0 ? 1 : 0;
		glp_set_col_bnds(lp, u->col_y, GLP_FX, y, y);
		glp_set_col_kind(lp, u->col_y, GLP_CV);
		glp_set_col_kind(lp, u->col_x, GLP_CV);
		if (u->col_e)
			glp_set_col_kind(lp, u->col_e, GLP_CV);
	}
	glp_init_smcp(&parm);
	parm.msg_lev = GLP_MSG_OFF;
	parm.presolve = GLP_OFF;
	parm.tm_lim = solve_time_left_ms(s);
	s->price_total = 0;
	if (glp_simplex(lp, &parm) == 0 && glp_get_status(lp) == GLP_OPT) {
		s->price_total = glp_get_row_dual(lp, 1);
		for (size_t r = 0; r < p->nregions; r++)
			p->regions[r].dual = glp_get_row_dual(lp, p->regions[r].row);
		for (size_t i = 0; i < p->n; i++) {
			struct muni *u = &p->mu[i];
			double d;

			u->price = 0;
			switch (u->limit) {
			case LIMIT_CAP:
				d = glp_get_row_dual(lp, u->row_cap);
				u->price = u->cap_source >= CAP_USE ? d / s->m->use[u->cap_source - CAP_USE] : d;
				break;
			case LIMIT_REGION:
				u->price = p->regions[u->region_row].dual;
				break;
			case LIMIT_MIN:
				u->price = u->row_min ? -glp_get_row_dual(lp, u->row_min) : 0;
				break;
			case LIMIT_EM:
				u->price = u->col_e ? glp_get_col_dual(lp, u->col_e) / s->m->em_use : 0;
				break;
			default:
				break;
			}
			if (fabs(u->price) < 1e-9)
				u->price = 0;
		}
	}
	glp_delete_prob(lp);
	(void)t;
}

/* Solve the model under a variant and keep its solution in p (not the
 * main model): for the prices of the rules. Returns 0 if solved. */
static int solve_variant(struct bosett_solver *s, const struct bosett_table *t, const struct variant *v)
{
	glp_prob *lp;
	enum bosett_solve_status st;

	/* the exact algorithm needs no GLPK model */
	switch (bosett_exact_solve(&s->p, v, NULL)) {
	case BOSETT_EXACT_OPTIMAL: return 0;
	case BOSETT_EXACT_INFEASIBLE: return -1;
	case BOSETT_EXACT_NOMEM: longjmp(s->jump, 2);
	default: break;
	}
	lp = solve_build(s, t, v);
	st = solve_mip(s, lp);

	if (st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE)
		solve_read_solution(&s->p, lp);
	glp_delete_prob(lp);
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

	if (!keep)
		longjmp(s->jump, 2);
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
		if (*rule[k].price < 1e-9)
			*rule[k].price = 0;
	}
	free(keep);
	s->gap = gap;
}
