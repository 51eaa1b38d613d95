/*
 * solve.h - the allocation: how many people each municipality is asked to
 * settle, found with GLPK as the best fit to the model's criteria, with the
 * reason for every number (bosett(7) writes the model down).
 */
#ifndef BOSETT_SOLVE_H
#define BOSETT_SOLVE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bosett_table;
struct bosett_model;
struct bosett_solver;

enum bosett_solve_status {
	BOSETT_SOLVE_NONE = 0,     /* not run, or failed */
	BOSETT_SOLVE_OPTIMAL,      /* proven optimal */
	BOSETT_SOLVE_FEASIBLE,     /* stopped by the time limit; see the gap */
	BOSETT_SOLVE_INFEASIBLE    /* no allocation meets every rule */
};

/* A solver for one model (borrowed: it must outlive the solver). */
struct bosett_solver *bosett_solver_new(const struct bosett_model *m);
void bosett_solver_free(struct bosett_solver *s);
const char *bosett_solver_error(const struct bosett_solver *s);

/* The county's total to place. */
void bosett_solver_set_quota(struct bosett_solver *s, long quota);
/* Stop the search after this many seconds (0: no limit). */
void bosett_solver_set_time_limit(struct bosett_solver *s, double seconds);

/* Solve for the rows of t. Returns BOSETT_OK, BOSETT_EINFEASIBLE (the error
 * message says in plain words which rules collide and by how much) or
 * BOSETT_EDATA. On BOSETT_OK the result columns are added to t:
 * cap, fair_share, recommended, binding (bosett-solve(1)). */
int bosett_solver_run(struct bosett_solver *s, struct bosett_table *t);

enum bosett_solve_status bosett_solver_status(const struct bosett_solver *s);
/* Objective value and relative gap of the last run (gap 0 when optimal). */
double bosett_solver_objective(const struct bosett_solver *s);
double bosett_solver_gap(const struct bosett_solver *s);

/* Write the exact model of the last run in CPLEX LP format. */
int bosett_solver_write_lp(struct bosett_solver *s, const char *path);

#ifdef __cplusplus
}
#endif
#endif
