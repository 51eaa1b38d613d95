/*
 * fixture_solver.h - a solver loaded with a table for the unit tests of
 * the solver's parts (the engines, the heuristic, the moves), made in one
 * place. Include after check.h and fixture.h.
 */
#ifndef BOSETT_FIXTURE_SOLVER_H
#define BOSETT_FIXTURE_SOLVER_H

#include "solve/solver.h"

/* A solver loaded with t at the totals q and em, and its GLPK model built
 * for v (NULL: the model as it is), which also decides the regional
 * limits each municipality is in; NULL when it does not load. */
static inline struct bosett_solver *fixture_loaded(const struct bosett_model *m, const struct bosett_table *t, long q,
                                                   long em, const struct variant *v)
{
	struct bosett_solver *s = bosett_solver_new(m);
	struct variant none = { 0 };

	if (!s)
		return NULL;
	bosett_solver_set_quota(s, q);
	bosett_solver_set_em_quota(s, em);
	if (solve_load(s, t) != 0) {
		bosett_solver_free(s);
		return NULL;
	}
	s->lp = solve_build(s, t, v ? v : &none);
	return s;
}

#endif
