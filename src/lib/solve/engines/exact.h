/*
 * exact.h - the exact structured algorithm of bosett(7), SOLVING: the model
 * with one total, no regional limits and no minors, solved to optimality
 * without a table over the total (private to the solver).
 */
#ifndef BOSETT_SOLVE_EXACT_H
#define BOSETT_SOLVE_EXACT_H

#include "solve/solve_internal.h"

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
 * p->mu[i].x. Nodes searched go to *nodes when not NULL; the search gives
 * up (BOSETT_EXACT_NA) when out_of_time(clock) says so (NULL: never). */
enum bosett_exact bosett_exact_solve(struct problem *p, const struct variant *v, long *nodes,
                                     int (*out_of_time)(const void *), const void *clock);

/* The range of the price of the total at the allocation in p->mu, its
 * yes/no choices fixed: [*lo, *hi]. */
void bosett_exact_price_range(const struct problem *p, const struct variant *v, double *lo, double *hi);

/* The multipliers of the final problem, its yes/no choices fixed: the
 * price of the total (what one more person adds) into *total, and each
 * municipality's u->price by its limit (bosett(7), SHADOW PRICES). */
void bosett_exact_prices(struct problem *p, const struct variant *v, double *total);

#endif
