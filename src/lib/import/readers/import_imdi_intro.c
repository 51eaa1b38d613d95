/*
 * import_imdi_intro.c - IMDi/SSB's introduction-programme results per
 * municipality (imdi_intro_status_arbutd_kommune_*.csv): one header line
 * whose names encode the dimensions
 * (avslutta.ettaar_kjonn.alle_avslutning.status.4.arbutd_aar.2014_enhet.personer),
 * one line per municipality of the structure of the status year. Of each
 * status year the persons who completed the programme the year before
 * (both sexes) and those of them in work or education one year after
 * become two hidden counts per year (IMP_INTRO_N.YYYY, IMP_INTRO_K.YYYY):
 * persons, so that merged municipalities are summed, never their per cents
 * averaged. A year whose count is suppressed (":") is left out for that
 * municipality. import_derive.c pools the years and shrinks each
 * municipality toward its county (intro_result).
 */
#include "import/import_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INTRO_PREFIX "avslutta.ettaar_kjonn.alle_avslutning.status.4."

/* The status year of a header of the one-year-after, both-sexes persons
 * of status what ("alle", "arbutd"), or 0. */
static int intro_year(const char *name, const char *what)
{
	size_t lp = strlen(INTRO_PREFIX), lw = strlen(what);
	const char *p;
	char *end;
	long y;

	if (strncmp(name, INTRO_PREFIX, lp) != 0 || strncmp(name + lp, what, lw) != 0)
		return 0;
	p = name + lp + lw;
	if (strncmp(p, "_aar.", 5) != 0)
		return 0;
	y = strtol(p + 5, &end, 10);
	if (strcmp(end, "_enhet.personer") != 0 || y < 1990 || y > 2100)
		return 0;
	return (int)y;
}

static int detect_intro(const struct imp_grid *g)
{
	const struct imp_row *h = &g->r[0];

	if (strcmp(imp_cell(h, 0), "kommune_nr") != 0)
		return 0;
	for (size_t j = 1; j < h->n; j++)
		if (intro_year(h->f[j], "arbutd"))
			return 1;
	return 0;
}

#define INTRO_YEARS_MAX 16

static int read_intro(struct bosett_import *imp, int file, const struct imp_grid *g)
{
	const struct imp_row *h = &g->r[0];
	int years[INTRO_YEARS_MAX];
	size_t cn[INTRO_YEARS_MAX], ck[INTRO_YEARS_MAX], ny = 0, used = 0;

	/* the pairs of columns, one per status year */
	for (size_t j = 1; j < h->n; j++) {
		int y = intro_year(h->f[j], "alle");

		for (size_t k = 1; y && k < h->n; k++)
			if (intro_year(h->f[k], "arbutd") == y && ny < INTRO_YEARS_MAX) {
				years[ny] = y;
				cn[ny] = j;
				ck[ny] = k;
				ny++;
			}
	}
	if (!ny) {
		bosett_err(imp->err, "%s:%ld: no pair of columns of persons completed and in work or education one year after",
		           imp_input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	for (size_t i = 1; i < g->n; i++) {
		const struct imp_row *r = &g->r[i];
		char code[5];
		const char *rest;

		if (imp_parse_code(imp_cell(r, 0), code, &rest) != 0 || *rest) {
			char q[64];

			bosett_err(imp->err, "%s:%ld:1: not a kommunenummer: \"%s\"", imp_input_name(imp, file), r->line,
			           bosett_quote(imp_cell(r, 0), strlen(imp_cell(r, 0)), q, sizeof q));
			return BOSETT_EDATA;
		}
		for (size_t y = 0; y < ny; y++) {
			int kn, kk;
			double n, k;
			char col[64];

			if (imp_parse_value(imp_cell(r, cn[y]), 0, &kn, &n) != 0)
				return imp_value_error(imp, file, r->line, h->f[cn[y]], imp_cell(r, cn[y]));
			if (imp_parse_value(imp_cell(r, ck[y]), 0, &kk, &k) != 0)
				return imp_value_error(imp, file, r->line, h->f[ck[y]], imp_cell(r, ck[y]));
			/* suppressed, or nobody completed: the year says nothing here */
			if (kn != BOSETT_CELL_NUMBER || kk != BOSETT_CELL_NUMBER || !(n > 0))
				continue;
			if (k > n) {
				char q[64];
				const char *ks = imp_cell(r, ck[y]);

				bosett_err(imp->err, "%s:%ld: column '%s': more in work or education than completed (%s): \"%s\"",
				           imp_input_name(imp, file), r->line, h->f[ck[y]], imp_cell(r, cn[y]),
				           bosett_quote(ks, strlen(ks), q, sizeof q));
				return BOSETT_EDATA;
			}
			snprintf(col, sizeof col, "%s.%d", IMP_INTRO_N, years[y]);
			if (imp_fact_add(imp, code, years[y], col, BOSETT_CELL_NUMBER, n, NULL, 1, file, r->line) != 0)
				return BOSETT_EDATA;
			snprintf(col, sizeof col, "%s.%d", IMP_INTRO_K, years[y]);
			if (imp_fact_add(imp, code, years[y], col, BOSETT_CELL_NUMBER, k, NULL, 1, file, r->line) != 0)
				return BOSETT_EDATA;
			used++;
		}
	}
	(void)used;
	return 0;
}

const struct imp_reader imp_reader_imdi_intro = {
	"imdi-intro",
	"IMDi/SSB introduction-programme results per municipality (status one year after, persons), "
	"becoming intro_result and intro_participants",
	detect_intro, read_intro, .order = 13,
};
