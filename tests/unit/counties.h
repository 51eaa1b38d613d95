/*
 * counties.h - every county of a table at IMDi's request of a year, for
 * the tests and benchmarks that solve each county (test_reasons,
 * bench-proofs): the counties in the table's order with their names and
 * totals (data/fylke_anmodning.csv through bosett_county_total), the
 * rows of one county read afresh, and made-up answers to a county's
 * survey that make the offers, own caps, capacities and minors' places
 * bind. Header only.
 */
#ifndef BOSETT_COUNTIES_H
#define BOSETT_COUNTIES_H

#include <bosett/bosett.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

struct county {
	char fylkenr[3];
	char name[64];
	long total;        /* IMDi's request to the county */
};

/* The rows of county fylkenr (NULL: all) read from path; NULL when the
 * table does not read. */
static inline struct bosett_table *county_rows(const char *path, const char *fylkenr)
{
	struct bosett_table *t = bosett_table_new();

	if (!t || bosett_table_read_file(t, path) != BOSETT_OK ||
	    (fylkenr && bosett_table_keep_county(t, fylkenr) != BOSETT_OK)) {
		bosett_table_free(t);
		return NULL;
	}
	return t;
}

/* The counties of the table at path that IMDi asked in year, in the
 * table's order, at most max; how many. */
static inline size_t county_list(const char *path, int year, struct county *c, size_t max)
{
	struct bosett_table *t = county_rows(path, NULL);
	size_t n = 0, fcol, ncol;

	if (!t)
		return 0;
	fcol = bosett_table_col(t, "fylkenr");
	ncol = bosett_table_col(t, "fylke");
	for (size_t i = 0; i < bosett_table_nrows(t) && n < max; i++) {
		const char *code = bosett_table_text(t, i, fcol);
		char msg[256];
		int found;
		size_t k;

		for (k = 0; k < n && strcmp(c[k].fylkenr, code); k++)
			;
		if (k < n || bosett_county_total(NULL, code, year, &c[n].total, &found, msg, sizeof msg) != BOSETT_OK)
			continue;
		snprintf(c[n].fylkenr, sizeof c[n].fylkenr, "%s", code);
		snprintf(c[n].name, sizeof c[n].name, "%s", bosett_table_text(t, i, ncol));
		n++;
	}
	bosett_table_free(t);
	return n;
}

static inline int county_set(struct bosett_table *t, size_t i, const char *col, double v)
{
	size_t c;

	return bosett_table_add_col(t, col, &c) == BOSETT_OK && bosett_table_set_number(t, i, c, v, -1) == BOSETT_OK;
}

/* MADE-UP answers, not real figures: a county's survey as it might come
 * back, drawn from each municipality's row j and last year's request a
 * (offers, own caps and capacities below a, so that they bind); the
 * minors' quota of the county in *em: every place for minors, up to a
 * tenth of the total, so that the places bind. No upper-secondary seats:
 * with them pooled over the region beside the jobs, Akershus did not
 * solve in 10 s (the solver's to answer, not these tests'). */
static inline int county_answers(struct bosett_table *t, long total, long *em)
{
	long places = 0;
	int ok = 1;

	for (size_t j = 0; j < bosett_table_nrows(t); j++) {
		double a = 0;

		if (bosett_table_get(t, j, "requested_prev", &a) != BOSETT_CELL_NUMBER)
			a = 0;
		if (a >= 14) {
			switch (j % 7) {
			case 1: ok &= county_set(t, j, "offered", floor(0.7 * a)); break;
			case 2: ok &= county_set(t, j, "adult_ed_seats", floor(0.7 * floor(0.85 * a))); break;
			case 3: ok &= county_set(t, j, "max_settle", floor(0.75 * a)); break;
			case 4: ok &= county_set(t, j, "jobs", floor(0.4 * floor(0.85 * a))); break;
			case 5: ok &= county_set(t, j, "housing_units", floor(0.4 * floor(0.8 * a))); break;
			default: break;
			}
		}
		/* a score from -0.5 to 0.49 and refugees who moved in, every row */
		ok &= county_set(t, j, "score", (double)((j * 37) % 100) / 100 - 0.5);
		ok &= county_set(t, j, "moved_in_prev", (double)(j % 5 == 0 ? 3 * (j % 4) : 0));
		ok &= county_set(t, j, "em_optin", j % 3 == 0);
		if (j % 3 == 0) {
			ok &= county_set(t, j, "em_places", (double)(2 + j % 4));
			places += 2 + (long)(j % 4);
		}
	}
	*em = places < total / 10 ? places : total / 10;
	return ok;
}

#endif
