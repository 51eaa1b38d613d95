/*
 * exact.c - the exact structured algorithm (bosett(7), SOLVING) for the
 * model with one total and separable values: no regional limits, no minors.
 * Each municipality's value is concave on [L, U] plus the single point 0.
 * The main decision: the relaxation is the perspective LP of bosett(7),
 * which for a fixed set of yes/no choices is a concave resource allocation
 * solved exactly by filling linear pieces in order of decreasing slope
 * (a Lagrangian price on the total: every piece above it is taken). A
 * municipality still free to be asked or not takes the concave envelope of
 * 0 and its value, whose first piece runs from 0 to its tangent point t.
 * The filled pieces are whole numbers, so the relaxed allocation is an
 * allocation that keeps the rules unless the one piece filled in part is
 * such a first piece; that municipality is then branched on (asked: its
 * value from L; not asked: 0), depth first, pruned by the relaxation. The
 * work per node is linear in the pieces, never in the total, and the
 * memory is that of the pieces.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "search/bnb.h"
#include "solve/engines/exact.h"
#include "base/tolerance.h"

enum { ST_OFF, ST_FREE, ST_ONE, ST_ZERO };
enum { K_HULL, K_LOW, K_HIGH };  /* envelope's first piece; value below t; value from t */

#define BP_MAX 16

struct xmuni {
	long lo, t;              /* fewest people when asked; envelope's tangent point */
	double v0, flo;          /* value at 0 and at lo */
	unsigned char state;
};

struct xpiece {
	double slope;
	long len;
	size_t muni;
	int order, kind;
};

struct exact {
	struct problem *p;
	const struct variant *v;
	struct xmuni *m;
	struct xpiece *pc;
	size_t npc;
	long *x, *best;
};

int bosett_exact_applies(const struct problem *p, const struct variant *v)
{
	return !v->elastic && !v->max_placed && p->nregions == 0 && p->em_quota == 0 && p->quota >= 0;
}

/* Does piece x come before y: steeper first, then by municipality and
 * the municipality's own order. */
static int before(const struct xpiece *x, const struct xpiece *y)
{
	if (x->slope != y->slope)
		return x->slope > y->slope;
	if (x->muni != y->muni)
		return x->muni < y->muni;
	return x->order < y->order;
}

/* A bottom-up merge sort of the pieces (qsort's calls through a pointer
 * were most of a national solve); tmp holds as many. */
static void sort_pieces(struct xpiece *a, struct xpiece *tmp, size_t n)
{
	struct xpiece *from = a, *to = tmp, *swap;

	for (size_t w = 1; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n, i = lo, j = mid, k = lo;

			while (i < mid && j < hi)
				to[k++] = before(&from[j], &from[i]) ? from[j++] : from[i++];
			while (i < mid)
				to[k++] = from[i++];
			while (j < hi)
				to[k++] = from[j++];
		}
		swap = from, from = to, to = swap;
	}
	if (from != a)
		memcpy(a, from, n * sizeof *a);
}

/* The relaxation at the node the states describe: its value (-HUGE_VAL when
 * the node has no allocation) and the allocation in e->x; *frac is the
 * municipality whose envelope piece is filled in part, SIZE_MAX if none. */
static double relax(struct exact *e, size_t *frac)
{
	const struct problem *p = e->p;
	long R = p->quota;
	double val = 0;

	*frac = SIZE_MAX;
	for (size_t i = 0; i < p->n; i++) {
		const struct xmuni *m = &e->m[i];

		e->x[i] = 0;
		if (m->state == ST_ONE) {
			e->x[i] = m->lo;
			R -= m->lo;
			val += m->flo;
		} else {
			val += m->v0;
		}
	}
	if (R < 0)
		return -HUGE_VAL;
	for (size_t k = 0; k < e->npc && R > 0; k++) {
		const struct xpiece *q = &e->pc[k];
		int st = e->m[q->muni].state;
		long take;

		if (q->kind == K_HULL ? st != ST_FREE : q->kind == K_LOW ? st != ST_ONE : st != ST_FREE && st != ST_ONE)
			continue;
		take = q->len < R ? q->len : R;
		e->x[q->muni] += take;
		val += q->slope * (double)take;
		R -= take;
		if (q->kind == K_HULL && take < q->len)
			*frac = q->muni;
	}
	return R > 0 ? -HUGE_VAL : val;
}

static double true_value(const struct exact *e, const long *x)
{
	double sum = 0;

	for (size_t i = 0; i < e->p->n; i++)
		sum += bosett_value(e->p->m, &e->p->mu[i], (double)x[i], e->v);
	return sum;
}

/* The search's side of the relaxation (search/bnb.c): a node is the
 * municipalities' states; the split is the municipality whose envelope
 * piece is filled in part, asked (side 1) or not (side 0), the nearer
 * side first: it finds an allocation to prune with sooner. */
static double bnb_relax(void *ctx, struct bnb_split *sp)
{
	struct exact *e = ctx;
	double b = relax(e, &sp->what);

	if (sp->what != SIZE_MAX)
		sp->first = 2 * e->x[sp->what] >= e->m[sp->what].t;
	return b;
}

static double bnb_leaf(void *ctx)
{
	struct exact *e = ctx;

	return true_value(e, e->x);
}

static void bnb_keep(void *ctx)
{
	struct exact *e = ctx;

	memcpy(e->best, e->x, e->p->n * sizeof *e->x);
}

static int bnb_down(void *ctx, const struct bnb_split *sp, int side, void *undo)
{
	struct exact *e = ctx;

	(void)undo;
	e->m[sp->what].state = side ? ST_ONE : ST_ZERO;
	return 0;
}

static void bnb_up(void *ctx, const struct bnb_split *sp, int side, const void *undo)
{
	struct exact *e = ctx;

	(void)side, (void)undo;
	e->m[sp->what].state = ST_FREE;
}

static const struct bnb_ops exact_bnb = { bnb_relax, bnb_leaf, bnb_keep, bnb_down, bnb_up, 0 };

/* One municipality's pieces; 1 when its value is not concave where the
 * algorithm needs it to be, -1 when it can never be asked although it must. */
static int muni_pieces(struct exact *e, size_t i, size_t *np)
{
	const struct problem *p = e->p;
	const struct muni *u = &p->mu[i];
	struct xmuni *m = &e->m[i];
	long L = bosett_muni_min(u, e->v), hi = u->cap;
	int fixed_y = L == 0 || u->lower > 0, nb, k = 0;
	double bp[BP_MAX], f[BP_MAX] = { 0 }, prev = HUGE_VAL;

	m->v0 = bosett_value(p->m, u, 0, e->v);
	m->state = ST_OFF;
	m->lo = m->t = 0;
	if (!bosett_askable(p, u, e->v))
		return 0;
	m->lo = fixed_y ? (u->lower > L ? u->lower : L) : L;
	if (m->lo > hi)
		return fixed_y ? -1 : 0;
	m->state = fixed_y ? ST_ONE : ST_FREE;
	nb = bosett_breakpoints(p->m, u, e->v, m->lo, hi, bp);
	for (int j = 0; j < nb; j++)
		f[j] = bosett_value(p->m, u, bp[j], e->v);
	m->flo = f[0];
	if (!fixed_y) {
		/* the envelope's first piece: from 0 to the first point of
		 * steepest slope from (0, v0) */
		double smax = -HUGE_VAL;

		for (int j = 0; j < nb; j++)
			if ((f[j] - m->v0) / bp[j] > smax)
				smax = (f[j] - m->v0) / bp[j];
		while ((f[k] - m->v0) / bp[k] < smax - BOSETT_EPS_TIE * (1 + fabs(smax)))
			k++;
		m->t = (long)bp[k];
		prev = smax;
		e->pc[*np] = (struct xpiece){ smax, m->t, i, -1, K_HULL };
		(*np)++;
	}
	for (int j = 0; j + 1 < nb; j++) {
		long len = (long)bp[j + 1] - (long)bp[j];
		double a = (f[j + 1] - f[j]) / (double)len, top = j == k ? prev : j > 0 ? e->pc[*np - 1].slope : HUGE_VAL;

		/* concave up to rounding; a rounding excess is clipped, so that a
		 * municipality's pieces are filled in their order */
		if (a > top + BOSETT_EPS_OBJ * (1 + fabs(a)))
			return 1;
		if (a > top)
			a = top;
		e->pc[*np] = (struct xpiece){ a, len, i, j, j < k ? K_LOW : K_HIGH };
		(*np)++;
	}
	return 0;
}

enum bosett_exact bosett_exact_solve(struct problem *p, const struct variant *v, long *nodes,
                                     int (*out_of_time)(const void *), const void *clock)
{
	struct exact e = { 0 };
	struct bnb b = { &exact_bnb, &e, 0, out_of_time, clock, 0, 0, 0, 0 };
	size_t n = p->n ? p->n : 1;
	enum bosett_exact rc = BOSETT_EXACT_NA;

	if (!bosett_exact_applies(p, v))
		return BOSETT_EXACT_NA;
	e.p = p;
	e.v = v;
	e.m = malloc(n * sizeof *e.m);
	e.pc = malloc(n * (BP_MAX + 1) * sizeof *e.pc);
	e.x = malloc(n * sizeof *e.x);
	e.best = malloc(n * sizeof *e.best);
	if (!e.m || !e.pc || !e.x || !e.best) {
		rc = BOSETT_EXACT_NOMEM;
		goto out;
	}
	for (size_t i = 0; i < p->n; i++) {
		int r = muni_pieces(&e, i, &e.npc);

		if (r > 0)
			goto out;
		if (r < 0) {
			rc = BOSETT_EXACT_INFEASIBLE;
			goto out;
		}
	}
	{
		struct xpiece *tmp = malloc((e.npc ? e.npc : 1) * sizeof *tmp);

		if (!tmp) {
			rc = BOSETT_EXACT_NOMEM;
			goto out;
		}
		sort_pieces(e.pc, tmp, e.npc);
		free(tmp);
	}
	/* a search that has not finished in some 30 million piece steps, or
	 * in the steps the dynamic programme over the total would take (at
	 * small totals far fewer), is left to the general method */
	b.node_max = (long)(fmin(3e7, 8.0 * (double)(p->n + 1) * (double)(p->quota + 1)) /
	                    (double)(p->n + e.npc + 1)) + 1000;
	switch (bosett_bnb_run(&b)) {
	case 0: break;
	case -2: rc = BOSETT_EXACT_NOMEM; goto out;
	default: goto out;
	}
	if (!b.have_inc) {
		rc = BOSETT_EXACT_INFEASIBLE;
		goto out;
	}
	for (size_t i = 0; i < p->n; i++) {
		p->mu[i].x = e.best[i];
		p->mu[i].e = 0;
	}
	rc = BOSETT_EXACT_OPTIMAL;
out:
	if (nodes)
		*nodes = b.nodes;
	free(e.m), free(e.pc), free(e.x), free(e.best);
	return rc;
}

/* The range of the price of the total that the allocation in p->mu keeps
 * optimal with its yes/no choices fixed: a person moved from one asked
 * municipality to another never gains. */
void bosett_exact_price_range(const struct problem *p, const struct variant *v, double *lo, double *hi)
{
	*lo = -HUGE_VAL;
	*hi = HUGE_VAL;
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long L = bosett_muni_min(u, v);
		long x = u->x + u->e, least = u->lower > L ? u->lower : L;
		double fx;

		if (!bosett_askable(p, u, v) || (x == 0 && u->lower == 0 && L > 0))
			continue;
		fx = bosett_value(p->m, u, (double)x, v);
		if (x > least && bosett_value(p->m, u, (double)(x - 1), v) > -HUGE_VAL)
			*hi = fmin(*hi, fx - bosett_value(p->m, u, (double)(x - 1), v));
		if (x < u->cap)
			*lo = fmax(*lo, bosett_value(p->m, u, (double)(x + 1), v) - fx);
	}
}

/* The price of the total is the lower end of the range; minus the dual of
 * min_K is then that price less the slope of the first piece above L, and
 * the dual of cap_K the slope of the last piece below U_K less it (GLPK's
 * simplex put it now on cap_K, now on x's own bound at U_K, which is the
 * same constraint, and then reported no price). */
void bosett_exact_prices(struct problem *p, const struct variant *v, double *total)
{
	double lo, hi;

	/* lo: where one more person would go (bosett-solve(1)); the LP
	 * dual is degenerate whenever lo < hi, and GLPK's simplex took
	 * either end */
	bosett_exact_price_range(p, v, &lo, &hi);
	*total = lo == -HUGE_VAL ? 0 : lo;
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		long L = bosett_muni_min(u, v);

		u->price = 0;
		if (u->limit == LIMIT_MIN && L > 0 && u->x + u->e == L && L < u->cap)
			u->price = *total - (bosett_value(p->m, u, (double)(L + 1), v) - bosett_value(p->m, u, (double)L, v));
		/* the last piece below the cap, less the price of the total */
		if (u->limit == LIMIT_CAP && u->x + u->e == u->cap && u->cap > (L > u->lower ? L : u->lower)) {
			u->price = bosett_value(p->m, u, (double)u->cap, v) - bosett_value(p->m, u, (double)(u->cap - 1), v) -
			           *total;
			if (u->cap_source >= CAP_USE)
				u->price /= p->m->use[u->cap_source - CAP_USE];
		}
		if (fabs(u->price) < BOSETT_EPS_ZERO)
			u->price = 0;
	}
}
