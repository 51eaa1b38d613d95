/*
 * import_imdi_keyfigures.c - IMDi's key-figure tables ("Nøkkeltall
 * bosetting YYYY", as copied from imdi.no): per municipality, by name and
 * county, what was requested, decided and settled in the year; and the
 * same per county. The year is not in the table, only in the file name
 * (imdi_nokkeltall_bosetting_2025.csv), so it is taken from there.
 *
 * Cells: a whole number; ":" suppressed (1-4 people, a real figure kept as
 * ":"); "-" no decision registered and "avventer vedtak" awaiting decision,
 * both no value ("."), never zero.
 */
#include "import/import_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int col_of(const struct imp_row *h, const char *name)
{
	for (size_t i = 0; i < h->n; i++)
		if (!strcasecmp(h->f[i], name))
			return (int)i;
	return -1;
}

static int detect_keyfigures(const struct imp_grid *g)
{
	return g->n > 0 && col_of(&g->r[0], "Fylke") == 0 && col_of(&g->r[0], "Kommune") == 1 &&
	       col_of(&g->r[0], "Anmodet") >= 0;
}

static int detect_county(const struct imp_grid *g)
{
	return g->n > 0 && col_of(&g->r[0], "Fylke") == 0 && col_of(&g->r[0], "Kommune") < 0 &&
	       col_of(&g->r[0], "Anmodet") >= 0;
}

/* One cell: 0 with its kind and value, or -1 (message set). *waiting is
 * set for "avventer vedtak". */
static int keyfigure(struct bosett_import *imp, int file, const struct imp_row *r, const char *colname,
                     const char *s, int *kind, double *v, int *waiting)
{
	char q[128];

	*v = 0;
	*waiting = 0;
	if (!strcmp(s, "-")) {
		*kind = BOSETT_CELL_ABSENT;
		return 0;
	}
	if (!strcasecmp(s, "avventer vedtak")) {
		*kind = BOSETT_CELL_ABSENT;
		*waiting = 1;
		return 0;
	}
	if (!strcmp(s, ":")) {
		*kind = BOSETT_CELL_SUPPRESSED;
		return 0;
	}
	*kind = BOSETT_CELL_NUMBER;
	if (!*s || bosett_parse_decimal(s, 1, v) != 0 || *v < 0 || *v != floor(*v) || *v > 1e9) {
		bosett_err(imp->err, "%s:%ld: column '%s': not a whole number of persons, \":\", \"-\" or \"avventer vedtak\": \"%s\"",
		           imp->inputs[file].name, r->line, colname, bosett_quote(s, strlen(s), q, sizeof q));
		return -1;
	}
	return 0;
}

static int read_keyfigures(struct bosett_import *imp, int file, const struct imp_grid *g)
{
	static const struct {
		const char *head, *col;
	} series[] = {
		{ "Anmodet", IMP_REQUESTED }, { "Vedtatt", IMP_DECIDED }, { "Bosatt", IMP_SETTLED },
	};
	const struct imp_row *h = &g->r[0];
	const char *name = imp->inputs[file].name;
	int year = imp_year_of_name(name), cols[3];
	size_t waiting = 0, nodecision = 0;
	char example[128] = "";

	if (!year) {
		bosett_err(imp->err, "%s: IMDi's key figures carry no year: name the file after it (imdi_nokkeltall_bosetting_YYYY.csv)",
		           name);
		return -1;
	}
	for (size_t k = 0; k < 3; k++) {
		cols[k] = col_of(h, series[k].head);
		if (cols[k] < 0) {
			bosett_err(imp->err, "%s:%ld: IMDi's key figures need the column '%s'", name, h->line, series[k].head);
			return -1;
		}
	}
	for (size_t i = 1; i < g->n; i++) {
		const struct imp_row *r = &g->r[i];
		const char *fylke = imp_cell(r, 0), *kommune = imp_cell(r, 1);

		if (r->n != h->n) {
			bosett_err(imp->err, "%s:%ld: %zu fields where the header has %zu", name, r->line, r->n, h->n);
			return -1;
		}
		if (!*kommune) {
			bosett_err(imp->err, "%s:%ld: column 'Kommune': no name", name, r->line);
			return -1;
		}
		for (size_t k = 0; k < 3; k++) {
			int kind, wait;
			double v;

			if (keyfigure(imp, file, r, h->f[cols[k]], imp_cell(r, (size_t)cols[k]), &kind, &v, &wait) != 0)
				return -1;
			if (wait && !waiting++)
				snprintf(example, sizeof example, "%s", kommune);
			if (kind == BOSETT_CELL_ABSENT && !wait)
				nodecision++;
			if (imp_fact_add_named(imp, "", kommune, year, series[k].col, kind, v, NULL, 1, file, r->line) != 0)
				return -1;
			imp->facts[imp->nfacts - 1].county = bosett_strdup(fylke);
			if (!imp->facts[imp->nfacts - 1].county) {
				bosett_err(imp->err, "out of memory");
				return -1;
			}
		}
	}
	if (waiting)
		imp_warn(imp, "%s: %zu municipalit%s awaiting the council's decision ('avventer vedtak', such as %s): no value (\".\")",
		         name, waiting, waiting == 1 ? "y" : "ies", example);
	if (nodecision)
		imp_warn(imp, "%s: %zu cells with no decision registered ('-'): no value (\".\")", name, nodecision);
	return 0;
}

/* County totals: not facts of municipalities. They are checked here and
 * kept for bosett_import_write_county_totals. */
static int read_county(struct bosett_import *imp, int file, const struct imp_grid *g)
{
	const struct imp_row *h = &g->r[0];
	const char *name = imp->inputs[file].name;
	int year = imp_year_of_name(name), c = col_of(h, "Anmodet");
	char key[160], num[32];

	if (!year) {
		bosett_err(imp->err, "%s: IMDi's county figures carry no year: name the file after it (..._YYYY_fylke.csv)",
		           name);
		return -1;
	}
	for (size_t i = 1; i < g->n; i++) {
		const struct imp_row *r = &g->r[i];
		int kind, wait;
		double v;

		if (r->n != h->n) {
			bosett_err(imp->err, "%s:%ld: %zu fields where the header has %zu", name, r->line, r->n, h->n);
			return -1;
		}
		if (keyfigure(imp, file, r, h->f[c], imp_cell(r, (size_t)c), &kind, &v, &wait) != 0)
			return -1;
		if (kind != BOSETT_CELL_NUMBER) {
			bosett_err(imp->err, "%s:%ld: column 'Anmodet': a county's request must be a number: \"%s\"", name,
			           r->line, imp_cell(r, (size_t)c));
			return -1;
		}
		if (!(v >= 0 && v <= BOSETT_TOTAL_MAX) || v != (double)(long)v) {
			bosett_err(imp->err, "%s:%ld: column 'Anmodet': not a whole number from 0 to %ld (as -q): \"%s\"", name,
			           r->line, BOSETT_TOTAL_MAX, imp_cell(r, (size_t)c));
			return -1;
		}
		if (imp_county_total_add(imp, imp_cell(r, 0), year, (long)v, file, r->line) != 0)
			return -1;
	}
	snprintf(num, sizeof num, "%d", year);
	snprintf(key, sizeof key, "import.year.county_requested");
	imp_meta(imp, key, num);
	return 0;
}

const struct imp_reader imp_reader_imdi_keyfigures = {
	"imdi-keyfigures",
	"IMDi's key figures per municipality (Fylke;Kommune;Anmodet;Vedtatt;Bosatt; names, year in the file name)",
	detect_keyfigures, read_keyfigures, .order = 10,
};

const struct imp_reader imp_reader_imdi_county = {
	"imdi-county",
	"IMDi's key figures per county (Fylke;Anmodet;...; year in the file name): for --county-totals",
	detect_county, read_county, .order = 11,
};
