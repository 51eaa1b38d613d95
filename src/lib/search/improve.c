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
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "search/improve.h"
#include "search/room.h"
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

/* the room arithmetic of search/room.c, under the names this file uses */
static long room(const struct problem *p, const int *member, const double *used, size_t i)
{
	return bosett_room(p, member, used, i);
}

static void shift(const struct problem *p, const int *member, double *used, size_t i, long k)
{
	bosett_room_shift(p, member, used, i, k);
}

/* The run from t up (dir +1) or down (-1) at one slope, within [lo, hi]. */
static long run(const struct problem *p, const struct variant *v, size_t i, long t, long lo, long hi, int dir)
{
	double bp[16];
	int nb;

	if (dir > 0) {
		nb = bosett_breakpoints(p->m, &p->mu[i], v, t, hi, bp);
		return nb > 1 ? (long)bp[1] - t : 0;
	}
	nb = bosett_breakpoints(p->m, &p->mu[i], v, lo, t, bp);
	return nb > 1 ? t - (long)bp[nb - 2] : 0;
}

struct work {
	struct cand *up, *dn;
	double *used;
	unsigned char *moved;
	const size_t *at, *by;   /* the members of each regional limit */
};

/* Runs between asked municipalities until no pass gains. */
static long balance(const struct problem *p, const struct variant *v, const int *member, long *t, const long *lo,
                    const long *hi, int max_passes, struct work *w)
{
	size_t n = p->n;
	struct cand *up = w->up, *dn = w->dn;
	double *used = w->used;
	unsigned char *moved = w->moved;
	long moves = 0;

	for (int pass = 0; pass < max_passes; pass++) {
		size_t nu = 0, nd = 0, a = 0, b = 0;
		long before = moves;

		for (size_t i = 0; i < n; i++) {
			const struct muni *u = &p->mu[i];
			double ti = (double)t[i];

			if (t[i] == 0)
				continue;
			if (t[i] < hi[i])
				up[nu++] = (struct cand){ bosett_value(p->m, u, ti + 1, v) - bosett_value(p->m, u, ti, v), i };
			if (t[i] > lo[i])
				dn[nd++] = (struct cand){ bosett_value(p->m, u, ti, v) - bosett_value(p->m, u, ti - 1, v), i };
		}
		qsort(up, nu, sizeof *up, cmp_desc);
		qsort(dn, nd, sizeof *dn, cmp_asc);
		memset(moved, 0, n);
		while (a < nu && b < nd && up[a].key > dn[b].key + BOSETT_EPS_OBJ * (1 + fabs(up[a].key))) {
			size_t j = up[a].i, i = dn[b].i;
			long k, fit;

			if (moved[j] || j == i) {
				a++;
				continue;
			}
			if (moved[i]) {
				b++;
				continue;
			}
			/* what i gives frees room for j where they share a limit */
			shift(p, member, used, i, -1);
			fit = room(p, member, used, j);
			shift(p, member, used, i, 1);
			if (fit < 1) {
				a++;
				continue;
			}
			k = run(p, v, j, t[j], lo[j], hi[j], 1);
			if (run(p, v, i, t[i], lo[i], hi[i], -1) < k)
				k = run(p, v, i, t[i], lo[i], hi[i], -1);
			if (k > 1) {
				/* as many of the run as fit once i's have left */
				shift(p, member, used, i, -k);
				fit = room(p, member, used, j);
				shift(p, member, used, i, k);
				if (fit < k)
					k = fit > 1 ? fit : 1;
			}
			if (k < 1)
				k = 1;
			shift(p, member, used, i, -k);
			if (k > 1 && room(p, member, used, j) < k) {
				shift(p, member, used, i, k - 1);
				k = 1;
			}
			shift(p, member, used, j, k);
			t[i] -= k;
			t[j] += k;
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
 * limits must have room. by[g] lists the members of limit g (from at[g]
 * to at[g + 1]). Returns the moves made. */
static long within_regions(const struct problem *p, const struct variant *v, const int *member, long *t,
                           const long *lo, const long *hi, const size_t *at, const size_t *by, double *used,
                           long max_moves)
{
	long moves = 0;

	for (size_t g = 0; g < p->nregions; g++)
		while (moves < max_moves) {
			double best_up = -HUGE_VAL, best_dn = HUGE_VAL;
			size_t j = SIZE_MAX, i = SIZE_MAX;

			for (size_t q = at[g]; q < at[g + 1]; q++) {
				size_t k = by[q];
				const struct muni *u = &p->mu[k];
				double tk = (double)t[k];

				if (t[k] == 0)
					continue;
				if (t[k] < hi[k]) {
					double up = bosett_value(p->m, u, tk + 1, v) - bosett_value(p->m, u, tk, v);

					if (up > best_up)
						best_up = up, j = k;
				}
				if (t[k] > lo[k]) {
					double dn = bosett_value(p->m, u, tk, v) - bosett_value(p->m, u, tk - 1, v);

					if (dn < best_dn)
						best_dn = dn, i = k;
				}
			}
			if (i == SIZE_MAX || j == SIZE_MAX || i == j || best_up <= best_dn + BOSETT_EPS_OBJ * (1 + fabs(best_up)))
				break;
			shift(p, member, used, i, -1);
			if (room(p, member, used, j) < 1) {
				shift(p, member, used, i, 1);
				break;
			}
			shift(p, member, used, j, 1);
			t[i]--, t[j]++;
			moves++;
		}
	return moves;
}

/* balance(), then moves within the regional limits and balance() again
 * while those gain. */
static long settle(const struct problem *p, const struct variant *v, const int *member, long *t, const long *lo,
                   const long *hi, int max_passes, struct work *w)
{
	long moves = balance(p, v, member, t, lo, hi, max_passes, w);

	for (int pass = 0; pass < max_passes; pass++) {
		long m = within_regions(p, v, member, t, lo, hi, w->at, w->by, w->used, 100 * (long)(p->n + 1));

		if (m == 0)
			break;
		moves += m + balance(p, v, member, t, lo, hi, max_passes, w);
	}
	return moves;
}

static double total(const struct problem *p, const struct variant *v, const long *t)
{
	double sum = 0;

	for (size_t i = 0; i < p->n; i++)
		sum += bosett_value(p->m, &p->mu[i], (double)t[i], v);
	return sum;
}

/* Close municipality c (give its people to the best receivers) or open o
 * at lo[o] (take its people from the cheapest givers), crudely, in t;
 * balance() then settles the numbers. 0 when the people found a place. */
static int swap(const struct problem *p, const struct variant *v, const int *member, long *t, const long *lo,
                const long *hi, const unsigned char *zero_ok, size_t c, size_t o, struct work *w)
{
	size_t n = p->n, nu = 0, nd = 0;
	long need;

	for (size_t i = 0; i < n; i++) {
		const struct muni *u = &p->mu[i];
		double ti = (double)t[i];

		if (t[i] == 0 || i == c)
			continue;
		if (t[i] < hi[i])
			w->up[nu++] = (struct cand){ bosett_value(p->m, u, ti + 1, v) - bosett_value(p->m, u, ti, v), i };
		if (t[i] > lo[i])
			w->dn[nd++] = (struct cand){ bosett_value(p->m, u, ti, v) - bosett_value(p->m, u, ti - 1, v), i };
	}
	if (c != SIZE_MAX) {
		qsort(w->up, nu, sizeof *w->up, cmp_desc);
		long round = need = t[c];

		shift(p, member, w->used, c, -t[c]);
		t[c] = 0;
		for (size_t a = 0; a < nu && need > 0; a++) {
			size_t j = w->up[a].i;
			long k = hi[j] - t[j], fit = room(p, member, w->used, j);

			k = k < fit ? k : fit;
			k = k < need ? k : need;
			/* a little at a time: the balance spreads it */
			k = k < 1 + need / 4 ? k : 1 + need / 4;
			if (k > 0) {
				shift(p, member, w->used, j, k);
				t[j] += k;
				need -= k;
			}
			if (a + 1 == nu && need > 0 && need < round) {
				round = need;
				a = (size_t)-1; /* round again while people find places */
			}
		}
		return need > 0 ? -1 : 0;
	}
	qsort(w->dn, nd, sizeof *w->dn, cmp_asc);
	need = lo[o];
	/* first make room in o's regional limits, from the cheapest there */
	for (size_t b = 0; b < nd && need > 0 && room(p, member, w->used, o) < lo[o]; b++) {
		size_t i = w->dn[b].i;
		long k = t[i] - lo[i];
		int shared = 0;

		for (int r = 0; r < NUSE; r++)
			shared |= member[o * NUSE + (size_t)r] >= 0 && member[o * NUSE + (size_t)r] == member[i * NUSE + (size_t)r];
		if (!shared)
			continue;
		k = k < need ? k : need;
		shift(p, member, w->used, i, -k);
		t[i] -= k;
		need -= k;
	}
	if (room(p, member, w->used, o) < lo[o] && zero_ok) {
		/* still full: stop asking the member there worth least per person,
		 * o takes its people (a swap within the region) */
		size_t gone = SIZE_MAX;
		double worst = HUGE_VAL;

		for (size_t i = 0; i < n; i++) {
			int shared = 0;

			for (int r = 0; r < NUSE; r++)
				shared |= member[o * NUSE + (size_t)r] >= 0 &&
				          member[o * NUSE + (size_t)r] == member[i * NUSE + (size_t)r];
			if (shared && i != o && t[i] > 0 && zero_ok[i]) {
				double per = (bosett_value(p->m, &p->mu[i], (double)t[i], v) -
				              bosett_value(p->m, &p->mu[i], 0, v)) / (double)t[i];

				if (per < worst)
					worst = per, gone = i;
			}
		}
		if (gone == SIZE_MAX || lo[o] - need + t[gone] > hi[o])
			return -1;
		shift(p, member, w->used, gone, -t[gone]);
		/* o takes what it needs and what c had beyond that */
		need -= t[gone];
		t[gone] = 0;
		if (need < 0) {
			if (room(p, member, w->used, o) < lo[o] - need)
				return -1;
			shift(p, member, w->used, o, lo[o] - need);
			t[o] = lo[o] - need;
			return 0;
		}
	}
	if (room(p, member, w->used, o) < lo[o])
		return -1;
	for (size_t b = 0; b < nd && need > 0; b++) {
		size_t i = w->dn[b].i;
		long k = t[i] - lo[i];

		k = k < need ? k : need;
		shift(p, member, w->used, i, -k);
		t[i] -= k;
		need -= k;
	}
	if (need > 0)
		return -1;
	shift(p, member, w->used, o, lo[o]);
	t[o] = lo[o];
	return 0;
}

long bosett_improve(const struct problem *p, const struct variant *v, const int *member, long *t, const long *lo,
                    const long *hi, const unsigned char *zero_ok, int max_passes)
{
	size_t n = p->n, nr = p->nregions ? p->nregions : 1;
	struct work w;
	long *keep = malloc((n ? n : 1) * sizeof *keep), moves = -1;
	double *kept_used = malloc(nr * sizeof *kept_used), best;
	struct cand *cand = malloc((n ? n : 1) * sizeof *cand);
	/* trials of asking one more or one fewer: each costs a balance */
	size_t trials = n < 2000 ? 400 : (size_t)(1e6 / (double)n) + 10;

	size_t *at = calloc(nr + 1, sizeof *at), *fill = calloc(nr, sizeof *fill);
	size_t *by = malloc((n ? n : 1) * NUSE * sizeof *by);

	w.up = malloc((n ? n : 1) * sizeof *w.up);
	w.dn = malloc((n ? n : 1) * sizeof *w.dn);
	w.used = calloc(nr, sizeof *w.used);
	w.moved = malloc(n ? n : 1);
	if (!w.up || !w.dn || !w.used || !w.moved || !keep || !kept_used || !cand || !at || !fill || !by)
		goto out;
	for (size_t i = 0; i < n; i++)
		shift(p, member, w.used, i, t[i]);
	/* the members of each regional limit, for the moves within it */
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < NUSE; k++)
			if (member[i * NUSE + (size_t)k] >= 0)
				at[member[i * NUSE + (size_t)k] + 1]++;
	for (size_t g = 0; g < p->nregions; g++)
		at[g + 1] += at[g];
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < NUSE; k++)
			if (member[i * NUSE + (size_t)k] >= 0)
				by[fill[member[i * NUSE + (size_t)k]]++ + at[member[i * NUSE + (size_t)k]]] = i;
	w.at = at, w.by = by;
	moves = settle(p, v, member, t, lo, hi, max_passes, &w);
	best = total(p, v, t);
	for (int round = 0; round < 8 && trials > 0; round++) {
		size_t nc = 0, accepted = 0;

		/* candidates: the asked who are worth least per person, and the
		 * not asked who would be worth most at their least number */
		for (size_t i = 0; i < n; i++) {
			const struct muni *u = &p->mu[i];
			double v0 = bosett_value(p->m, u, 0, v);

			if (t[i] > 0 && zero_ok[i])
				cand[nc++] = (struct cand){ -(bosett_value(p->m, u, (double)t[i], v) - v0) / (double)t[i], i };
			else if (t[i] == 0 && zero_ok[i] && lo[i] > 0 && lo[i] <= hi[i])
				cand[nc++] = (struct cand){ (bosett_value(p->m, u, (double)lo[i], v) - v0) / (double)lo[i], i };
		}
		qsort(cand, nc, sizeof *cand, cmp_desc);
		for (size_t k = 0; k < nc && trials > 0; k++, trials--) {
			size_t i = cand[k].i;
			long m;
			double now;

			memcpy(keep, t, n * sizeof *t);
			memcpy(kept_used, w.used, nr * sizeof *kept_used);
			if (swap(p, v, member, t, lo, hi, zero_ok, t[i] > 0 ? i : SIZE_MAX, i, &w) == 0 &&
			    (m = settle(p, v, member, t, lo, hi, max_passes < 30 ? max_passes : 30, &w)) >= 0 &&
			    (now = total(p, v, t)) > best + BOSETT_EPS_OBJ * (1 + fabs(best))) {
				best = now;
				moves += m + 1;
				accepted++;
				continue;
			}
			memcpy(t, keep, n * sizeof *t);
			memcpy(w.used, kept_used, nr * sizeof *kept_used);
		}
		if (!accepted)
			break;
	}
out:
	free(w.up), free(w.dn), free(w.used), free(w.moved), free(keep), free(kept_used), free(cand);
	free(at), free(fill), free(by);
	return moves;
}
