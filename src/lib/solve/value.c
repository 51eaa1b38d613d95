/*
 * value.c - the value of asking x people (bosett(7), VALUE) and its
 * breakpoints: concave on [min, cap] plus the single point 0.
 */
#include "solve/solver.h"

double bosett_value(const struct bosett_model *m, const struct muni *u, double x, const struct variant *v)
{
	double val = m->score_weight * u->score * x;

	if (!v->no_fairness)
		val -= m->fairness_weight * fabs(x - u->fair);
	/* the criteria target (criteria.c): part of continuity, as it moves the anchor */
	if (u->target >= 0 && !v->no_continuity)
		val -= m->criteria_weight * fabs(x - u->target);
	if (u->has_prev && !v->no_continuity) {
		double out = fabs(x - u->prev) - bosett_criteria_band(m, u) * u->prev;

		if (out > 0)
			val -= m->continuity_weight * out;
	}
	return val;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Whole-number breakpoints of the value on [lo, hi]: the ends, and the
 * floor and ceiling of every kink inside. Returns how many (at most BOSETT_BP_MAX, 10). */
int solve_breakpoints(const struct bosett_model *m, const struct muni *u, const struct variant *v,
                       long lo, long hi, double *bp)
{
	double kinks[4], band = bosett_criteria_band(m, u);
	int nk = 0, n = 0, o = 1;

	if (!v->no_fairness)
		kinks[nk++] = u->fair;
	if (u->has_prev && !v->no_continuity) {
		kinks[nk++] = u->prev * (1 - band);
		kinks[nk++] = u->prev * (1 + band);
	}
	if (u->target >= 0 && !v->no_continuity)
		kinks[nk++] = u->target;
	bp[n++] = (double)lo;
	bp[n++] = (double)hi;
	for (int k = 0; k < nk; k++) {
		double f = floor(kinks[k]), c = ceil(kinks[k]);

		if (f > lo && f < hi)
			bp[n++] = f;
		if (c > lo && c < hi && c != f)
			bp[n++] = c;
	}
	qsort(bp, (size_t)n, sizeof *bp, cmp_double);
	for (int i = 1; i < n; i++)
		if (bp[i] != bp[o - 1])
			bp[o++] = bp[i];
	return o;
}

/* The three above for the solver's other modules (solve_internal.h). */
int bosett_breakpoints(const struct bosett_model *m, const struct muni *u, const struct variant *v, long lo,
                       long hi, double *bp)
{
	return solve_breakpoints(m, u, v, lo, hi, bp);
}
