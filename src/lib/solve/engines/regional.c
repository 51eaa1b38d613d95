/*
 * regional.c - the exact algorithm with regional limits and minors
 * (bosett(7), SOLVING). The members of a regional limit that can bind form
 * a block, whose best value for every block total is a dynamic programme
 * over its members (the step of dp.c, so the work is the block's total
 * times its members' pieces); every other municipality is a block of its
 * own, whose value is concave on [L, U] plus the point 0. The blocks share
 * only the total, so the search of exact.c applies to them: the relaxation
 * fills the concave envelopes of the blocks' values in order of slope, so
 * that at most one block is left between two points of its envelope where
 * its own value is lower, and that block's range is split there, depth
 * first, pruned by the relaxation.
 *
 * The minors are left out of the search and put in afterwards: when the
 * municipalities asked have places for them, the allocation is optimal for
 * the model with them too, since leaving a rule out can only raise the
 * optimum. When they have not, the search says so and GLPK's search takes
 * over (solve_mip).
 */
#include "solve/solver.h"
#include "search/bnb.h"
#include "search/room.h"
#include "base/tolerance.h"

struct rpiece {
	double slope;
	long len;
	size_t blk;
	int order, exact;        /* exact: the block's value is on the piece at every whole number */
};

struct block {
	size_t m0, nm;           /* members: mem[m0 .. m0 + nm) */
	size_t c0, nc;           /* points where the value is known: cx, cv, clin */
	int *choice;             /* the programme's choices, nm x W; NULL for one member */
	double *table;           /* the best value for each block total (W of them) */
	size_t W;
	long lo, hi;             /* the range the search leaves it */
	long x0;                 /* its envelope: first point, value there, pieces */
	double v0;
	size_t pc, np;           /* its pieces: at pc in the root copy or the arena */
	int mod;                 /* branched on along the path: pieces in the arena */
};

struct rx {
	struct bosett_solver *s;
	const struct variant *v;
	struct block *b;
	size_t nb, *mem;
	long *cx;
	double *cv;
	unsigned char *clin;     /* the value is linear from point k to point k + 1 */
	size_t ncand, cand_cap;
	struct rpiece *root;     /* every block's root pieces, steepest first */
	struct rpiece *own;      /* the same, block by block */
	size_t nroot;
	struct rpiece *arena;    /* pieces of the blocks branched on, as a stack */
	size_t arena_used, arena_cap;
	size_t *modlist, nmod;
	struct rpiece *merged;
	size_t merged_cap;
	long *t, *best;          /* block totals: the relaxation's, the incumbent's */
	double fixed;            /* the value of those never asked */
	long N;
	int em_all;              /* the minors need every place: each who opted in takes its places */
	int nomem;               /* an allocation failed: every function returns, run() says so */
	void **allocs;           /* what xmalloc gave and xfree has not taken back */
	size_t nallocs, allocs_cap;
};

/* malloc, the block kept in e->allocs, so that running out of memory
 * anywhere in the search loses nothing (rx_free frees what is left);
 * NULL and e->nomem set when out of memory */
static void *xmalloc(struct rx *e, size_t n)
{
	void *q;

	if (e->nallocs == e->allocs_cap) {
		size_t cap = 2 * e->allocs_cap + 16;
		void **a = realloc(e->allocs, cap * sizeof *a);

		if (!a) {
			e->nomem = 1;
			return NULL;
		}
		e->allocs = a;
		e->allocs_cap = cap;
	}
	if (!(q = malloc(n ? n : 1))) {
		e->nomem = 1;
		return NULL;
	}
	e->allocs[e->nallocs++] = q;
	return q;
}

static void xfree(struct rx *e, void *q)
{
	for (size_t k = e->nallocs; k-- > 0;)
		if (e->allocs[k] == q) {
			e->allocs[k] = e->allocs[--e->nallocs];
			free(q);
			return;
		}
}

static int before(const struct rpiece *x, const struct rpiece *y)
{
	if (x->slope != y->slope)
		return x->slope > y->slope;
	if (x->blk != y->blk)
		return x->blk < y->blk;
	return x->order < y->order;
}

static int cmp_piece(const void *a, const void *b)
{
	return before(a, b) ? -1 : before(b, a) ? 1 : 0;
}

/* A municipality's own range: fewest people when asked, most, and whether
 * it may be left out (bosett(7), CONSTRAINTS). */
static void muni_range(const struct rx *e, const struct muni *u, long *lo, long *hi, int *zero_ok)
{
	long L = solve_muni_min(u, e->v), floor_t = u->lower + u->lower_em;
	int fixed_y = L == 0 || floor_t > 0;

	*lo = fixed_y ? (floor_t > L ? floor_t : L) : L;
	*hi = u->cap;
	*zero_ok = !fixed_y;
	/* every place needed: asked, for its places beyond its floor of adults */
	if (e->em_all && u->col_e && u->col_x) {
		if (u->lower + u->em_cap > *lo)
			*lo = u->lower + u->em_cap;
		*zero_ok = 0;
	}
}

/* Do the minors need every place of those who opted in (bosett(7),
 * SOLVING)? Then each of them takes all its places, which is a floor of
 * its own number, and the search is exact with the minors too. */
static int minors_need_every_place(const struct problem *p)
{
	long places = 0;

	for (size_t i = 0; i < p->n; i++)
		if (p->mu[i].col_e && p->mu[i].col_x)
			places += p->mu[i].em_cap;
	return p->em_quota > 0 && p->em_quota == places;
}

/* The block's value at a total T: -HUGE_VAL where it has none. */
static double value_at(const struct rx *e, const struct block *b, long T)
{
	const struct muni *u;
	long lo, hi;
	int zero_ok;

	if (b->table)
		return T >= 0 && (size_t)T < b->W ? b->table[T] : -HUGE_VAL;
	u = &e->s->p.mu[e->mem[b->m0]];
	muni_range(e, u, &lo, &hi, &zero_ok);
	if ((T == 0 && zero_ok) || (T >= lo && T <= hi))
		return bosett_value(e->s->p.m, u, (double)T, e->v);
	return -HUGE_VAL;
}

static void add_point(struct rx *e, long x, double val, int lin)
{
	if (e->ncand == e->cand_cap) {
		size_t cap = 2 * e->cand_cap + 64;
		long *cx = realloc(e->cx, cap * sizeof *cx);
		double *cv = cx ? realloc(e->cv, cap * sizeof *cv) : NULL;
		unsigned char *cl = cv ? realloc(e->clin, cap) : NULL;

		if (cx)
			e->cx = cx;
		if (cv)
			e->cv = cv;
		if (cl)
			e->clin = cl;
		if (!cl) {
			e->nomem = 1;
			return;
		}
		e->cand_cap = cap;
	}
	e->cx[e->ncand] = x;
	e->cv[e->ncand] = val;
	e->clin[e->ncand] = (unsigned char)lin;
	e->ncand++;
}

/* A single municipality's points: 0 when it may be left out, then the
 * breakpoints of its value on [lo, hi], linear in between. */
static void single_points(struct rx *e, struct block *b)
{
	const struct muni *u = &e->s->p.mu[e->mem[b->m0]];
	double bp[BOSETT_BP_MAX];
	long lo, hi;
	int zero_ok, nbp;

	muni_range(e, u, &lo, &hi, &zero_ok);
	b->c0 = e->ncand;
	if (zero_ok && lo > 0)
		add_point(e, 0, bosett_value(e->s->p.m, u, 0, e->v), 0);
	if (lo <= hi) {
		nbp = solve_breakpoints(e->s->p.m, u, e->v, lo, hi, bp);
		for (int j = 0; j < nbp; j++)
			if (j == 0 || (long)bp[j] > e->cx[e->ncand - 1])
				add_point(e, (long)bp[j], bosett_value(e->s->p.m, u, bp[j], e->v), 1);
	}
	b->nc = e->ncand - b->c0;
}

/* A block's points: its programme over the members, cut at cap people;
 * runs of whole numbers on one line are kept as their two ends. */
static void block_points(struct rx *e, struct block *b, long cap)
{
	const struct problem *p = &e->s->p;
	size_t W = (size_t)cap + 1, reach = 1;
	double *g = xmalloc(e, W * sizeof *g), *h = xmalloc(e, W * sizeof *h), *swap;
	long *dq = xmalloc(e, W * sizeof *dq);

	b->choice = xmalloc(e, b->nm * W * sizeof *b->choice);
	b->W = W;
	if (!g || !h || !dq || !b->choice) {
		xfree(e, g), xfree(e, h), xfree(e, dq);
		return;
	}
	for (size_t T = 0; T < W; T++)
		g[T] = T ? -HUGE_VAL : 0;
	for (size_t k = 0; k < b->nm; k++) {
		const struct muni *u = &p->mu[e->mem[b->m0 + k]];
		long lo, hi;
		int zero_ok;

		muni_range(e, u, &lo, &hi, &zero_ok);
		reach = solve_dp_step(p->m, u, e->v, zero_ok, lo, hi, g, reach, W, h, b->choice + k * W, dq);
		swap = g, g = h, h = swap;
	}
	for (size_t T = reach; T < W; T++)
		g[T] = -HUGE_VAL;
	b->table = g;
	xfree(e, h), xfree(e, dq);
	b->c0 = e->ncand;
	for (size_t T = 0; T < W; T++) {
		size_t n = e->ncand - b->c0;

		if (g[T] == -HUGE_VAL)
			continue;
		/* the last point lies on the line from the one before it to T */
		if (n >= 2 && e->cx[e->ncand - 1] == (long)T - 1 &&
		    (e->clin[e->ncand - 2] || e->cx[e->ncand - 2] == (long)T - 2)) {
			double a1 = (e->cv[e->ncand - 1] - e->cv[e->ncand - 2]) / (double)(e->cx[e->ncand - 1] - e->cx[e->ncand - 2]);
			double a2 = g[T] - e->cv[e->ncand - 1];

			if (fabs(a1 - a2) <= BOSETT_EPS_TIE * (1 + fabs(a1) + fabs(g[T]))) {
				e->ncand--;
				e->clin[e->ncand - 1] = 1;
			}
		}
		add_point(e, (long)T, g[T], 0);
	}
	b->nc = e->ncand - b->c0;
}

/* The concave envelope of a block's value on [lo, hi] into out (room for
 * nc + 1 pieces): its first point into *x0 and *v0, the pieces' count
 * returned; -1 when the block has no point there. */
static long envelope(struct rx *e, size_t bi, long lo, long hi, long *x0, double *v0, struct rpiece *out)
{
	const struct block *b = &e->b[bi];
	size_t n = 0, *hull, nh = 0;
	long *px = xmalloc(e, (b->nc + 2) * sizeof *px);
	double *pv = xmalloc(e, (b->nc + 2) * sizeof *pv);
	unsigned char *pl = xmalloc(e, b->nc + 2);
	long np = 0;

	if (!px || !pv || !pl) {
		xfree(e, px), xfree(e, pv), xfree(e, pl);
		return -1;
	}
	for (size_t k = b->c0; k < b->c0 + b->nc; k++) {
		long x = e->cx[k];

		/* an end inside a linear stretch: the value there */
		if (x > lo && n == 0 && k > b->c0 && e->clin[k - 1] && e->cx[k - 1] < lo && lo <= hi) {
			px[n] = lo, pv[n] = value_at(e, b, lo), pl[n++] = 1;
		}
		if (x > hi) {
			/* the other end inside the same linear stretch as the last
			 * point taken (a candidate or the interpolated lo) */
			if (k > b->c0 && e->clin[k - 1] && n > 0 && px[n - 1] < hi)
				px[n] = hi, pv[n] = value_at(e, b, hi), pl[n++] = 0;
			break;
		}
		if (x >= lo) {
			px[n] = x, pv[n] = e->cv[k];
			pl[n++] = e->clin[k];
		}
	}
	if (n == 0) {
		xfree(e, px), xfree(e, pv), xfree(e, pl);
		return -1;
	}
	pl[n - 1] = 0;
	if (!(hull = xmalloc(e, n * sizeof *hull))) {
		xfree(e, px), xfree(e, pv), xfree(e, pl);
		return -1;
	}
	for (size_t k = 0; k < n; k++) {
		while (nh >= 2) {
			size_t a = hull[nh - 2], c = hull[nh - 1];
			double s1 = (pv[c] - pv[a]) / (double)(px[c] - px[a]), s2 = (pv[k] - pv[c]) / (double)(px[k] - px[c]);

			if (s1 > s2 + BOSETT_EPS_TIE * (1 + fabs(s1) + fabs(s2)))
				break;
			nh--;
		}
		hull[nh++] = k;
	}
	*x0 = px[hull[0]];
	*v0 = pv[hull[0]];
	for (size_t h = 0; h + 1 < nh; h++) {
		size_t a = hull[h], c = hull[h + 1];
		double slope = (pv[c] - pv[a]) / (double)(px[c] - px[a]);
		int exact = 1;

		/* on the piece at every whole number: each stretch between two
		 * points linear or without a whole number inside, every point on it */
		for (size_t k = a; k < c && exact; k++) {
			if (!pl[k] && px[k + 1] - px[k] > 1)
				exact = 0;
			if (k > a && pv[k] < pv[a] + slope * (double)(px[k] - px[a]) - BOSETT_EPS_OBJ * (1 + fabs(pv[k])))
				exact = 0;
		}
		out[np++] = (struct rpiece){ slope, px[c] - px[a], bi, (int)h, exact };
	}
	/* concave up to rounding: a later piece never steeper */
	for (long k = 1; k < np; k++)
		if (out[k].slope > out[k - 1].slope)
			out[k].slope = out[k - 1].slope;
	xfree(e, px), xfree(e, pv), xfree(e, pl), xfree(e, hull);
	return np;
}

/* The relaxation at the node the blocks' ranges describe: its value
 * (-HUGE_VAL when the node has no allocation), the totals in e->t, and the
 * block left where its value is below the envelope (*frac, SIZE_MAX if
 * none) at *at, nearer the start of its piece (*side -1) or the end (+1). */
static double relax(struct rx *e, size_t *frac, long *at, int *side)
{
	long R = e->N;
	double val = e->fixed, on = 0;
	size_t i = 0, j = 0, nm = 0;
	const struct rpiece *last = NULL;

	*frac = SIZE_MAX;
	for (size_t b = 0; b < e->nb; b++) {
		e->t[b] = e->b[b].x0;
		R -= e->b[b].x0;
		val += e->b[b].v0;
	}
	if (R < 0)
		return -HUGE_VAL;
	for (size_t k = 0; k < e->nmod; k++) {
		const struct block *b = &e->b[e->modlist[k]];

		if (b->np)
			memcpy(e->merged + nm, e->arena + b->pc, b->np * sizeof *e->merged);
		nm += b->np;
	}
	if (nm > 1)
		qsort(e->merged, nm, sizeof *e->merged, cmp_piece);
	while (R > 0 && (i < e->nroot || j < nm)) {
		const struct rpiece *q;
		long take;

		if (i < e->nroot && e->b[e->root[i].blk].mod) {
			i++;
			continue;
		}
		q = j >= nm || (i < e->nroot && before(&e->root[i], &e->merged[j])) ? &e->root[i++] : &e->merged[j++];
		take = q->len < R ? q->len : R;
		e->t[q->blk] += take;
		val += q->slope * (double)take;
		R -= take;
		if (take < q->len) {
			last = q;
			*side = 2 * take < q->len ? -1 : 1;
		}
	}
	if (R > 0)
		return -HUGE_VAL;
	/* the one piece filled in part: is the block's own value there as high? */
	if (last && !last->exact) {
		const struct block *b = &e->b[last->blk];
		double own = value_at(e, b, e->t[last->blk]);
		const struct rpiece *pc = (b->mod ? e->arena : e->own) + b->pc;
		long x = b->x0;

		on = b->v0;
		for (size_t k = 0; k < b->np && x < e->t[last->blk]; k++) {
			long take = pc[k].len < e->t[last->blk] - x ? pc[k].len : e->t[last->blk] - x;

			on += pc[k].slope * (double)take;
			x += take;
		}
		if (own < on - BOSETT_EPS_OBJ * (1 + fabs(on))) {
			*frac = last->blk;
			*at = e->t[last->blk];
		}
	}
	return val;
}

static double incumbent_value(const struct rx *e)
{
	double val = e->fixed;

	for (size_t b = 0; b < e->nb; b++)
		val += value_at(e, &e->b[b], e->t[b]);
	return val;
}

/* The block's envelope on [lo, hi] into the arena; 0, or -1 when the
 * block has no point there. */
static int reshape(struct rx *e, size_t bi, long lo, long hi)
{
	struct block *b = &e->b[bi];
	long np;

	if (e->arena_used + b->nc + 2 > e->arena_cap) {
		size_t cap = 2 * (e->arena_used + b->nc + 2);
		struct rpiece *a = realloc(e->arena, cap * sizeof *a), *m = realloc(e->merged, cap * sizeof *m);

		if (a)
			e->arena = a;
		if (m)
			e->merged = m;
		if (!a || !m) {
			e->nomem = 1;
			return -1;
		}
		e->arena_cap = cap;
	}
	np = envelope(e, bi, lo, hi, &b->x0, &b->v0, e->arena + e->arena_used);
	if (np < 0)
		return -1;
	b->lo = lo, b->hi = hi;
	b->pc = e->arena_used;
	b->np = (size_t)np;
	e->arena_used += (size_t)np;
	if (!b->mod)
		e->modlist[e->nmod++] = bi;
	b->mod++;
	return 0;
}

/* The search's side of the blocks (search/bnb.c): the split is the block
 * left below its envelope, its range cut at the point the relaxation
 * filled, the side nearer that point first (side 0: up to it, side 1:
 * beyond it). */
static double bnb_relax(void *ctx, struct bnb_split *sp)
{
	int side = 1;
	double bound;

	if (((struct rx *)ctx)->nomem)
		return -HUGE_VAL; /* out of memory in a side: the search ends, run() says so */
	bound = relax(ctx, &sp->what, &sp->at, &side);

	sp->first = side < 0 ? 0 : 1;
	return bound;
}

static double bnb_leaf(void *ctx)
{
	return incumbent_value(ctx);
}

static void bnb_keep(void *ctx)
{
	struct rx *e = ctx;

	memcpy(e->best, e->t, e->nb * sizeof *e->t);
}

/* what a side changes of the search's state: the block, the arena's top
 * and the list of blocks branched on */
struct rx_undo {
	struct block keep;
	size_t mark, nmod;
};

static int bnb_down(void *ctx, const struct bnb_split *sp, int side, void *undo)
{
	struct rx *e = ctx;
	struct block *b = &e->b[sp->what];
	struct rx_undo u = { *b, e->arena_used, e->nmod };

	memcpy(undo, &u, sizeof u);
	return reshape(e, sp->what, side == 0 ? b->lo : sp->at + 1, side == 0 ? sp->at : b->hi);
}

static void bnb_up(void *ctx, const struct bnb_split *sp, int side, const void *undo)
{
	struct rx *e = ctx;
	struct rx_undo u;

	(void)side;
	memcpy(&u, undo, sizeof u);
	e->b[sp->what] = u.keep;
	e->arena_used = u.mark;
	e->nmod = u.nmod;
}

static const struct bnb_ops rx_bnb = { bnb_relax, bnb_leaf, bnb_keep, bnb_down, bnb_up, sizeof(struct rx_undo) };

/* The binding limits municipality i counts, one bit per resource (a
 * municipality is in one region, so in one limit per resource). */
static unsigned binding_mask(const struct rx *e, const long *rcap, size_t i)
{
	unsigned mask = 0;

	for (int k = 0; k < NUSE; k++) {
		int g = e->s->member[i * NUSE + (size_t)k];

		if (g >= 0 && rcap[g] != LONG_MAX)
			mask |= 1u << k;
	}
	return mask;
}

/* The blocks: the members of each regional limit that can bind (its
 * members' caps hold more than it lets in), one block for each region and
 * set of binding limits its members count, so that limits of one region
 * counting members apart (jobs given by some, school seats by others) are
 * blocks apart, sharing only the total. A binding limit whose members
 * count different sets of limits (jobs given by some, school seats by some
 * of those and by others) is left to GLPK (-1). */
static int find_blocks(struct rx *e)
{
	struct bosett_solver *s = e->s;
	const struct problem *p = &s->p;
	size_t nr = p->nregions, nrid = 1, n = p->n, ngrp;
	long *rcap = xmalloc(e, (nr + 1) * sizeof *rcap), *bcap;
	size_t *first, *of = xmalloc(e, (n + 1) * sizeof *of);
	unsigned *gmask = xmalloc(e, (nr + 1) * sizeof *gmask);
	int rc = 0;

	for (size_t g = 0; g < nr; g++)
		if ((size_t)s->rid[g] + 1 > nrid)
			nrid = (size_t)s->rid[g] + 1;
	ngrp = nrid << NUSE; /* a region and a set of its limits */
	bcap = xmalloc(e, ngrp * sizeof *bcap);
	first = xmalloc(e, ngrp * sizeof *first);
	if (e->nomem)
		goto out;
	for (size_t r = 0; r < ngrp; r++)
		bcap[r] = LONG_MAX, first[r] = SIZE_MAX;
	for (size_t g = 0; g < nr; g++) {
		rcap[g] = bosett_limit_people(p, g);
		gmask[g] = UINT_MAX;
	}
	/* what each limit's members could take on their own */
	{
		double *held = xmalloc(e, (nr + 1) * sizeof *held);

		if (!held)
			goto out;
		for (size_t g = 0; g < nr; g++)
			held[g] = 0;
		for (size_t i = 0; i < n; i++)
			for (int k = 0; k < NUSE; k++) {
				int g = s->member[i * NUSE + (size_t)k];

				if (g >= 0 && p->mu[i].col_x)
					held[g] += (double)p->mu[i].cap;
			}
		for (size_t g = 0; g < nr; g++)
			if (rcap[g] >= 0 && held[g] <= (double)rcap[g])
				rcap[g] = LONG_MAX; /* cannot bind */
		xfree(e, held);
	}
	for (size_t i = 0; i < n && rc == 0; i++) {
		unsigned mask;

		of[i] = SIZE_MAX;
		if (!p->mu[i].col_x || !(mask = binding_mask(e, rcap, i)))
			continue;
		for (int k = 0; k < NUSE; k++) {
			int g = s->member[i * NUSE + (size_t)k];
			size_t grp;

			if (g < 0 || rcap[g] == LONG_MAX)
				continue;
			grp = ((size_t)s->rid[g] << NUSE) | mask;
			/* every member of a binding limit counts the same limits */
			if (rcap[g] < 0 || (gmask[g] != UINT_MAX && gmask[g] != mask) ||
			    (of[i] != SIZE_MAX && of[i] != grp))
				rc = -1;
			gmask[g] = mask;
			of[i] = grp;
			if (rcap[g] < bcap[grp])
				bcap[grp] = rcap[g];
		}
	}
	if (rc == 0) {
		size_t nm = 0;

		e->nb = 0;
		for (size_t i = 0; i < n && rc == 0; i++) {
			size_t r = of[i];

			if (!p->mu[i].col_x)
				continue;
			/* the programmes of large regions take time: the run's limit holds */
			if (s->deadline > 0 && i % 256 == 255 && solve_time_left_ms(s) <= 1) {
				rc = -1;
				break;
			}
			if (r != SIZE_MAX && first[r] != SIZE_MAX)
				continue; /* its block is made */
			e->b[e->nb] = (struct block){ 0 };
			e->b[e->nb].m0 = nm;
			if (r == SIZE_MAX) {
				e->mem[nm++] = i;
				e->b[e->nb].nm = 1;
				single_points(e, &e->b[e->nb]);
			} else {
				size_t reg = r >> NUSE;

				first[r] = e->nb;
				for (size_t q = s->rstart[reg]; q < s->rstart[reg + 1]; q++)
					if (of[s->rlist[q]] == r)
						e->mem[nm++] = s->rlist[q];
				e->b[e->nb].nm = nm - e->b[e->nb].m0;
				block_points(e, &e->b[e->nb], bcap[r]);
			}
			e->nb++;
		}
	}
out:
	xfree(e, rcap), xfree(e, of), xfree(e, gmask), xfree(e, bcap), xfree(e, first);
	return e->nomem ? -1 : rc;
}

/* The minors into the allocation of people in u->x: each asked
 * municipality that takes them gets from lower_em to its places (never
 * more than its number less its floor), spread in proportion to the
 * places by largest remainder; 0, or -1 when they do not fit. */
static int place_minors(struct rx *e)
{
	struct problem *p = &e->s->p;
	long need = p->em_quota, room_all = 0;
	size_t n = p->n ? p->n : 1, nr = 0;
	long *room = xmalloc(e, n * sizeof *room);
	struct giveway *rest = xmalloc(e, n * sizeof *rest);
	int rc = 0;

	if (!room || !rest) {
		xfree(e, room), xfree(e, rest);
		return -1;
	}
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		long most = u->x - u->lower < u->em_cap ? u->x - u->lower : u->em_cap;

		room[i] = 0;
		u->e = 0;
		if (!u->col_e || !u->col_x)
			continue;
		u->e = u->lower_em;
		need -= u->lower_em;
		room[i] = most - u->lower_em;
		if (room[i] < 0)
			rc = -1;
		room_all += room[i];
	}
	if (rc != 0 || need < 0 || need > room_all) {
		xfree(e, room), xfree(e, rest);
		return -1;
	}
	for (size_t i = 0; i < p->n && room_all > 0; i++) {
		double share = (double)need * (double)room[i] / (double)room_all;
		long whole = (long)floor(share + BOSETT_EPS_FLOOR);

		if (room[i] <= 0)
			continue;
		if (whole > room[i])
			whole = room[i];
		p->mu[i].e += whole;
		rest[nr++] = (struct giveway){ share - (double)whole, i };
	}
	for (size_t i = 0; i < p->n; i++)
		need -= p->mu[i].col_e && p->mu[i].col_x ? p->mu[i].e - p->mu[i].lower_em : 0;
	/* the remainder, a person each, to the largest fractions (then row order) */
	qsort(rest, nr, sizeof *rest, solve_cmp_giveway);
	for (size_t k = 0; k < nr && need > 0; k++) {
		struct muni *u = &p->mu[rest[k].index];

		if (u->e - u->lower_em < room[rest[k].index]) {
			u->e++;
			need--;
		}
	}
	for (size_t i = 0; i < p->n && need > 0; i++)
		for (struct muni *u = &p->mu[i]; need > 0 && u->col_e && u->col_x && u->e - u->lower_em < room[i]; need--)
			u->e++;
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].x -= p->mu[i].e;
	xfree(e, room), xfree(e, rest);
	return need == 0 ? 0 : -1;
}

static void rx_free(struct rx *e)
{
	for (size_t k = 0; k < e->nallocs; k++)
		free(e->allocs[k]);
	free(e->allocs), free(e->cx), free(e->cv), free(e->clin), free(e->arena), free(e->merged);
	free(e);
}

/* The blocks, their envelopes, the search and the allocation (for
 * solve_regional below). */
static enum bosett_solve_status run(struct rx *e, long node_max)
{
	struct bosett_solver *s = e->s;
	struct problem *p = &s->p;
	size_t n = p->n ? p->n : 1;
	enum bosett_solve_status st = BOSETT_SOLVE_NONE;
	struct bnb bb = { &rx_bnb, e, 0, solve_out_of_time, s, 0, 0, 0, 0 };
	int rc;

	e->v = &s->built;
	e->N = p->quota + p->em_quota;
	e->em_all = minors_need_every_place(p);
	e->b = xmalloc(e, n * sizeof *e->b);
	e->mem = xmalloc(e, n * sizeof *e->mem);
	if (e->nomem)
		goto out;
	for (size_t i = 0; i < p->n; i++)
		if (!p->mu[i].col_x)
			e->fixed += bosett_value(p->m, &p->mu[i], 0, e->v);
	if (find_blocks(e) != 0)
		goto out;
	/* the root envelopes, block by block and all together */
	if (!(e->own = xmalloc(e, (e->ncand + 2 * e->nb) * sizeof *e->own)))
		goto out;
	for (size_t b = 0; b < e->nb; b++) {
		struct block *k = &e->b[b];
		long np;

		k->lo = e->cx[k->c0];
		k->hi = e->cx[k->c0 + k->nc - 1];
		np = k->nc ? envelope(e, b, k->lo, k->hi, &k->x0, &k->v0, e->own + e->nroot) : -1;
		if (np < 0) {
			st = e->nomem ? BOSETT_SOLVE_NONE : BOSETT_SOLVE_INFEASIBLE;
			goto out;
		}
		k->pc = e->nroot;
		k->np = (size_t)np;
		e->nroot += (size_t)np;
	}
	if (!(e->root = xmalloc(e, e->nroot * sizeof *e->root)))
		goto out;
	memcpy(e->root, e->own, e->nroot * sizeof *e->root);
	qsort(e->root, e->nroot, sizeof *e->root, cmp_piece);
	e->modlist = xmalloc(e, n * sizeof *e->modlist);
	e->t = xmalloc(e, n * sizeof *e->t);
	e->best = xmalloc(e, n * sizeof *e->best);
	if (e->nomem)
		goto out;
	bb.node_max = node_max > 0 ? node_max : (long)(3e7 / (double)(e->nroot + e->nb + 1)) + 1000;
	rc = bosett_bnb_run(&bb);
	if (rc == -2)
		e->nomem = 1;
	if (e->nomem)
		goto out;
	if (!bb.have_inc) {
		st = rc == 0 ? BOSETT_SOLVE_INFEASIBLE : BOSETT_SOLVE_NONE;
		goto out;
	}
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].x = p->mu[i].e = 0;
	for (size_t b = 0; b < e->nb; b++) {
		const struct block *k = &e->b[b];
		long T = e->best[b];

		for (size_t m = k->nm; m-- > 0;) {
			struct muni *u = &p->mu[e->mem[k->m0 + m]];

			u->x = k->choice ? k->choice[m * k->W + (size_t)T] : T;
			T -= u->x;
		}
	}
	if (place_minors(e) != 0)
		goto out;
	s->gap = 0;
	st = BOSETT_SOLVE_OPTIMAL;
	if (rc != 0) {
		s->gap = bb.root_bound > bb.inc ? (bb.root_bound - bb.inc) / (fabs(bb.inc) + BOSETT_EPS_DENOM) : 0;
		st = BOSETT_SOLVE_FEASIBLE;
	}
out:
	if (e->nomem)
		solve_nomem(s);
	return e->nomem ? BOSETT_SOLVE_NONE : st;
}

/* Solve the built model (a value objective) by blocks: OPTIMAL with the
 * allocation in p->mu; FEASIBLE with it and s->gap when the search gave up
 * (node_max nodes, 0 for the default, or the time limit); INFEASIBLE; NONE
 * when the structure does not allow it or the minors do not fit, or out of
 * memory (solve_nomem: everything it took is freed). */
enum bosett_solve_status solve_regional(struct bosett_solver *s, long node_max)
{
	struct rx *e;
	enum bosett_solve_status st;

	if (s->built.elastic || s->built.max_placed || s->p.quota < 0 || s->p.em_quota < 0)
		return BOSETT_SOLVE_NONE;
	if (!(e = calloc(1, sizeof *e))) {
		solve_nomem(s);
		return BOSETT_SOLVE_NONE;
	}
	e->s = s;
	st = run(e, node_max);
	rx_free(e);
	return st;
}

/* The multipliers of the final problem with its yes/no choices fixed
 * (bosett(7), SHADOW PRICES), as exact.c takes them: the price of the
 * total is what one more person adds where one can still go; a full
 * regional limit is worth what its best member would add beyond that; a
 * cap and a minimum what the municipality's own next or last person is
 * worth against those. The minors fitted with room, so their limits cost
 * nothing, unless they needed every place: then the places are a floor. */
int solve_regional_prices(struct bosett_solver *s)
{
	struct problem *p = &s->p;
	const struct bosett_model *m = p->m;
	const struct variant *v = &s->built;
	size_t nr = p->nregions ? p->nregions : 1;
	double *used = solve_region_use(s), *rho = calloc(nr, sizeof *rho), lambda = -HUGE_VAL;
	int *full = malloc(p->n ? p->n * sizeof *full : 1), every_place = minors_need_every_place(p);

	if (!used || !rho || !full) {
		free(used), free(rho), free(full);
		solve_nomem(s);
		return -1;
	}
	/* where one more person could go, and what the full limits hold back */
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long t = u->x + u->e;
		double up;

		full[i] = -1;
		for (int k = 0; k < NUSE; k++) {
			int g = s->member[i * NUSE + (size_t)k];

			if (g >= 0 && used[g] > p->regions[g].capacity - m->use[k] + BOSETT_EPS_CAPACITY && (full[i] < 0 || g < full[i]))
				full[i] = g;
		}
		if (!u->col_x || t >= u->cap || (t == 0 && solve_muni_min(u, v) > 0 && u->lower + u->lower_em == 0))
			continue;
		up = bosett_value(m, u, (double)(t + 1), v) - bosett_value(m, u, (double)t, v);
		if (full[i] < 0 && up > lambda)
			lambda = up;
	}
	if (lambda == -HUGE_VAL)
		lambda = 0;
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long t = u->x + u->e;
		double up;

		if (full[i] < 0 || !u->col_x || t >= u->cap || t == 0)
			continue;
		up = bosett_value(m, u, (double)(t + 1), v) - bosett_value(m, u, (double)t, v) - lambda;
		if (up > rho[full[i]])
			rho[full[i]] = up;
	}
	s->price_total = lambda;
	for (size_t g = 0; g < p->nregions; g++)
		p->regions[g].dual = rho[g] / m->use[p->regions[g].res];
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		long t = u->x + u->e;
		double beyond = lambda + (full[i] >= 0 ? rho[full[i]] : 0);

		u->price = 0;
		switch (u->limit) {
		case LIMIT_CAP:
			u->price = bosett_value(m, u, (double)t, v) - bosett_value(m, u, (double)(t - 1), v) - beyond;
			if (u->cap_source >= CAP_USE)
				u->price /= m->use[u->cap_source - CAP_USE];
			break;
		case LIMIT_REGION:
			u->price = p->regions[u->region_row].dual;
			break;
		case LIMIT_MIN:
			if (t < u->cap)
				u->price = beyond - (bosett_value(m, u, (double)(t + 1), v) - bosett_value(m, u, (double)t, v));
			break;
		case LIMIT_EM:
			/* every place needed: its places are a floor, priced as the minimum is */
			if (every_place && t < u->cap)
				u->price = (beyond - (bosett_value(m, u, (double)(t + 1), v) - bosett_value(m, u, (double)t, v))) /
				           m->em_use;
			break;
		default:
			break;
		}
		if (fabs(u->price) < BOSETT_EPS_ZERO)
			u->price = 0;
	}
	free(used), free(rho), free(full);
	return 0;
}
