/*
 * fair_share.c - each municipality's fair share of the county's total, by
 * the key the model names: population (the default, as Denmark's Ukraine
 * law, Switzerland and the Netherlands), the Danish kommunekvote of
 * integrationsloven § 4 (population share corrected for the immigrants
 * already living there), or a weighted key of columns.
 */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "solve/solve_internal.h"

static int column_total(const struct bosett_table *t, const char *col, double *v, size_t n, double *sum)
{
	*sum = 0;
	if (bosett_table_icol(t, col) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		double x = 0;

		if (bosett_table_get(t, i, col, &x) != BOSETT_CELL_NUMBER)
			x = 0;
		v[i] = x > 0 ? x : 0;
		*sum += v[i];
	}
	return 0;
}

/* Secondary moves (bosett(7), FAIR SHARE): a municipality where more
 * refugees settled elsewhere moved in last year per inhabitant than in the
 * county as a whole (IMDi's "Flyttet hit", moved_in_prev) has its share
 * multiplied by ((1 + r) / 2)^-w, r its rate over the county's and w the
 * moved_in_weight: r = 3 gives 0.71 at w = 0.5, r = 0 gives 1.41, r = 1
 * leaves it as it is; bounded, so no municipality falls to 0. ":" is 2.5,
 * "." 0. Without the column nothing changes. */
static void secondary_moves(const struct bosett_model *m, const struct bosett_table *t, struct muni *mu, size_t n)
{
	double pop = 0, moved = 0;

	for (size_t i = 0; i < n; i++) {
		double v = 0;
		enum bosett_cell c = bosett_table_get(t, i, "moved_in_prev", &v);

		mu[i].moved_in = c == BOSETT_CELL_NUMBER ? v : c == BOSETT_CELL_SUPPRESSED ? 2.5 : 0;
		moved += mu[i].moved_in;
		pop += mu[i].pop > 0 ? mu[i].pop : 0;
	}
	if (!(moved > 0) || !(pop > 0)) {
		for (size_t i = 0; i < n; i++)
			mu[i].moved_in = -1;
		return;
	}
	for (size_t i = 0; i < n; i++) {
		double r = mu[i].pop > 0 ? (mu[i].moved_in / mu[i].pop) / (moved / pop) : 1;

		mu[i].share *= pow((1 + r) / 2, -m->moved_in_weight);
	}
}

int bosett_fair_shares(const struct bosett_model *m, const struct bosett_table *t,
                       struct muni *mu, size_t n, char *err)
{
	double sum = 0, pop_total = 0, imm_total = 0;

	for (size_t i = 0; i < n; i++) {
		mu[i].share = 0;
		pop_total += mu[i].pop;
	}
	if (pop_total <= 0) {
		bosett_err(err, "%s: the municipalities have no population to share the total by",
		           bosett_table_source(t));
		return -1;
	}
	if (strcmp(m->fair_key, "denmark") == 0) {
		/* share = pop% - (imm% - pop%), negatives to 0, rescaled */
		for (size_t i = 0; i < n; i++) {
			double v = 0;

			if (bosett_table_get(t, i, "immigrants", &v) == BOSETT_CELL_NUMBER)
				imm_total += v;
		}
		if (imm_total <= 0) {
			bosett_err(err, "%s: column 'immigrants': needed by the Danish key (fair_key \"denmark\") but "
			           "missing or all zero", bosett_table_source(t));
			return -1;
		}
		for (size_t i = 0; i < n; i++) {
			double v = 0, s;

			bosett_table_get(t, i, "immigrants", &v);
			s = 2 * mu[i].pop / pop_total - v / imm_total;
			mu[i].share = s > 0 ? s : 0;
		}
	} else if (strcmp(m->fair_key, "weighted") == 0) {
		/* share = sum over key columns of weight * column / column total */
		double *v = malloc(n * sizeof *v);

		if (!v) {
			bosett_err(err, "out of memory");
			return -1;
		}
		for (int k = 0; k < m->nkey; k++) {
			double csum;

			if (column_total(t, m->key_column[k], v, n, &csum) != 0 || csum <= 0) {
				bosett_err(err, "%s: column '%s': named by the model's fair_key but missing or all zero",
				           bosett_table_source(t), m->key_column[k]);
				free(v);
				return -1;
			}
			for (size_t i = 0; i < n; i++)
				mu[i].share += m->key_weight[k] * v[i] / csum;
		}
		free(v);
	} else {
		/* pop^b: b < 1 asks cities for less per inhabitant (bosett(7), FAIR SHARE) */
		for (size_t i = 0; i < n; i++)
			mu[i].share = m->fair_exponent == 1 ? mu[i].pop / pop_total
			                                    : (mu[i].pop > 0 ? pow(mu[i].pop, m->fair_exponent) : 0);
	}
	{
		double key = 0;

		for (size_t i = 0; i < n; i++)
			key += mu[i].share;
		for (size_t i = 0; i < n; i++) {
			mu[i].fair_key = key > 0 ? mu[i].share / key : 0; /* made a number of people in load */
			mu[i].moved_in = -1;
		}
	}
	if (m->moved_in_weight > 0 && strcmp(m->fair_key, "denmark") != 0)
		secondary_moves(m, t, mu, n);
	for (size_t i = 0; i < n; i++)
		sum += mu[i].share;
	if (!(sum > 0)) {
		bosett_err(err, "%s: the fair-share key gives every municipality 0", bosett_table_source(t));
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		mu[i].share /= sum;
	return 0;
}
