/*
 * deadline.c - what is left of the run's one time limit (--time-limit), in
 * milliseconds, for each GLPK call and search; the deadline itself is set once
 * when a run starts (solver.c), as glpsol and CBC treat --tmlim; and the
 * one way bosett's own code says it ran out of memory (no jump: a flag
 * every caller looks at, and the message).
 */
#include "solve/solver.h"

int solve_time_left_ms(const struct bosett_solver *s)
{
	double left;

	if (s->deadline <= 0)
		return INT_MAX;
	left = glp_difftime(s->deadline, glp_time()) * 1000;
	return left < 1 ? 1 : left > INT_MAX ? INT_MAX : (int)left;
}

int solve_out_of_time(const void *clock)
{
	const struct bosett_solver *s = clock;

	return s->deadline > 0 && solve_time_left_ms(s) <= 1;
}

void solve_nomem(struct bosett_solver *s)
{
	s->nomem = 1;
	bosett_err(s->err, "out of memory");
}
