/*
 * apportion.c - turning shares into whole numbers, for the formula
 * baselines an adviser compares with: largest remainder (Hamilton), which
 * can lose a unit when the total grows (the Alabama paradox), and modified
 * Sainte-Laguë (first divisor 1.4, as in Norwegian elections), which cannot.
 * Ties go to the earlier row (rows are sorted by kommunenummer).
 */
#include <math.h>
#include <stdlib.h>

#include "base/tolerance.h"
#include "solve/solve_internal.h"

void bosett_largest_remainder(const double *share, size_t n, long total, long *out)
{
	long given = 0;

	for (size_t i = 0; i < n; i++) {
		out[i] = (long)floor(share[i] * (double)total + BOSETT_EPS_FLOOR);
		given += out[i];
	}
	while (given < total) {
		size_t best = 0;
		double br = -1;

		for (size_t i = 0; i < n; i++) {
			double r = share[i] * (double)total - (double)out[i];

			if (share[i] > 0 && r > br + BOSETT_EPS_TIE) {
				br = r;
				best = i;
			}
		}
		out[best]++;
		given++;
	}
}

/* The quotient of row i's next unit when it holds k. */
static double sl_quotient(double share, long k, double first_divisor)
{
	return share / (k == 0 ? first_divisor : 2.0 * (double)k + 1);
}

/* Units row i holds when every quotient above d is given one. */
static long sl_count(double share, double d, double first_divisor, long cap)
{
	double x;
	long k;

	if (!(share / first_divisor > d))
		return 0;
	x = share / d;
	/* 2k+1 < x for k >= 1, one more for the first divisor */
	k = x > 2.0 * (double)cap + 3 ? cap : 1 + (long)((x - 1) / 2);
	/* the formula in floating point can be one off: settle it exactly */
	while (k > 0 && !(sl_quotient(share, k - 1, first_divisor) > d))
		k--;
	while (k < cap && sl_quotient(share, k, first_divisor) > d)
		k++;
	return k;
}

/* Order of the next units: the larger quotient first, the earlier row on a
 * tie (as the unit-by-unit method gave them). */
static int sl_before(const double *share, const long *out, double fd, size_t a, size_t b)
{
	double qa = sl_quotient(share[a], out[a], fd), qb = sl_quotient(share[b], out[b], fd);

	if (qa > qb + BOSETT_EPS_QUOTIENT)
		return 1;
	if (qb > qa + BOSETT_EPS_QUOTIENT)
		return 0;
	return a < b;
}

static void sl_sift(size_t *heap, size_t n, size_t at, const double *share, const long *out, double fd)
{
	for (;;) {
		size_t best = at, l = 2 * at + 1, r = l + 1, tmp;

		if (l < n && sl_before(share, out, fd, heap[l], heap[best]))
			best = l;
		if (r < n && sl_before(share, out, fd, heap[r], heap[best]))
			best = r;
		if (best == at)
			return;
		tmp = heap[at];
		heap[at] = heap[best];
		heap[best] = tmp;
		at = best;
	}
}

/* A divisor method gives the total's units to the largest quotients
 * share/d(k) of all rows together. Rather than one unit at a time (O(total
 * x n)), find by bisection the divisor below which all but a few of the
 * units are given, count each row's units directly, and give the rest from
 * a heap: O(n log n), whatever the total. */
void bosett_sainte_lague(const double *share, size_t n, long total, double first_divisor, long *out)
{
	double lo = 0, hi = 0;
	long given = 0;
	size_t *heap, m = 0;

	for (size_t i = 0; i < n; i++) {
		out[i] = 0;
		if (share[i] / first_divisor > hi)
			hi = share[i] / first_divisor;
	}
	if (n == 0 || total <= 0)
		return;
	if (!(hi > 0)) {
		/* no row has a share: the first takes all, as before */
		out[0] = total;
		return;
	}
	for (int it = 0; it < 200 && lo < hi; it++) {
		double mid = lo + (hi - lo) / 2;
		long sum = 0;

		if (mid <= lo || mid >= hi)
			break;
		for (size_t i = 0; i < n && sum <= total; i++)
			sum += sl_count(share[i], mid, first_divisor, total + 1);
		if (sum <= total)
			hi = mid;
		else
			lo = mid;
	}
	for (size_t i = 0; i < n; i++) {
		out[i] = sl_count(share[i], hi, first_divisor, total);
		given += out[i];
	}
	heap = malloc(n * sizeof *heap);
	if (!heap) {
		/* out of memory: the unit-by-unit way, which needs none */
		for (; given < total; given++) {
			size_t best = 0;

			for (size_t i = 1; i < n; i++)
				if (sl_before(share, out, first_divisor, i, best))
					best = i;
			out[best]++;
		}
		return;
	}
	for (size_t i = 0; i < n; i++)
		heap[m++] = i;
	for (size_t i = m / 2; i-- > 0;)
		sl_sift(heap, m, i, share, out, first_divisor);
	for (; given < total; given++) {
		out[heap[0]]++;
		sl_sift(heap, m, 0, share, out, first_divisor);
	}
	free(heap);
}
