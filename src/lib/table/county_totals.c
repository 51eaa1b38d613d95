/*
 * county_totals.c - a county's total from IMDi's requests to the counties
 * (fylke_anmodning.csv, bosett-data(5)), so that a county solves at its
 * real total without typing it. IMDi publishes a year's requests to the
 * counties late (the 2027 ones after the counties' recommendations are
 * due), so where the year asked for is not given, the latest year before
 * it is returned as a placeholder, and *year_found says which: the caller
 * must say so. A later year never stands in for an earlier one.
 */
#include <bosett/bosett.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/csv_reader.h"
#include "base/internal.h"

struct find {
	const char *county;
	int year, best_year, header, years_seen;
	long total;
	int cy, cr, cf;
	char err[BOSETT_ERRMAX];
	const char *name;
};

static int on_record(void *ctx, long line, size_t n, char **f, const size_t *lens)
{
	struct find *x = ctx;
	long y, v;

	(void)lens;
	if (!x->header) {
		x->header = 1;
		x->cf = x->cy = x->cr = -1;
		for (size_t i = 0; i < n; i++) {
			if (!strcmp(f[i], "fylkenr"))
				x->cf = (int)i;
			else if (!strcmp(f[i], "year"))
				x->cy = (int)i;
			else if (!strcmp(f[i], "requested"))
				x->cr = (int)i;
		}
		if (x->cf < 0 || x->cy < 0 || x->cr < 0) {
			bosett_err(x->err, "%s:%ld: county totals need the columns fylkenr, year and requested", x->name, line);
			return -1;
		}
		return 0;
	}
	if ((size_t)x->cf >= n || (size_t)x->cy >= n || (size_t)x->cr >= n) {
		bosett_err(x->err, "%s:%ld: too few fields", x->name, line);
		return -1;
	}
	if (bosett_parse_long(f[x->cy], &y) != 0 || y < 1900 || y > 2200) {
		bosett_err(x->err, "%s:%ld: column 'year': not a year: \"%.40s\"", x->name, line, f[x->cy]);
		return -1;
	}
	if (bosett_parse_long(f[x->cr], &v) != 0 || v < 0) {
		bosett_err(x->err, "%s:%ld: column 'requested': not a whole number: \"%.40s\"", x->name, line, f[x->cr]);
		return -1;
	}
	if (strcmp(f[x->cf], x->county) != 0)
		return 0;
	/* the year asked for, else the latest before it (a placeholder) */
	if (!x->year ? y > x->best_year
	             : x->best_year != x->year && (y == x->year || (y < x->year && y > x->best_year))) {
		x->best_year = (int)y;
		x->total = v;
	}
	x->years_seen = (int)y;
	return 0;
}

enum bosett_status bosett_county_total(const char *path, const char *fylkenr, int year, long *total, int *year_found,
                                       char *msg, size_t size)
{
	char where[4096];
	struct bosett_buf b = { 0 };
	struct bosett_csv_info info;
	struct find x;
	const char *name;
	char err[BOSETT_ERRMAX];
	int rc;

	memset(&x, 0, sizeof x);
	if (!path) {
		if (bosett_data_path("fylke_anmodning.csv", where, sizeof where) != 0) {
			snprintf(msg, size, "the bundled county totals (fylke_anmodning.csv) not found");
			return BOSETT_EDATA;
		}
		path = where;
	}
	if (bosett_slurp(path, &b, &name, err) != 0) {
		snprintf(msg, size, "%s", err);
		return BOSETT_EDATA;
	}
	x.county = fylkenr;
	x.year = year;
	x.name = name;
	rc = bosett_csv_parse(name, b.data ? b.data : "", b.len, ',', on_record, &x, err, &info);
	bosett_buf_free(&b);
	if (rc != 0) {
		snprintf(msg, size, "%s", rc < 0 ? err : x.err);
		return BOSETT_EDATA;
	}
	if (!x.best_year) {
		if (year)
			snprintf(msg, size, "%s: no IMDi request to county %s for %d or a year before", name, fylkenr, year);
		else
			snprintf(msg, size, "%s: no IMDi request to county %s", name, fylkenr);
		return BOSETT_EDATA;
	}
	*total = x.total;
	*year_found = x.best_year;
	snprintf(msg, size, "%s", path);
	return BOSETT_OK;
}
