/*
 * heuristic.c - the primal heuristic handed to GLPK's branch-and-bound: a
 * rounding of the LP solution repaired by marginal moves kept in heaps
 * (bosett(7), SOLVING).
 *
 * The primal heuristic (bosett(7), SOLVING). GLPK's own heuristics find no
 * allocation at all for a thousand municipalities within minutes, while the
 * LP relaxation of the perspective form is nearly integral. So at a node of
 * the search the LP solution is rounded to whole numbers that keep every
 * rule of the node (its bounds, the minimum, the caps, the regional limits)
 * and then people are moved one at a time to where they add the most, or
 * taken from where they cost the least, until the totals hold; the result is
 * handed to GLPK as an incumbent, so the search prunes from the start.
 * The moves, their worth and the regional room are search/moves.c's, the
 * same as the local improvement's.
 */
#include "solve/solver.h"
#include "base/tolerance.h"

void solve_heur_free(struct heur *h)
{
	if (!h)
		return;
	free(h->t), free(h->tlo), free(h->thi), free(h->open), free(h->must), free(h->used), free(h->sol);
	if (h->hp)
		for (int k = 0; k < 2; k++)
			free(h->hp[k].key), free(h->hp[k].who);
	free(h->hp);
	free(h);
}

struct heur *solve_heur_new(const struct problem *p, int ncols)
{
	struct heur *h = calloc(1, sizeof *h);
	size_t n = p->n ? p->n : 1;

	if (!h)
		return NULL;
	h->t = malloc(n * sizeof *h->t);
	h->tlo = malloc(n * sizeof *h->tlo);
	h->thi = malloc(n * sizeof *h->thi);
	h->open = malloc(n);
	h->must = malloc(n);
	h->used = malloc((p->nregions ? p->nregions : 1) * sizeof *h->used);
	h->sol = malloc(((size_t)ncols + 1) * sizeof *h->sol);
	h->hp = calloc(2, sizeof *h->hp);
	if (!h->hp || !h->tlo || !h->thi || !h->open || !h->must || !h->used || !h->sol) {
		solve_heur_free(h);
		return NULL;
	}
	return h;
}

static int heap_push(struct heap *q, double key, size_t who)
{
	size_t i;

	if (key == -HUGE_VAL)
		return 0;
	if (q->n == q->cap) {
		size_t c = q->cap ? 2 * q->cap : 256;
		double *k = realloc(q->key, c * sizeof *k);
		size_t *w = k ? realloc(q->who, c * sizeof *w) : NULL;

		if (k)
			q->key = k;
		if (!w)
			return -1;
		q->who = w;
		q->cap = c;
	}
	for (i = q->n++; i > 0 && q->key[(i - 1) / 2] < key; i = (i - 1) / 2) {
		q->key[i] = q->key[(i - 1) / 2];
		q->who[i] = q->who[(i - 1) / 2];
	}
	q->key[i] = key;
	q->who[i] = who;
	return 0;
}

static void heap_pop(struct heap *q)
{
	double key = q->key[--q->n];
	size_t who = q->who[q->n], i = 0;

	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= q->n)
			break;
		if (c + 1 < q->n && q->key[c + 1] > q->key[c])
			c++;
		if (q->key[c] <= key)
			break;
		q->key[i] = q->key[c];
		q->who[i] = q->who[c];
		i = c;
	}
	if (q->n) {
		q->key[i] = key;
		q->who[i] = who;
	}
}

/* The current key of municipality i in heap which (0: move one person,
 * 1: ask or stop asking) in direction up, -HUGE_VAL when it is no
 * candidate. */
static double heur_key(const struct bosett_solver *s, const struct heur *h, size_t i, int up, int which)
{
	const struct bosett_moves *mv = &h->mv;

	if (!s->p.mu[i].col_x)
		return -HUGE_VAL;
	if (which == 0 && up) {
		if (!h->open[i] || h->t[i] >= h->thi[i] || bosett_moves_room(mv, i) < 1)
			return -HUGE_VAL;
		return bosett_moves_gain(mv, i);
	}
	if (which == 0) {
		if (!h->open[i] || h->t[i] <= h->tlo[i])
			return -HUGE_VAL;
		return -bosett_moves_loss(mv, i);
	}
	if (up) {
		if (h->open[i] || h->thi[i] < h->tlo[i] || h->thi[i] == 0 || bosett_moves_room(mv, i) < h->tlo[i])
			return -HUGE_VAL;
		return bosett_moves_open_gain(mv, i);
	}
	if (!h->open[i] || h->must[i])
		return -HUGE_VAL;
	return -bosett_moves_worth(mv, i);
}

/* Fill both heaps afresh when the direction changes. */
static int heap_phase(const struct bosett_solver *s, struct heur *h, int up)
{
	if (h->phase == (up ? 1 : -1))
		return 0;
	h->phase = up ? 1 : -1;
	h->hp[0].n = h->hp[1].n = 0;
	for (size_t i = 0; i < s->p.n; i++)
		if (heap_push(&h->hp[0], heur_key(s, h, i, up, 0), i) || heap_push(&h->hp[1], heur_key(s, h, i, up, 1), i))
			return -1;
	return 0;
}

/* The best candidate: 0 for a move of people (heap 0), 1 for asking or
 * not asking a municipality (heap 1, only when heap 0 has none), -1 none.
 * Stale entries are dropped or pushed back with their current key. */
static int heap_best(const struct bosett_solver *s, struct heur *h, int up, long excess, size_t *best, double *key)
{
	for (int which = 0; which < 2; which++) {
		struct heap *q = &h->hp[which];

		while (q->n) {
			size_t i = q->who[0];
			double k = q->key[0], now = heur_key(s, h, i, up, which);

			if (which == 1 && !up && h->t[i] > excess)
				now = -HUGE_VAL; /* the excess only shrinks: never again */
			if (now == k) {
				*best = i;
				*key = k;
				heap_pop(q);
				return which;
			}
			heap_pop(q);
			if (now != -HUGE_VAL && heap_push(q, now, i) != 0) {
				h->nomem = 1;
				return -1;
			}
		}
	}
	return -1;
}

/* How many people (at most most) can move one way (dir +1 or -1) at the
 * same marginal value: to the next breakpoint of the value, within the
 * bounds and the room of the regional limits. Moving them at once is what
 * one-at-a-time moves would do, in far fewer steps (100,000 municipalities). */
static long heur_run(const struct heur *h, size_t i, int dir, long most)
{
	long k = bosett_moves_run(&h->mv, i, dir);

	if (dir > 0 && bosett_moves_room(&h->mv, i) < k)
		k = bosett_moves_room(&h->mv, i);
	if (k > most)
		k = most;
	return k < 1 ? 1 : k;
}

/* The rounding's regional limits (bosett(7), SOLVING): people taken away
 * where it costs the least until every region fits; *have follows. */
static int heur_regions(struct bosett_solver *s, struct heur *h, long *have)
{
	const struct problem *p = &s->p;

	/* regional limits first: take people away where it costs the least */
	for (size_t r = 0; r < p->nregions; r++) {
		while (h->used[r] > p->regions[r].capacity + BOSETT_EPS_CAPACITY) {
			size_t best = p->n;
			double bl = HUGE_VAL;

			for (size_t q = s->rstart[s->rid[r]]; q < s->rstart[s->rid[r] + 1]; q++) {
				size_t i = s->rlist[q];
				double loss;

				if (!h->open[i] || s->member[i * NUSE + (size_t)p->regions[r].res] != (int)r)
					continue;
				if (h->t[i] > h->tlo[i])
					loss = bosett_moves_loss(&h->mv, i);
				else if (!h->must[i])
					loss = bosett_moves_worth(&h->mv, i) / (double)h->t[i];
				else
					continue;
				if (loss < bl)
					bl = loss, best = i;
			}
			if (best == p->n)
				return -1;
			if (h->t[best] > h->tlo[best]) {
				bosett_moves_add(&h->mv, best, -1);
				(*have)--;
			} else {
				*have -= h->t[best];
				bosett_moves_add(&h->mv, best, -h->t[best]);
				h->open[best] = 0;
			}
		}
	}
	return 0;
}

/* The rounding's minors: as few as each municipality needs, then more
 * where there is room, until the county's total of minors is met. */
static int heur_minors(struct bosett_solver *s, struct heur *h, glp_prob *lp)
{
	const struct problem *p = &s->p;
	long em_lo = 0, em_hi = 0;

	/* the minors: as few as each needs, then more where there is room */
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long xl, xu, el, eu, lo, hi;

		if (!u->col_x)
			continue;
		xl = lround(glp_get_col_lb(lp, u->col_x));
		xu = lround(glp_get_col_ub(lp, u->col_x));
		el = u->col_e ? lround(glp_get_col_lb(lp, u->col_e)) : 0;
		eu = u->col_e ? lround(glp_get_col_ub(lp, u->col_e)) : 0;
		lo = h->t[i] - xu > el ? h->t[i] - xu : el;
		hi = h->t[i] - xl < eu ? h->t[i] - xl : eu;
		if (lo > hi)
			return -1;
		h->sol[u->col_x] = (double)(h->t[i] - lo);
		if (u->col_e)
			h->sol[u->col_e] = (double)lo;
		em_lo += lo;
		em_hi += hi;
	}
	if (em_lo > p->em_quota || em_hi < p->em_quota)
		return -1;
	for (size_t i = 0; i < p->n && em_lo < p->em_quota; i++) {
		const struct muni *u = &p->mu[i];
		long xl, more;

		if (!u->col_e)
			continue;
		xl = lround(glp_get_col_lb(lp, u->col_x));
		more = (h->t[i] - xl < lround(glp_get_col_ub(lp, u->col_e)) ? h->t[i] - xl
		                                                           : lround(glp_get_col_ub(lp, u->col_e))) -
		       (long)h->sol[u->col_e];
		if (more > p->em_quota - em_lo)
			more = p->em_quota - em_lo;
		if (more > 0) {
			h->sol[u->col_e] += (double)more;
			h->sol[u->col_x] -= (double)more;
			em_lo += more;
		}
	}
	return 0;
}

/* Round the node's LP solution (or start the numbers at start[]) and repair
 * it; 0 and h->sol filled on success. */
int solve_heur_round(struct bosett_solver *s, struct heur *h, glp_prob *lp, const long *start)
{
	const struct problem *p = &s->p;
	const struct variant *v = &s->built;
	long want = p->quota + p->em_quota, have = 0;
	size_t budget = 4 * p->n + 1000;

	h->phase = 0;
	h->mv = (struct bosett_moves){ p, v, s->member, h->t, h->tlo, h->thi, h->used };
	for (size_t r = 0; r < p->nregions; r++)
		h->used[r] = 0;
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long L = solve_muni_min(u, v);
		double tl, yv;
		long lo;

		h->t[i] = 0;
		h->open[i] = h->must[i] = 0;
		h->tlo[i] = h->thi[i] = 0;
		if (!u->col_x)
			continue;
		h->tlo[i] = lround(glp_get_col_lb(lp, u->col_x)) + (u->col_e ? lround(glp_get_col_lb(lp, u->col_e)) : 0);
		h->thi[i] = lround(glp_get_col_ub(lp, u->col_x)) + (u->col_e ? lround(glp_get_col_ub(lp, u->col_e)) : 0);
		if (h->thi[i] > u->cap)
			h->thi[i] = u->cap;
		if (glp_get_col_ub(lp, u->col_y) < 0.5) {
			h->thi[i] = 0; /* the node says: not asked */
			if (h->tlo[i] > 0)
				return -1;
			continue;
		}
		h->must[i] = glp_get_col_lb(lp, u->col_y) > 0.5;
		if (h->tlo[i] < L)
			h->tlo[i] = L;
		if (h->tlo[i] > h->thi[i]) {
			if (h->must[i])
				return -1;
			h->thi[i] = 0;
			continue;
		}
		if (start) {
			tl = (double)start[i];
			yv = start[i] > 0;
		} else {
			tl = glp_get_col_prim(lp, u->col_x) + (u->col_e ? glp_get_col_prim(lp, u->col_e) : 0);
			yv = glp_get_col_prim(lp, u->col_y);
		}
		if (!h->must[i] && yv < 0.5 && tl < 0.5 * (double)L)
			continue;
		lo = lround(tl);
		h->t[i] = lo < h->tlo[i] ? h->tlo[i] : lo > h->thi[i] ? h->thi[i] : lo;
		h->open[i] = 1;
		lo = h->t[i];
		h->t[i] = 0;
		bosett_moves_add(&h->mv, i, lo);
		have += lo;
	}
	if (heur_regions(s, h, &have) != 0)
		return -1;
	/* then the total: people to the best place, or from the cheapest, one
	 * run at a time; heaps keep each step logarithmic */
	while (have != want) {
		int up = have < want;
		size_t best = 0;
		double key;
		int which;

		if (budget-- == 0)
			return -1;
		if (heap_phase(s, h, up) != 0) {
			solve_nomem(s);
			return -1;
		}
		which = heap_best(s, h, up, have - want, &best, &key);
		if (h->nomem) {
			solve_nomem(s);
			return -1;
		}
		if (which == 0) {
			long k = heur_run(h, best, up ? 1 : -1, up ? want - have : have - want);

			bosett_moves_add(&h->mv, best, up ? k : -k);
			have += up ? k : -k;
			heap_push(&h->hp[0], heur_key(s, h, best, up, 0), best);
		} else if (which == 1) {
			/* ask one more municipality (the one that loses least per
			 * person), or stop asking one whose people fit in the excess */
			if (up) {
				h->open[best] = 1;
				bosett_moves_add(&h->mv, best, h->tlo[best]);
				have += h->tlo[best];
				heap_push(&h->hp[0], heur_key(s, h, best, up, 0), best);
			} else {
				have -= h->t[best];
				bosett_moves_add(&h->mv, best, -h->t[best]);
				h->open[best] = 0;
			}
		} else {
			return -1;
		}
	}
	if (heur_minors(s, h, lp) != 0)
		return -1;
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];

		if (!u->col_x)
			continue;
		h->sol[u->col_y] = h->t[i] > 0 || glp_get_col_lb(lp, u->col_y) > 0.5 ? 1 : 0;
		h->sol[u->col_w] = bosett_value(s->m, u, (double)h->t[i], v);
	}
	return 0;
}
