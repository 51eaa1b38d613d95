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
#include <stdlib.h>
#include <string.h>

#include "solve/improve.h"

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

/* People that fit in every regional limit of i (LONG_MAX-ish when none). */
static long room(const struct problem *p, const int *member, const double *used, size_t i)
{
	long r = 1L << 40;

	for (int k = 0; k < NUSE; k++) {
		int g = member[i * NUSE + (size_t)k];

		if (g >= 0) {
			long fit = (long)floor((p->regions[g].capacity - used[g]) / p->m->use[k] + 1e-9);

			if (fit < r)
				r = fit;
		}
	}
	return r;
}

static void shift(const struct problem *p, const int *member, double *used, size_t i, long k)
{
	for (int r = 0; r < NUSE; r++) {
		int g = member[i * NUSE + (size_t)r];

		if (g >= 0)
			used[g] += p->m->use[r] * (double)k;
	}
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

long bosett_improve(const struct problem *p, const struct variant *v, const int *member, long *t, const long *lo,
                    const long *hi, int max_passes)
{
	size_t n = p->n;
	struct cand *up = malloc((n ? n : 1) * sizeof *up), *dn = malloc((n ? n : 1) * sizeof *dn);
	double *used = calloc(p->nregions ? p->nregions : 1, sizeof *used);
	unsigned char *moved = malloc(n ? n : 1);
	long moves = 0;

	if (!up || !dn || !used || !moved) {
		free(up), free(dn), free(used), free(moved);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		shift(p, member, used, i, t[i]);
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
		while (a < nu && b < nd && up[a].key > dn[b].key + 1e-9 * (1 + fabs(up[a].key))) {
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
	free(up), free(dn), free(used), free(moved);
	return moves;
}
