/*
 * county_totals.c - a county's total from IMDi's requests to the counties
 * (fylke_anmodning.csv, bosett-data(5)), so that a county solves at its
 * real total without typing it. The year must be one the table gives:
 * another year's total is never taken in its place.
 */
#include <bosett/bosett.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/csv_reader.h"
#include "base/internal.h"

/* One row of the file: a county, a year and the line, to find a repeat. */
struct seen {
	char county[4];
	int year;
	long line;
};

struct find {
	const char *county;
	int year, best_year, header, years_seen;
	long total;
	int cy, cr, cf;
	char err[BOSETT_ERRMAX];
	const char *name;
	struct seen *rows;
	size_t nrows;
};

static int bad(struct find *x, long line, const char *col, const char *what, const char *text)
{
	char q[200];

	bosett_err(x->err, "%s:%ld: column '%s': %s: \"%s\"", x->name, line, col, what,
	           bosett_quote(text, strlen(text), q, sizeof q));
	return -1;
}

static int header(struct find *x, long line, size_t n, char **f)
{
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

static int on_record(void *ctx, long line, size_t n, char **f, const size_t *lens)
{
	struct find *x = ctx;
	const char *c;
	long y, v;
	struct seen *s;

	(void)lens;
	if (!x->header)
		return header(x, line, n, f);
	if ((size_t)x->cf >= n || (size_t)x->cy >= n || (size_t)x->cr >= n) {
		bosett_err(x->err, "%s:%ld: too few fields", x->name, line);
		return -1;
	}
	c = f[x->cf];
	if (!(c[0] >= '0' && c[0] <= '9' && c[1] >= '0' && c[1] <= '9' && !c[2]))
		return bad(x, line, "fylkenr", "not a county number (two digits)", c);
	if (bosett_parse_long(f[x->cy], &y) != 0 || y < 1900 || y > 2200)
		return bad(x, line, "year", "not a year (1900 to 2200)", f[x->cy]);
	/* the range of bosett-solve's -q: a file cannot ask what the option may not */
	if (bosett_parse_long(f[x->cr], &v) != 0)
		return bad(x, line, "requested", "not a whole number", f[x->cr]);
	if (v < 0 || v > BOSETT_TOTAL_MAX)
		return bad(x, line, "requested", "out of range (0 to 100000000, as -q)", f[x->cr]);
	if (x->nrows >= BOSETT_FILE_ROWS_MAX) {
		bosett_err(x->err, "%s:%ld: more than %d rows", x->name, line, BOSETT_FILE_ROWS_MAX);
		return -1;
	}
	if (!(x->nrows & (x->nrows + 1))) { /* at 0, 1, 3, 7, ...: double */
		s = realloc(x->rows, 2 * (x->nrows + 1) * sizeof *s);
		if (!s) {
			bosett_err(x->err, "%s: out of memory", x->name);
			return -1;
		}
		x->rows = s;
	}
	s = &x->rows[x->nrows++];
	memcpy(s->county, c, 3);
	s->year = (int)y;
	s->line = line;
	if (strcmp(c, x->county) != 0)
		return 0;
	if (x->year ? y == x->year : y > x->best_year) {
		x->best_year = (int)y;
		x->total = v;
	}
	x->years_seen = (int)y;
	return 0;
}

static int cmp_seen(const void *a, const void *b)
{
	const struct seen *x = a, *y = b;
	int c = strcmp(x->county, y->county);

	if (c)
		return c;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

/* Two rows for one county and year: which one holds is not for the reader
 * to guess. */
static int repeated(struct find *x)
{
	qsort(x->rows, x->nrows, sizeof *x->rows, cmp_seen);
	for (size_t i = 1; i < x->nrows; i++)
		if (!strcmp(x->rows[i - 1].county, x->rows[i].county) && x->rows[i - 1].year == x->rows[i].year) {
			bosett_err(x->err, "%s:%ld: and line %ld: two totals for county %s in %d", x->name,
			           x->rows[i].line, x->rows[i - 1].line, x->rows[i].county, x->rows[i].year);
			return -1;
		}
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
	err[0] = '\0';
	rc = bosett_csv_parse(name, b.data ? b.data : "", b.len, ',', on_record, &x, err, &info);
	bosett_buf_free(&b);
	if (rc == 0)
		rc = repeated(&x);
	free(x.rows);
	if (rc != 0) {
		/* the callback's message, or the parser's */
		snprintf(msg, size, "%s", x.err[0] ? x.err : err[0] ? err : "out of memory");
		return BOSETT_EDATA;
	}
	if (!x.best_year) {
		if (year)
			snprintf(msg, size, "%s: no IMDi request to county %s for %d", name, fylkenr, year);
		else
			snprintf(msg, size, "%s: no IMDi request to county %s", name, fylkenr);
		return BOSETT_EDATA;
	}
	*total = x.total;
	*year_found = x.best_year;
	snprintf(msg, size, "%s", path);
	return BOSETT_OK;
}
