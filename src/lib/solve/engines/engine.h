/*
 * engine.h - one entry of the solver's engine table (solve/dispatch.c): the
 * table is walked in order and the first engine that applies and answers
 * decides; its name is recorded as `solve.engine` in every output.
 */
#ifndef BOSETT_SOLVE_ENGINE_H
#define BOSETT_SOLVE_ENGINE_H

#include <glpk.h>

struct bosett_solver;
struct bosett_table;

struct engine {
	const char *name;        /* solve.engine */
	int needs_model;         /* reads the GLPK model (its columns, the regional members) */
	/* Does the problem (s->p under s->built) have the structure it needs? */
	int (*applies)(const struct bosett_solver *s);
	/* OPTIMAL or FEASIBLE with the allocation in s->p; INFEASIBLE; NONE:
	 * it gave way (to the next engine) or, the last, stopped without one. */
	int (*solve)(struct bosett_solver *s, glp_prob *lp);
	/* The shadow prices of the final problem (bosett(7), SHADOW PRICES):
	 * 0, or -1 out of memory. */
	int (*prices)(struct bosett_solver *s);
};

#endif
