/*
 * diagnose_ceiling.c - when the caps cannot hold the total, the ceiling
 * that would: the smallest uniform number per 1,000 inhabitants that,
 * used for every municipality whose cap is the per-capita ceiling, lets
 * the caps hold the total (bosett(7), DIAGNOSIS). Caps a municipality or a
 * capacity column gives stay as they are; if they alone leave too little,
 * the added capacity they need is the answer instead. Spreading the
 * excess as one ceiling is what a county can decide; piling it on the one
 * municipality the elastic model happens to pick is not.
 */
#include <math.h>

#include "base/tolerance.h"
#include "solve/solve_internal.h"

/* The room all caps give with a per-capita ceiling of c per 1,000: a
 * municipality counts only if it can take the minimum. */
static double room(const struct problem *p, double c, long L)
{
	double sum = 0;

	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		double cap = u->cap_source == CAP_PER_CAPITA ? floor(u->pop * c / 1000 + BOSETT_EPS_FLOOR) : (double)u->cap;

		if (cap >= (L > 0 ? L : 1))
			sum += cap;
	}
	return sum;
}

double bosett_uniform_ceiling(const struct problem *p, long total, long L, double *fixed_room)
{
	double lo = 0, hi = 1000;
	int any = 0;

	for (size_t i = 0; i < p->n; i++)
		any |= p->mu[i].cap_source == CAP_PER_CAPITA;
	*fixed_room = room(p, 0, L);
	if (!any || room(p, hi, L) < (double)total)
		return -1;
	/* the room grows with c: bisect to a tenth per 1,000 */
	while (hi - lo > 0.05) {
		double mid = (lo + hi) / 2;

		if (room(p, mid, L) >= (double)total)
			hi = mid;
		else
			lo = mid;
	}
	return ceil(hi * 10 - BOSETT_EPS_FLOOR) / 10;
}
