/*
 * exact.h - the exact structured algorithm of bosett(7), SOLVING: the model
 * with one total, no regional limits and no minors, solved to optimality
 * without a table over the total (private to the solver).
 */
#ifndef BOSETT_SOLVE_EXACT_H
#define BOSETT_SOLVE_EXACT_H

#include "solve_internal.h"

enum bosett_exact {
	BOSETT_EXACT_OPTIMAL,    /* u->x (and u->e = 0) of every municipality set */
	BOSETT_EXACT_INFEASIBLE, /* no allocation keeps the rules */
	BOSETT_EXACT_NA,         /* preconditions do not hold, or the search gave up */
	BOSETT_EXACT_NOMEM
};

/* Does the problem have the structure the algorithm needs (one total, no
 * regional limits, no minors, a value objective)? */
int bosett_exact_applies(const struct problem *p, const struct variant *v);

/* Solve under the variant; on BOSETT_EXACT_OPTIMAL the allocation is in
 * p->mu[i].x. Nodes searched go to *nodes when not NULL. */
enum bosett_exact bosett_exact_solve(struct problem *p, const struct variant *v, long *nodes);

#endif
