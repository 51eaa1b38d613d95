/*
 * import_county_totals.c - IMDi's requests to each county, from its county
 * table (by county name) to the small bundled table of bosett-data(5),
 * "fylkenr,fylke,year,requested", that bosett-solve takes a county's total
 * from. Names are matched to the county list among the inputs; a name that
 * is not there is an error, never a guess.
 */
#include "import/import_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int imp_county_total_add(struct bosett_import *imp, const char *county, int year, long requested, int file,
                         long line)
{
	struct imp_ctotal *c;

	/* the range of bosett-solve's -q; two totals for one county and year
	 * are an error, naming both lines */
	if (requested < 0 || requested > BOSETT_TOTAL_MAX) {
		bosett_err(imp->err, "%s:%ld: column 'Anmodet': out of range (0 to %ld, as -q): %ld", imp->inputs[file].name,
		           line, BOSETT_TOTAL_MAX, requested);
		return -1;
	}
	for (size_t i = 0; i < imp->nctotals; i++)
		if (imp->ctotals[i].year == year && !strcmp(imp->ctotals[i].county, county)) {
			char q[200], other[BOSETT_ERRMAX / 2];
			int f = imp->ctotals[i].file;

			if (f == file)
				snprintf(other, sizeof other, "line %ld", imp->ctotals[i].line);
			else
				snprintf(other, sizeof other, "%s:%ld", imp->inputs[f].name, imp->ctotals[i].line);
			bosett_err(imp->err, "%s:%ld: and %s: two totals for county \"%s\" in %d", imp->inputs[file].name,
			           line, other, bosett_quote(county, strlen(county), q, sizeof q), year);
			return -1;
		}
	c = realloc(imp->ctotals, (imp->nctotals + 1) * sizeof *c);
	if (!c) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	imp->ctotals = c;
	c += imp->nctotals;
	c->county = bosett_strdup(county);
	if (!c->county) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	c->year = year;
	c->requested = requested;
	c->file = file;
	c->line = line;
	imp->nctotals++;
	return 0;
}

struct out {
	const char *code, *name;
	int year;
	long requested;
};

static int cmp_out(const void *a, const void *b)
{
	const struct out *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	return c ? c : (x->year > y->year) - (x->year < y->year);
}

enum bosett_status bosett_import_write_county_totals(struct bosett_import *imp, FILE *fp)
{
	struct out *o;
	size_t n = 0;

	if (!imp->nctotals) {
		bosett_err(imp->err, "no county totals among the inputs (IMDi's county table, kind imdi-county)");
		return BOSETT_EDATA;
	}
	if (!imp->ncounties) {
		bosett_err(imp->err, "county totals need the county list (counties-2025.json) to number the counties");
		return BOSETT_EDATA;
	}
	o = calloc(imp->nctotals, sizeof *o);
	if (!o) {
		bosett_err(imp->err, "out of memory");
		return BOSETT_EDATA;
	}
	for (size_t i = 0; i < imp->nctotals; i++) {
		const struct imp_ctotal *c = &imp->ctotals[i];
		size_t k;

		for (k = 0; k < imp->ncounties; k++)
			if (!strcasecmp(imp->counties[k].name, c->county))
				break;
		if (k == imp->ncounties) {
			bosett_err(imp->err, "%s:%ld: column 'Fylke': not a county of the county list: \"%s\"",
			           imp->inputs[c->file].name, c->line, c->county);
			free(o);
			return BOSETT_EDATA;
		}
		for (size_t j = 0; j < n; j++)
			if (!strcmp(o[j].code, imp->counties[k].code) && o[j].year == c->year) {
				bosett_err(imp->err, "%s:%ld: county %s given twice for %d", imp->inputs[c->file].name, c->line,
				           c->county, c->year);
				free(o);
				return BOSETT_EDATA;
			}
		o[n].code = imp->counties[k].code;
		o[n].name = imp->counties[k].name;
		o[n].year = c->year;
		o[n].requested = c->requested;
		n++;
	}
	qsort(o, n, sizeof *o, cmp_out);
	fprintf(fp, "fylkenr,fylke,year,requested\n");
	for (size_t i = 0; i < n; i++)
		fprintf(fp, "%s,%s,%d,%ld\n", o[i].code, o[i].name, o[i].year, o[i].requested);
	free(o);
	return BOSETT_OK;
}
