/*
 * counties.h - every county of a table at IMDi's request of a year, for
 * the tests and benchmarks that solve each county (test_reasons,
 * bench-proofs): the counties in the table's order with their names and
 * totals (data/fylke_anmodning.csv through bosett_county_total), and the
 * rows of one county read afresh. Header only; needs <bosett/bosett.h>.
 */
#ifndef BOSETT_COUNTIES_H
#define BOSETT_COUNTIES_H

#include <bosett/bosett.h>

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

#endif
