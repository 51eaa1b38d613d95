/*
 * dispatch.c - which algorithm answers, decided in one place: a table of
 * engines walked in order (STYLE.md, "One table decides"). Each engine says
 * whether the problem has the structure it needs, solves it or gives way to
 * the next, and gives the shadow prices of its answer. The one that
 * answered is kept (s->answered; the run's own in s->engine, `solve.engine`
 * in every output). A test can force one engine (solve_force_engine), so
 * that GLPK's own branch-and-bound is an oracle for the exact engines.
 *
 * The order: the exact search (one total, no regional limits, no minors),
 * the blocks' search (regional limits or minors), the dynamic programme
 * (the exact structure where the search gave up or a value is not
 * concave), and GLPK's branch-and-bound, which takes every model. An
 * allocation of the first three is confirmed by GLPK with every whole
 * number fixed when the caller keeps the model (the run's own solve, so
 * that --write-lp writes a solved model); the rule prices' variants are
 * not confirmed. --approximate walks a table of its own: the exact search,
 * the blocks' search stopped after APPROX_NODES nodes, the Lagrangian
 * bound with a greedy allocation.
 */
#include "solve/solver.h"
#include "solve/engines/engine.h"

static int value_objective(const struct bosett_solver *s)
{
	return !s->built.elastic && !s->built.max_placed;
}

static int exact_applies(const struct bosett_solver *s)
{
	return bosett_exact_applies(&s->p, &s->built);
}

static int exact_solve(struct bosett_solver *s, glp_prob *lp)
{
	(void)lp;
	switch (bosett_exact_solve(&s->p, &s->built, NULL, solve_out_of_time, s)) {
	case BOSETT_EXACT_OPTIMAL: return BOSETT_SOLVE_OPTIMAL;
	case BOSETT_EXACT_INFEASIBLE: return BOSETT_SOLVE_INFEASIBLE;
	case BOSETT_EXACT_NOMEM: solve_nomem(s); return BOSETT_SOLVE_NONE;
	default: return BOSETT_SOLVE_NONE;
	}
}

/* The multipliers of the exact structure (the search's and the programme's
 * answer, and GLPK's where the structure is exact): no LP. */
static int exact_prices(struct bosett_solver *s)
{
	bosett_exact_prices(&s->p, &s->built, &s->price_total);
	return 0;
}

static int blocks_applies(const struct bosett_solver *s)
{
	return value_objective(s) && (s->p.nregions > 0 || s->p.em_quota > 0);
}

static int blocks_solve(struct bosett_solver *s, glp_prob *lp)
{
	(void)lp;
	return solve_regional(s, s->node_max);
}

static int programme_applies(const struct bosett_solver *s)
{
	return solve_dp_applies(s);
}

static int programme_solve(struct bosett_solver *s, glp_prob *lp)
{
	(void)lp;
	if (solve_dp_solve(s) != 0)
		return s->nomem ? BOSETT_SOLVE_NONE : BOSETT_SOLVE_INFEASIBLE;
	return BOSETT_SOLVE_OPTIMAL;
}

static int glpk_applies(const struct bosett_solver *s)
{
	(void)s;
	return 1;
}

static int glpk_prices(struct bosett_solver *s)
{
	return bosett_exact_applies(&s->p, &s->built) ? exact_prices(s) : solve_lp_prices(s);
}

static int lagrangian_solve(struct bosett_solver *s, glp_prob *lp)
{
	if (solve_approx_solve(s, lp) != 0)
		return BOSETT_SOLVE_NONE;
	return BOSETT_SOLVE_FEASIBLE;
}

/* --approximate searches blocks whatever the structure, a block of one
 * municipality where it has no regional limit */
static int any_value_applies(const struct bosett_solver *s)
{
	return value_objective(s);
}

static int no_prices(struct bosett_solver *s)
{
	(void)s;
	return 0;
}

static const struct engine engines[] = {
	{ "exact", 0, exact_applies, exact_solve, exact_prices },
	{ "blocks", 1, blocks_applies, blocks_solve, solve_regional_prices },
	{ "programme", 1, programme_applies, programme_solve, exact_prices },
	{ "glpk", 1, glpk_applies, solve_mip, glpk_prices },
	{ NULL, 0, NULL, NULL, NULL }
};

/* --approximate: no confirmation and no prices (bosett(7), SOLVING) */
static const struct engine approx_engines[] = {
	{ "exact", 0, exact_applies, exact_solve, no_prices },
	{ "blocks", 1, any_value_applies, blocks_solve, no_prices },
	{ "lagrangian", 1, glpk_applies, lagrangian_solve, no_prices },
	{ NULL, 0, NULL, NULL, NULL }
};

void solve_force_engine(struct bosett_solver *s, const char *name)
{
	s->force_engine = name;
}

enum bosett_solve_status solve_dispatch(struct bosett_solver *s, const struct bosett_table *t,
                                        const struct variant *v, glp_prob **lp, int confirm)
{
	const struct engine *tab = s->approximate ? approx_engines : engines;
	int st = BOSETT_SOLVE_NONE;

	s->built = *v;
	s->answered = NULL;
	s->answered_engine = NULL;
	s->gap = 0;
	for (const struct engine *e = tab; e->name; e++) {
		if (s->force_engine && strcmp(s->force_engine, e->name) != 0)
			continue;
		if ((e->needs_model || confirm) && !*lp && !(*lp = solve_build(s, t, v)))
			return BOSETT_SOLVE_NONE; /* out of memory: s->nomem */
		if (*lp && glp_get_num_cols(*lp) == 0) {
			/* nobody can be asked: nothing to search */
			s->answered = "none";
			return glp_get_num_rows(*lp) && (s->p.quota > 0 || s->p.em_quota > 0) ? BOSETT_SOLVE_INFEASIBLE
			                                                                     : BOSETT_SOLVE_OPTIMAL;
		}
		if (!e->applies(s))
			continue;
		st = e->solve(s, *lp);
		if (s->nomem)
			return BOSETT_SOLVE_NONE;
		if (st == BOSETT_SOLVE_NONE && e[1].name && !s->force_engine)
			continue; /* gave way */
		s->answered = e->name;
		s->answered_engine = e;
		break;
	}
	if ((st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE) && confirm && s->answered_engine &&
	    s->answered_engine->solve != solve_mip) {
		double gap = s->gap;

		if (solve_confirm(s, *lp) != BOSETT_SOLVE_OPTIMAL)
			return BOSETT_SOLVE_NONE;
		s->gap = gap;
	}
	return st;
}

int solve_dispatch_prices(struct bosett_solver *s)
{
	return s->answered_engine ? s->answered_engine->prices(s) : 0;
}
