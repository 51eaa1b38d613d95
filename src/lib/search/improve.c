/*
 * improve.c - the local-improvement pass of the approximate mode (bosett(7),
 * SOLVING): people are moved, a run at a time, from the asked municipality
 * where they are worth least to the one where they are worth most, while
 * the move gains and every rule holds (each number within its bounds, the
 * regional limits). A run ends at the next breakpoint of either value, so
 * its worth per person is constant. Each pass pairs the best receivers with
 * the cheapest givers in order, O(n log n); passes repeat until none gains.
 * Asked stay asked and not asked stay not asked: the relaxation decided
 * that, and the minimum and the minors stay as the repair left them.
 * The moves, their worth and the regional room are search/moves.c's, the
 * same as the heuristic's repair.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "search/improve.h"
#include "search/moves.h"
#include "base/tolerance.h"

struct cand {
	double key;
	size_t i;
};

static int cmp_desc(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->key != y->key)
		return x->key > y->key ? -1 : 1;
	return (x->i > y->i) - (x->i < y->i);
}

static int cmp_asc(const void *a, const void *b)
{
	return -cmp_desc(a, b);
}

struct work {
	struct bosett_moves mv;  /* t[], its bounds and the regional use */
	struct cand *up, *dn;
	unsigned char *moved;
	const size_t *at, *by;   /* the members of each regional limit */
};

/* The receivers (one more gains most first) in w->up and the givers (one
 * fewer loses least first) in w->dn among the asked but skip; their
 * counts in *nu and *nd. */
static void candidates(struct work *w, size_t skip, size_t *nu, size_t *nd)
{
	const struct bosett_moves *mv = &w->mv;
	const long *t = mv->t, *lo = mv->lo, *hi = mv->hi;
	size_t n = mv->p->n, a = 0, b = 0;

	for (size_t i = 0; i < n; i++) {
		double gain, loss;

		if (t[i] == 0 || i == skip)
			continue;
		bosett_moves_margins(mv, i, &gain, &loss);
		if (t[i] < hi[i])
			w->up[a++] = (struct cand){ gain, i };
		if (t[i] > lo[i])
			w->dn[b++] = (struct cand){ loss, i };
	}
	*nu = a, *nd = b;
}

/* Runs between asked municipalities until no pass gains. */
/* Runs between asked municipalities until no pass gains. */
static long balance(struct work *w, int max_passes)
{
	struct bosett_moves *mv = &w->mv;
	size_t n = mv->p->n;
	struct cand *up = w->up, *dn = w->dn;
	unsigned char *moved = w->moved;
	long moves = 0;

	for (int pass = 0; pass < max_passes; pass++) {
		size_t nu, nd, a = 0, b = 0;
		long before = moves;

		candidates(w, SIZE_MAX, &nu, &nd);
		qsort(up, nu, sizeof *up, cmp_desc);
		qsort(dn, nd, sizeof *dn, cmp_asc);
		memset(moved, 0, n);
		while (a < nu && b < nd && up[a].key > dn[b].key + BOSETT_EPS_OBJ * (1 + fabs(up[a].key))) {
			size_t j = up[a].i, i = dn[b].i;
			long k;

			if (moved[j] || j == i) {
				a++;
				continue;
			}
			if (moved[i]) {
				b++;
				continue;
			}
			/* what i gives frees room for j where they share a limit */
			if (bosett_moves_fit(mv, i, 1, j) < 1) {
				a++;
				continue;
			}
			k = bosett_moves_run(mv, j, 1);
			if (bosett_moves_run(mv, i, -1) < k)
				k = bosett_moves_run(mv, i, -1);
			if (bosett_moves_transfer(mv, i, j, k) == 0) {
				a++;
				continue;
			}
			moved[i] = moved[j] = 1;
			moves++;
			a++, b++;
		}
		if (moves == before)
			break;
	}
	return moves;
}

/* Within each regional limit: one person at a time from the member where
 * one fewer loses least to the member where one more gains most, while
 * that gains. The limit's use stays as it is, so a full region, where the
 * pairing above finds no room, is balanced too; the receiver's other
 * limits must have room. w->by lists the members of limit g (from
 * w->at[g] to w->at[g + 1]). Returns the moves made. */
static long within_regions(struct work *w, long max_moves)
{
	struct bosett_moves *mv = &w->mv;
	long moves = 0;

	for (size_t g = 0; g < mv->p->nregions; g++)
		while (moves < max_moves) {
			double best_up = -HUGE_VAL, best_dn = HUGE_VAL;
			size_t j = SIZE_MAX, i = SIZE_MAX;

			for (size_t q = w->at[g]; q < w->at[g + 1]; q++) {
				size_t k = w->by[q];
				double up, dn;

				if (mv->t[k] == 0)
					continue;
				bosett_moves_margins(mv, k, &up, &dn);
				if (up > best_up)
					best_up = up, j = k;
				if (dn < best_dn)
					best_dn = dn, i = k;
			}
			if (i == SIZE_MAX || j == SIZE_MAX || i == j || best_up <= best_dn + BOSETT_EPS_OBJ * (1 + fabs(best_up)))
				break;
			if (bosett_moves_transfer(mv, i, j, 1) == 0)
				break;
			moves++;
		}
	return moves;
}

/* balance(), then moves within the regional limits and balance() again
 * while those gain. */
static long settle(struct work *w, int max_passes)
{
	long moves = balance(w, max_passes);

	for (int pass = 0; pass < max_passes; pass++) {
		long m = within_regions(w, 100 * (long)(w->mv.p->n + 1));

		if (m == 0)
			break;
		moves += m + balance(w, max_passes);
	}
	return moves;
}

static double total(const struct bosett_moves *mv)
{
	double sum = 0;

	for (size_t i = 0; i < mv->p->n; i++)
		sum += bosett_moves_value(mv, i, (double)mv->t[i]);
	return sum;
}

/* Close municipality c: its people to the best receivers, a little at a
 * time (balance() spreads them). 0 when they all found a place. */
static int close_one(struct work *w, size_t c)
{
	struct bosett_moves *mv = &w->mv;
	size_t nu, nd;
	long need, round;

	candidates(w, c, &nu, &nd);
	qsort(w->up, nu, sizeof *w->up, cmp_desc);
	round = need = mv->t[c];
	bosett_moves_add(mv, c, -mv->t[c]);
	for (size_t a = 0; a < nu && need > 0; a++) {
		size_t j = w->up[a].i;
		long k = mv->hi[j] - mv->t[j], fit = bosett_moves_room(mv, j);

		k = k < fit ? k : fit;
		k = k < need ? k : need;
		/* a little at a time: the balance spreads it */
		k = k < 1 + need / 4 ? k : 1 + need / 4;
		if (k > 0) {
			bosett_moves_add(mv, j, k);
			need -= k;
		}
		if (a + 1 == nu && need > 0 && need < round) {
			round = need;
			a = (size_t)-1; /* round again while people find places */
		}
	}
	return need > 0 ? -1 : 0;
}

/* Open municipality o at lo[o]: its people from the cheapest givers, after
 * room is made in its regional limits (from the cheapest there, or by not
 * asking the member there worth least per person, whose people o takes).
 * 0 when it opened. */
static int open_one(struct work *w, const unsigned char *zero_ok, size_t o)
{
	struct bosett_moves *mv = &w->mv;
	const long *lo = mv->lo;
	long *t = mv->t;
	size_t nu, nd;
	long need;

	candidates(w, SIZE_MAX, &nu, &nd);
	qsort(w->dn, nd, sizeof *w->dn, cmp_asc);
	need = lo[o];
	/* first make room in o's regional limits, from the cheapest there */
	for (size_t b = 0; b < nd && need > 0 && bosett_moves_room(mv, o) < lo[o]; b++) {
		size_t i = w->dn[b].i;
		long k = t[i] - lo[i];

		if (!bosett_moves_share(mv, o, i))
			continue;
		k = k < need ? k : need;
		bosett_moves_add(mv, i, -k);
		need -= k;
	}
	if (bosett_moves_room(mv, o) < lo[o] && zero_ok) {
		/* still full: stop asking the member there worth least per person,
		 * o takes its people (a swap within the region) */
		size_t gone = SIZE_MAX;
		double worst = HUGE_VAL;

		for (size_t i = 0; i < mv->p->n; i++)
			if (bosett_moves_share(mv, o, i) && i != o && t[i] > 0 && zero_ok[i]) {
				double per = bosett_moves_worth(mv, i) / (double)t[i];

				if (per < worst)
					worst = per, gone = i;
			}
		if (gone == SIZE_MAX || lo[o] - need + t[gone] > mv->hi[o])
			return -1;
		/* o takes what it needs and what c had beyond that */
		need -= t[gone];
		bosett_moves_add(mv, gone, -t[gone]);
		if (need < 0) {
			if (bosett_moves_room(mv, o) < lo[o] - need)
				return -1;
			bosett_moves_add(mv, o, lo[o] - need);
			return 0;
		}
	}
	if (bosett_moves_room(mv, o) < lo[o])
		return -1;
	for (size_t b = 0; b < nd && need > 0; b++) {
		size_t i = w->dn[b].i;
		long k = t[i] - lo[i];

		k = k < need ? k : need;
		bosett_moves_add(mv, i, -k);
		need -= k;
	}
	if (need > 0)
		return -1;
	bosett_moves_add(mv, o, lo[o]);
	return 0;
}

/* The members of each regional limit, for the moves within it: by[] from
 * at[g] to at[g + 1] for limit g. */
static void members(const struct problem *p, const int *member, size_t *at, size_t *fill, size_t *by)
{
	for (size_t i = 0; i < p->n; i++)
		for (int k = 0; k < NUSE; k++)
			if (member[i * NUSE + (size_t)k] >= 0)
				at[member[i * NUSE + (size_t)k] + 1]++;
	for (size_t g = 0; g < p->nregions; g++)
		at[g + 1] += at[g];
	for (size_t i = 0; i < p->n; i++)
		for (int k = 0; k < NUSE; k++)
			if (member[i * NUSE + (size_t)k] >= 0)
				by[fill[member[i * NUSE + (size_t)k]]++ + at[member[i * NUSE + (size_t)k]]] = i;
}

long bosett_improve(const struct problem *p, const struct variant *v, const int *member, long *t, const long *lo,
                    const long *hi, const unsigned char *zero_ok, int max_passes)
{
	size_t n = p->n, nr = p->nregions ? p->nregions : 1;
	struct work w = { .mv = { p, v, member, t, lo, hi, calloc(nr, sizeof(double)) } };
	long *keep = malloc((n ? n : 1) * sizeof *keep), moves = -1;
	double *kept_used = malloc(nr * sizeof *kept_used), best;
	struct cand *cand = malloc((n ? n : 1) * sizeof *cand);
	/* trials of asking one more or one fewer: each costs a balance */
	size_t trials = n < 2000 ? 400 : (size_t)(1e6 / (double)n) + 10;

	size_t *at = calloc(nr + 1, sizeof *at), *fill = calloc(nr, sizeof *fill);
	size_t *by = malloc((n ? n : 1) * NUSE * sizeof *by);

	w.up = malloc((n ? n : 1) * sizeof *w.up);
	w.dn = malloc((n ? n : 1) * sizeof *w.dn);
	w.moved = malloc(n ? n : 1);
	if (!w.up || !w.dn || !w.mv.used || !w.moved || !keep || !kept_used || !cand || !at || !fill || !by)
		goto out;
	bosett_moves_count_use(&w.mv);
	members(p, member, at, fill, by);
	w.at = at, w.by = by;
	moves = settle(&w, max_passes);
	best = total(&w.mv);
	for (int round = 0; round < 8 && trials > 0; round++) {
		size_t nc = 0, accepted = 0;

		/* candidates: the asked who are worth least per person, and the
		 * not asked who would be worth most at their least number */
		for (size_t i = 0; i < n; i++) {
			if (t[i] > 0 && zero_ok[i])
				cand[nc++] = (struct cand){ -bosett_moves_worth(&w.mv, i) / (double)t[i], i };
			else if (t[i] == 0 && zero_ok[i] && lo[i] > 0 && lo[i] <= hi[i])
				cand[nc++] = (struct cand){ bosett_moves_open_gain(&w.mv, i), i };
		}
		qsort(cand, nc, sizeof *cand, cmp_desc);
		for (size_t k = 0; k < nc && trials > 0; k++, trials--) {
			size_t i = cand[k].i;
			long m;
			double now;

			memcpy(keep, t, n * sizeof *t);
			memcpy(kept_used, w.mv.used, nr * sizeof *kept_used);
			if ((t[i] > 0 ? close_one(&w, i) : open_one(&w, zero_ok, i)) == 0 &&
			    (m = settle(&w, max_passes < 30 ? max_passes : 30)) >= 0 &&
			    (now = total(&w.mv)) > best + BOSETT_EPS_OBJ * (1 + fabs(best))) {
				best = now;
				moves += m + 1;
				accepted++;
				continue;
			}
			memcpy(t, keep, n * sizeof *t);
			memcpy(w.mv.used, kept_used, nr * sizeof *kept_used);
		}
		if (!accepted)
			break;
	}
out:
	free(w.up), free(w.dn), free(w.mv.used), free(w.moved), free(keep), free(kept_used), free(cand);
	free(at), free(fill), free(by);
	return moves;
}
