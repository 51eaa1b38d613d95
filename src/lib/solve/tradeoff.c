/*
 * tradeoff.c - what the corridor buys (bosett(7), CRITERIA; bosett-solve
 * --tradeoff): the model solved at each corridor, and at its own corridor
 * with the criteria shuffled between the municipalities of each county (the
 * placebo), beside `practice`; for each, the people moved from practice's
 * allocation and the allocation-weighted mean of every criterion with data.
 * Solved county by county, each at its own total, so that a national table
 * is fifteen county solves, as the counties make them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bosett/bosett.h>

#include "base/internal.h"
#include "solve/solve_internal.h"

struct tr_row {
	char method[32];
	double corridor;
	long seed, munis, total, moved, moved_real;
	double sum_x[BOSETT_IND_MAX], sum_xv[BOSETT_IND_MAX];
};

/* Solve the rows of sub with model m; x[] the numbers. 0, 1 refused, -1 error. */
static int solve_into(const struct bosett_model *m, struct bosett_table *sub, long total, long *x, char *err,
                      size_t errlen)
{
	struct bosett_solver *s = bosett_solver_new(m);
	int rc;

	if (!s) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	bosett_solver_set_quota(s, total);
	bosett_solver_set_rule_prices(s, 0);
	bosett_solver_set_prove_reasons(s, 0); /* the numbers only: no reasons are written */
	rc = bosett_solver_run(s, sub);
	if (rc == BOSETT_EINFEASIBLE) {
		snprintf(err, errlen, "%s", bosett_solver_error(s));
		bosett_solver_free(s);
		return 1;
	}
	if (rc != BOSETT_OK) {
		snprintf(err, errlen, "%s", bosett_solver_error(s));
		bosett_solver_free(s);
		return -1;
	}
	for (size_t i = 0; i < bosett_table_nrows(sub); i++) {
		double v = 0;

		bosett_table_get(sub, i, "recommended", &v);
		x[i] = lround(v);
	}
	bosett_solver_free(s);
	return 0;
}

static void tally(struct tr_row *r, const struct bosett_table *sub, const long *x, const long *xp, const long *xr)
{
	size_t n = bosett_table_nrows(sub);

	r->munis += (long)n;
	for (size_t i = 0; i < n; i++) {
		r->total += x[i];
		r->moved += x[i] > xp[i] ? x[i] - xp[i] : 0;
		if (xr)
			r->moved_real += x[i] > xr[i] ? x[i] - xr[i] : 0;
		for (int k = 0; bosett_indicator_key(k); k++) {
			double v = bosett_indicator_value(sub, i, k);

			if (!isnan(v) && x[i] > 0)
				r->sum_x[k] += (double)x[i], r->sum_xv[k] += (double)x[i] * v;
		}
	}
}

static int write_rows(const struct tr_row *row, size_t nrow, struct bosett_table *out, char *err, size_t errlen)
{
	static const char *fixed[] = { "method", "corridor", "placebo_seed", "municipalities", "total",
	                               "moved_from_practice", "moved_from_real" };
	int has[BOSETT_IND_MAX] = { 0 }, col[BOSETT_IND_MAX], bad = 0;

	for (size_t c = 0; c < sizeof fixed / sizeof fixed[0]; c++)
		bad |= bosett_table_iadd_col(out, fixed[c]) < 0;
	for (int k = 0; bosett_indicator_key(k); k++) {
		for (size_t r = 0; r < nrow; r++)
			has[k] |= row[r].sum_x[k] > 0;
		col[k] = has[k] ? bosett_table_iadd_col(out, bosett_indicator_key(k)) : -1;
		bad |= has[k] && col[k] < 0;
	}
	for (size_t r = 0; r < nrow && !bad; r++) {
		long i = bosett_table_iadd_row(out);
		char seed[32];

		if (i < 0) {
			bad = 1;
			break;
		}
		snprintf(seed, sizeof seed, "%ld", row[r].seed);
		bad |= bosett_table_set_text(out, (size_t)i, 0, row[r].method) != 0;
		if (strcmp(row[r].method, "practice") != 0)
			bad |= bosett_table_set_number(out, (size_t)i, 1, row[r].corridor, 0) != 0;
		if (row[r].seed)
			bad |= bosett_table_set_text(out, (size_t)i, 2, seed) != 0;
		bad |= bosett_table_set_number(out, (size_t)i, 3, (double)row[r].munis, 0) != 0;
		bad |= bosett_table_set_number(out, (size_t)i, 4, (double)row[r].total, 0) != 0;
		bad |= bosett_table_set_number(out, (size_t)i, 5, (double)row[r].moved, 0) != 0;
		if (row[r].seed)
			bad |= bosett_table_set_number(out, (size_t)i, 6, (double)row[r].moved_real, 0) != 0;
		for (int k = 0; bosett_indicator_key(k); k++)
			if (has[k] && row[r].sum_x[k] > 0)
				bad |= bosett_table_set_number(out, (size_t)i, (size_t)col[k], row[r].sum_xv[k] / row[r].sum_x[k],
				                               4) != 0;
	}
	if (bad)
		snprintf(err, errlen, "%s", bosett_table_error(out));
	return bad ? -1 : 0;
}

/* The rows of county c of t (every row when c is NULL) as a table of their
 * own, cell by cell with each cell's kind, so that t is only read. */
static struct bosett_table *county_rows(const struct bosett_table *t, const char *c, char *err, size_t errlen)
{
	struct bosett_table *sub = bosett_table_new();
	size_t nc = bosett_table_ncols(t);
	int fcol = bosett_table_icol(t, "fylkenr"), bad = !sub;

	for (size_t j = 0; j < nc && !bad; j++)
		bad = bosett_table_iadd_col(sub, bosett_table_colname(t, j)) != (int)j;
	for (size_t i = 0; i < bosett_table_nrows(t) && !bad; i++) {
		long row;

		if (c && (fcol < 0 || strcmp(bosett_table_text(t, i, (size_t)fcol), c) != 0))
			continue;
		if ((row = bosett_table_iadd_row(sub)) < 0)
			bad = 1;
		for (size_t j = 0; j < nc && !bad; j++) {
			double v = 0;
			enum bosett_cell k = bosett_table_cell(t, i, j, &v);

			if (k == BOSETT_CELL_NUMBER)
				bad = bosett_table_set_number(sub, (size_t)row, j, v, -1) != BOSETT_OK;
			else if (k == BOSETT_CELL_TEXT)
				bad = bosett_table_set_text(sub, (size_t)row, j, bosett_table_text(t, i, j)) != BOSETT_OK;
			else if (k != BOSETT_CELL_EMPTY)
				bad = bosett_table_set_kind(sub, (size_t)row, j, k) != BOSETT_OK;
		}
	}
	if (bad) {
		snprintf(err, errlen, "%s", sub ? bosett_table_error(sub) : "out of memory");
		bosett_table_free(sub);
		return NULL;
	}
	bosett_table_sort(sub);
	return sub;
}

/* One county (or the whole table when county is NULL) into the rows:
 * row 0 practice, then one per corridor, then one per placebo seed. */
static int tradeoff_county(const struct bosett_model *m, const struct bosett_model *practice,
                           const struct bosett_table *t, const char *county, long total, const double *corridor,
                           size_t nc, size_t nplacebo, struct tr_row *row, char *err, size_t errlen)
{
	struct bosett_table *sub = county_rows(t, county, err, errlen);
	size_t cells;
	long *xp = NULL, *xr = NULL, *x = NULL;
	int rc = -1;

	if (!sub)
		goto out;
	cells = bosett_table_nrows(sub) ? bosett_table_nrows(sub) : 1;
	xp = malloc(cells * sizeof *xp), xr = malloc(cells * sizeof *xr), x = malloc(cells * sizeof *x);
	if (!xp || !xr || !x)
		goto oom;
	if ((rc = solve_into(practice, sub, total, xp, err, errlen)) != 0)
		goto out;
	tally(&row[0], sub, xp, xp, NULL);
	for (size_t c = 0; c < nc; c++) {
		struct bosett_model mc = *m;

		mc.corridor = corridor[c];
		mc.placebo_seed = 0;
		if ((rc = solve_into(&mc, sub, total, x, err, errlen)) != 0)
			goto out;
		tally(&row[1 + c], sub, x, xp, NULL);
	}
	if ((rc = solve_into(m, sub, total, xr, err, errlen)) != 0)
		goto out;
	for (size_t k = 0; k < nplacebo; k++) {
		struct bosett_model mc = *m;

		mc.placebo_seed = (double)(k + 1);
		if ((rc = solve_into(&mc, sub, total, x, err, errlen)) != 0)
			goto out;
		tally(&row[1 + nc + k], sub, x, xp, xr);
	}
	rc = 0;
	goto out;
oom:
	snprintf(err, errlen, "out of memory");
out:
	free(xp), free(xr), free(x);
	bosett_table_free(sub);
	return rc;
}

enum bosett_status bosett_tradeoff(const struct bosett_model *m, const struct bosett_table *t,
                                   const char *const *county,
                                   const long *total, size_t ncounty, const double *corridor, size_t ncorridor,
                                   size_t nplacebo, struct bosett_table *out, char *err, size_t errlen)
{
	struct bosett_model *practice = bosett_model_new();
	size_t nrow = 1 + ncorridor + nplacebo;
	struct tr_row *row = calloc(nrow, sizeof *row);
	int rc = BOSETT_EDATA;

	err[0] = '\0';
	if (!practice || !row) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	if (bosett_model_load(practice, "practice") != BOSETT_OK) {
		snprintf(err, errlen, "%s", bosett_model_error(practice));
		goto out;
	}
	snprintf(row[0].method, sizeof row[0].method, "practice");
	for (size_t c = 0; c < ncorridor; c++) {
		snprintf(row[1 + c].method, sizeof row[0].method, "%s", bosett_model_name(m));
		row[1 + c].corridor = corridor[c];
	}
	for (size_t k = 0; k < nplacebo; k++) {
		snprintf(row[1 + ncorridor + k].method, sizeof row[0].method, "placebo");
		row[1 + ncorridor + k].corridor = m->corridor;
		row[1 + ncorridor + k].seed = (long)k + 1;
	}
	for (size_t c = 0; c < ncounty; c++) {
		int r = tradeoff_county(m, practice, t, county[c], total[c], corridor, ncorridor, nplacebo, row, err,
		                        errlen);

		if (r != 0) {
			rc = r > 0 ? BOSETT_EINFEASIBLE : BOSETT_EDATA;
			goto out;
		}
	}
	rc = write_rows(row, nrow, out, err, errlen) == 0 ? BOSETT_OK : BOSETT_EDATA;
out:
	free(row);
	bosett_model_free(practice);
	return rc;
}
