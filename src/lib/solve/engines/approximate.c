/*
 * approximate.c - --approximate: a Lagrangian bound and a greedy allocation
 * that keeps every rule, for sizes beyond the exact search (bosett(7), SOLVING).
 */
#include "solve/solver.h"
#include "search/room.h"
#include "base/tolerance.h"

#define BPN BOSETT_BP_MAX  /* breakpoints kept per municipality */

/*
 * The approximate mode (--approximate; bosett(7), SOLVING), for sizes where
 * GLPK does not finish even the LP relaxation in time (100,000
 * municipalities). The total is priced instead of imposed (a Lagrangian
 * relaxation): at a price lambda each municipality takes the number in
 * {0} u [L, U] that maximises its value minus lambda per person, where U
 * is also held to what its regional limits let in. The price is found by
 * bisection; the numbers at that price are repaired by the heuristic above
 * into an allocation that keeps every rule; and the least value of the
 * relaxation over the prices tried is an upper bound on the optimum, which
 * gives the gap reported. No LP is solved, so there are no shadow prices.
 */
/* The number a municipality takes at a price per person: the best of 0
 * (when allowed) and its breakpoints, of value minus price times people. */
static long approx_pick(int zero_ok, double v0, const double *bt, const double *bv, int nb, double price,
                        double *value)
{
	double best = zero_ok ? v0 : -HUGE_VAL;
	long t = 0;

	for (int j = 0; j < nb; j++)
		if (bv[j] - price * bt[j] > best + BOSETT_EPS_TIE) {
			best = bv[j] - price * bt[j];
			t = (long)bt[j];
		}
	if (value)
		*value = best;
	return t;
}

/* The repaired allocation in s->heur->sol improved by local moves
 * (search/improve.c); the minors stay where the repair put them. */
static int approx_improve(struct bosett_solver *s, glp_prob *lp)
{
	const struct problem *p = &s->p;
	struct heur *h = s->heur;
	size_t n = p->n ? p->n : 1;
	long *t = malloc(n * sizeof *t), *lo = malloc(n * sizeof *lo);
	long *hi = malloc(n * sizeof *hi);
	unsigned char *zero_ok = malloc(n);
	int rc = -1;

	if (t && lo && hi && zero_ok) {
		for (size_t i = 0; i < p->n; i++) {
			const struct muni *u = &p->mu[i];
			long e = u->col_e ? lround(h->sol[u->col_e]) : 0, L = solve_muni_min(u, &s->built);

			t[i] = u->col_x ? lround(h->sol[u->col_x]) + e : 0;
			lo[i] = h->tlo[i] > L ? h->tlo[i] : L;
			if (u->col_x && e + lround(glp_get_col_lb(lp, u->col_x)) > lo[i])
				lo[i] = e + lround(glp_get_col_lb(lp, u->col_x));
			hi[i] = h->thi[i];
			zero_ok[i] = u->col_x && !h->must[i] && e == 0 && glp_get_col_ub(lp, u->col_y) > 0.5 &&
			             glp_get_col_lb(lp, u->col_y) < 0.5;
		}
		if (bosett_improve(p, &s->built, s->member, t, lo, hi, zero_ok, 1000) >= 0) {
			for (size_t i = 0; i < p->n; i++) {
				const struct muni *u = &p->mu[i];

				if (u->col_x)
					h->sol[u->col_x] = (double)(t[i] - (u->col_e ? lround(h->sol[u->col_e]) : 0));
			}
			rc = 0;
		}
	}
	free(t), free(lo), free(hi), free(zero_ok);
	return rc;
}

/* Each regional limit priced too, where its members would overfill it at
 * the prices in price[] (raised by the limit's price per person): any
 * price >= 0 keeps the bound valid. What the limits add to the dual bound
 * is added to *dual, limit by limit. */
static void price_regions(const struct bosett_solver *s, const unsigned char *zero_ok, const double *v0,
                          const double *bt, const double *bv, const int *nb, double amax, double *price,
                          double *dual)
{
	const struct problem *p = &s->p;

	for (size_t g = 0; g < p->nregions; g++) {
		const struct regional *rr = &p->regions[g];
		double use = s->m->use[rr->res], plo = 0, phi = 2e3 * amax / use + 1, pi = 0;

		for (int step = 0; step < 26; step++) {
			double try = step == 0 ? 0 : (plo + phi) / 2, usage = 0;

			for (size_t q = s->rstart[s->rid[g]]; q < s->rstart[s->rid[g] + 1]; q++) {
				size_t i = s->rlist[q];

				if (p->mu[i].col_x && s->member[i * NUSE + (size_t)rr->res] == (int)g)
					usage += use * (double)approx_pick(zero_ok[i], v0[i], bt + BPN * i, bv + BPN * i, nb[i],
					                                   price[i] + use * try, NULL);
			}
			if (usage <= rr->capacity + BOSETT_EPS_CAPACITY) {
				phi = pi = try;
				if (step == 0)
					break;
			} else {
				plo = try;
				pi = phi;
			}
		}
		for (size_t q = s->rstart[s->rid[g]]; q < s->rstart[s->rid[g] + 1]; q++) {
			size_t i = s->rlist[q];

			if (p->mu[i].col_x && s->member[i * NUSE + (size_t)rr->res] == (int)g)
				price[i] += use * pi;
		}
		*dual += pi * rr->capacity;
	}
}

int solve_approx_solve(struct bosett_solver *s, glp_prob *lp)
{
	struct problem *p = &s->p;
	const struct variant *v = &s->built;
	long want = p->quota + p->em_quota, *pick;
	size_t n = p->n ? p->n : 1;
	double *bt = malloc(n * BPN * sizeof *bt), *bv = malloc(n * BPN * sizeof *bv), *v0 = malloc(n * sizeof *v0);
	int *nb = malloc(n * sizeof *nb);
	unsigned char *zero_ok = malloc(n);
	double amax = 1, lo_l, hi_l, bound = HUGE_VAL, obj = 0, *price = NULL;
	long best_s = -1, best_d = -1;
	int rc = -1;

	pick = malloc(2 * n * sizeof *pick);
	if (!bt || !bv || !v0 || !nb || !zero_ok || !pick) {
		solve_nomem(s);
		goto out;
	}
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long L = solve_muni_min(u, v), tlo, thi;

		nb[i] = 0;
		zero_ok[i] = 0;
		if (!u->col_x)
			continue;
		v0[i] = bosett_value(s->m, u, 0, v);
		zero_ok[i] = glp_get_col_lb(lp, u->col_y) < 0.5;
		tlo = lround(glp_get_col_lb(lp, u->col_x)) + (u->col_e ? lround(glp_get_col_lb(lp, u->col_e)) : 0);
		thi = lround(glp_get_col_ub(lp, u->col_x)) + (u->col_e ? lround(glp_get_col_ub(lp, u->col_e)) : 0);
		if (tlo < L)
			tlo = L;
		if (thi > u->cap)
			thi = u->cap;
		for (int k = 0; k < NUSE; k++) {
			int g = s->member[i * NUSE + (size_t)k];

			if (g >= 0 && bosett_limit_people(p, (size_t)g) < thi)
				thi = bosett_limit_people(p, (size_t)g);
		}
		if (tlo > thi) {
			if (!zero_ok[i])
				goto out;
			continue;
		}
		nb[i] = solve_breakpoints(s->m, u, v, tlo, thi, bt + BPN * i);
		for (int j = 0; j < nb[i]; j++) {
			bv[BPN * i + j] = bosett_value(s->m, u, bt[BPN * i + j], v);
			if (j && fabs(bv[BPN * i + j] - bv[BPN * i + j - 1]) / (bt[BPN * i + j] - bt[BPN * i + j - 1]) + 1 > amax)
				amax = fabs(bv[BPN * i + j] - bv[BPN * i + j - 1]) / (bt[BPN * i + j] - bt[BPN * i + j - 1]) + 1;
		}
	}
	lo_l = -1e3 * amax - 1e3;
	hi_l = 1e3 * amax + 1e3;
	price = malloc(n * sizeof *price);
	if (!price) {
		solve_nomem(s);
		goto out;
	}
	for (int it = 0; it < 60; it++) {
		double lambda = it == 0 ? lo_l : it == 1 ? hi_l : (lo_l + hi_l) / 2, dual = lambda * (double)want;
		long sum = 0, d;

		for (size_t i = 0; i < p->n; i++)
			price[i] = lambda;
		price_regions(s, zero_ok, v0, bt, bv, nb, amax, price, &dual);
		for (size_t i = 0; i < p->n; i++) {
			double best;
			long t;

			if (!p->mu[i].col_x)
				continue;
			t = approx_pick(zero_ok[i], v0[i], bt + BPN * i, bv + BPN * i, nb[i], price[i], &best);
			if (best == -HUGE_VAL)
				goto out;
			pick[n + i] = t;
			sum += t;
			dual += best;
		}
		if (dual < bound)
			bound = dual;
		d = sum > want ? sum - want : want - sum;
		if (best_d < 0 || d < best_d) {
			best_d = d;
			best_s = sum;
			memcpy(pick, pick + n, p->n * sizeof *pick);
		}
		if (it >= 2 && sum > want)
			lo_l = lambda;
		else if (it >= 2)
			hi_l = lambda;
		if (d == 0 || hi_l - lo_l < BOSETT_EPS_ZERO)
			break;
	}
	(void)best_s;
	s->heur = solve_heur_new(p, glp_get_num_cols(lp));
	if (!s->heur) {
		solve_nomem(s);
		goto out;
	}
	if (solve_heur_round(s, s->heur, lp, pick) == 0) {
		if (approx_improve(s, lp) != 0) {
			solve_nomem(s);
			goto out;
		}
		for (size_t i = 0; i < p->n; i++) {
			struct muni *u = &p->mu[i];

			u->x = u->col_x ? lround(s->heur->sol[u->col_x]) : 0;
			u->e = u->col_e ? lround(s->heur->sol[u->col_e]) : 0;
			if (u->col_x)
				obj += bosett_value(s->m, u, (double)(u->x + u->e), v);
		}
		s->objective = obj;
		s->gap = bound > obj ? (bound - obj) / (fabs(obj) + BOSETT_EPS_DENOM) : 0;
		rc = 0;
	}
out:
	/* every buffer and the heuristic's scratch, whichever way it ends */
	solve_heur_free(s->heur);
	s->heur = NULL;
	free(bt), free(bv), free(v0), free(nb), free(zero_ok), free(pick), free(price);
	return rc;
}
