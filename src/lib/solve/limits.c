/*
 * limits.c - what the caps and the regional limits hold at most, counted
 * before any search (bosett-solve(1), EXIT STATUS; issue 24): a total above
 * it is answered at once from the limits' sum, as a total above the caps'
 * sum is (explain/diagnose.c), and not by a search or an elastic model
 * that would take minutes to prove the same on 10,000 municipalities.
 *
 * The bound ignores that a municipality asked is asked for at least its
 * minimum, except where one of its regional limits lets in fewer than
 * that minimum (then it can be asked for nobody). Each region holds at
 * most, for each of its limits, what the limit lets in (or its members'
 * caps, if fewer) plus the caps of the region's municipalities the limit
 * does not count. Where every limit of a region counts the same members
 * the bound is what the caps and limits hold, the minimum aside.
 */
#include "solve/solver.h"
#include "search/room.h"

/* Each municipality's cap, lowered to what its regional limits let in
 * (0 where that is below its minimum). */
static void effective_caps(const struct bosett_solver *s, const struct bosett_table *t, double *eff)
{
	const struct problem *p = &s->p;
	struct variant base = { 0 };

	for (size_t i = 0; i < p->n; i++)
		eff[i] = solve_askable(p, &p->mu[i], &base) ? (double)p->mu[i].cap : 0;
	for (size_t g = 0; g < p->nregions; g++) {
		long people = bosett_limit_people(p, g);

		for (size_t q = s->rstart[s->rid[g]]; q < s->rstart[s->rid[g] + 1]; q++) {
			size_t i = s->rlist[q];

			if (solve_in_regional(p, &p->regions[g], &p->mu[i], t) && (double)people < eff[i])
				eff[i] = people < 0 ? 0 : (double)people;
		}
	}
	for (size_t i = 0; i < p->n; i++)
		if (eff[i] < (double)solve_muni_min(&p->mu[i], &base))
			eff[i] = 0;
}

double solve_limits_hold(const struct bosett_solver *s, const struct bosett_table *t)
{
	const struct problem *p = &s->p;
	double *eff = malloc((p->n ? p->n : 1) * sizeof *eff), held = 0;

	size_t g = 0;

	if (!eff)
		return HUGE_VAL; /* no bound: the search decides */
	effective_caps(s, t, eff);
	for (size_t i = 0; i < p->n; i++)
		if (p->mu[i].region < 0 || s->rstart[p->mu[i].region] == s->rstart[p->mu[i].region + 1])
			held += eff[i];
	for (size_t r = 0; r < p->nregion_ids; r++) {
		double all = 0, most;

		for (size_t q = s->rstart[r]; q < s->rstart[r + 1]; q++)
			all += eff[s->rlist[q]];
		most = all;
		/* the limits are loaded region by region (problem.c) */
		for (; g < p->nregions && (size_t)s->rid[g] == r; g++) {
			double in = 0, out = 0, people = (double)bosett_limit_people(p, g);

			for (size_t q = s->rstart[r]; q < s->rstart[r + 1]; q++) {
				size_t i = s->rlist[q];

				if (solve_in_regional(p, &p->regions[g], &p->mu[i], t))
					in += eff[i];
				else
					out += eff[i];
			}
			if (fmin(in, people < 0 ? 0 : people) + out < most)
				most = fmin(in, people < 0 ? 0 : people) + out;
		}
		held += most;
	}
	free(eff);
	return held;
}

/* The diagnosis of a total above what the limits hold: one line, with
 * what --allow-shortfall would place at most. */
void solve_limits_words(struct bosett_solver *s, long total, double held)
{
	bosett_err(s->diagnosis, "quota %ld is more than the %.0f that the caps and the regional limits allow "
	           "(short by %.0f; with --allow-shortfall at most %.0f are placed)", total, held, (double)total - held,
	           held);
}
