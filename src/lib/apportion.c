/*
 * apportion.c - turning shares into whole numbers, for the formula
 * baselines an adviser compares with: largest remainder (Hamilton), which
 * can lose a unit when the total grows (the Alabama paradox), and modified
 * Sainte-Laguë (first divisor 1.4, as in Norwegian elections), which cannot.
 * Ties go to the earlier row (rows are sorted by kommunenummer).
 */
#include <math.h>
#include <stdlib.h>

#include "solve_internal.h"

void bosett_largest_remainder(const double *share, size_t n, long total, long *out)
{
	long given = 0;

	for (size_t i = 0; i < n; i++) {
		out[i] = (long)floor(share[i] * (double)total + 1e-9);
		given += out[i];
	}
	while (given < total) {
		size_t best = 0;
		double br = -1;

		for (size_t i = 0; i < n; i++) {
			double r = share[i] * (double)total - (double)out[i];

			if (share[i] > 0 && r > br + 1e-12) {
				br = r;
				best = i;
			}
		}
		out[best]++;
		given++;
	}
}

void bosett_sainte_lague(const double *share, size_t n, long total, double first_divisor, long *out)
{
	for (size_t i = 0; i < n; i++)
		out[i] = 0;
	for (long k = 0; k < total; k++) {
		size_t best = 0;
		double bq = -1;

		for (size_t i = 0; i < n; i++) {
			double d = out[i] == 0 ? first_divisor : 2.0 * (double)out[i] + 1;
			double q = share[i] / d;

			if (q > bq + 1e-15) {
				bq = q;
				best = i;
			}
		}
		out[best]++;
	}
}
