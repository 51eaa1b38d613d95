/*
 * baseline.c - the formula answers (proportional, largest remainder,
 * Sainte-Laguë) beside the optimised one.
 */
#include "solve/solver.h"

/* A formula baseline: shares by a key, whole numbers by apportionment. */
int solve_run_baseline(struct bosett_solver *s)
{
	struct problem *p = &s->p;
	double *share = malloc((p->n ? p->n : 1) * sizeof *share);
	long *out = malloc((p->n ? p->n : 1) * sizeof *out);

	if (!share || !out) {
		free(share);
		free(out);
		bosett_err(s->err, "out of memory");
		return BOSETT_EDATA;
	}
	for (size_t i = 0; i < p->n; i++)
		share[i] = p->mu[i].share;
	if (s->method == BOSETT_METHOD_SAINTE_LAGUE)
		bosett_sainte_lague(share, p->n, p->quota, 1.4, out);
	else
		bosett_largest_remainder(share, p->n, p->quota, out);
	for (size_t i = 0; i < p->n; i++) {
		p->mu[i].x = out[i];
		p->mu[i].e = 0;
		p->mu[i].limit = LIMIT_NONE;
		p->mu[i].price = 0;
	}
	free(share);
	free(out);
	s->status = BOSETT_SOLVE_OPTIMAL;
	return BOSETT_OK;
}

/* The key a baseline shares by: the method decides, whatever the model says. */
int solve_baseline_model(struct bosett_solver *s, struct bosett_model *copy)
{
	*copy = *s->m;
	if (s->method == BOSETT_METHOD_DENMARK)
		snprintf(copy->fair_key, sizeof copy->fair_key, "denmark");
	else if (s->method != BOSETT_METHOD_KEY) {
		snprintf(copy->fair_key, sizeof copy->fair_key, "population");
		copy->fair_exponent = 1; /* the baseline is the plain population share */
		copy->moved_in_weight = 0;
		copy->nkey = 0;
	}
	return 0;
}
