/*
 * import_nav_csv.c - NAV tables of registered unemployment with a region
 * column and shares as fractions: the unemployment rate per municipality,
 * the latest month kept.
 */
#include "import/import_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* 1 if s contains w, without regard to ASCII case. */
static int has_word(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (!strncasecmp(s, w, n))
			return 1;
	return 0;
}

static int read_nav(struct bosett_import *imp, int file, const struct imp_grid *rs)
{
	const struct imp_row *h = &rs->r[0];
	int clevel = imp_find_col(h, "Nivå"), cgeo = imp_find_col(h, "Geografisk enhet");
	int cstatus = imp_find_col(h, "Arbeidsmarkedsstatus"), csex = imp_find_col(h, "Kjønn");
	int cshare = imp_find_col(h, "Andel av arbeidsstyrken"), cdate = imp_find_col(h, "Dato");
	char latest[32] = "", key[64];
	size_t other = 0, n = 0;
	static const char nocode[5] = "";

	if (clevel < 0 || cgeo < 0 || cstatus < 0 || cshare < 0 || cdate < 0) {
		bosett_err(imp->err, "%s:%ld: a NAV table needs Nivå, Geografisk enhet, Arbeidsmarkedsstatus, Andel av arbeidsstyrken and Dato",
		           imp_input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	/* the latest month of registered fully unemployed, both sexes, per municipality */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 1; i < rs->n; i++) {
			const struct imp_row *r = &rs->r[i];
			const char *date = imp_cell(r, (size_t)cdate), *vs = imp_cell(r, (size_t)cshare);
			int kind;
			double v;

			if (!has_word(imp_cell(r, (size_t)clevel), "kommune")) {
				other += pass == 0;
				continue;
			}
			if (strcmp(imp_cell(r, (size_t)cstatus), "Helt ledige") != 0 ||
			    (csex >= 0 && !imp_is_total_label(imp_cell(r, (size_t)csex)) &&
			     strcasecmp(imp_cell(r, (size_t)csex), "Begge kjønn") != 0))
				continue;
			if (pass == 0) {
				if (strcmp(date, latest) > 0)
					snprintf(latest, sizeof latest, "%s", date);
				continue;
			}
			if (strcmp(date, latest) != 0)
				continue;
			if (imp_parse_value(vs, 0, &kind, &v) != 0 || (kind == BOSETT_CELL_NUMBER && (v < 0 || v > 1))) {
				char q[128];

				bosett_err(imp->err, "%s:%ld: column '%s': not a share between 0 and 1: \"%s\"",
				           imp_input_name(imp, file), r->line, h->f[cshare], bosett_quote(vs, strlen(vs), q, sizeof q));
				return BOSETT_EDATA;
			}
			/* NAV's shares carry float noise (0.0139999999999999): 6 decimals */
			v = round(v * 1e6) / 1e6;
			if (imp_fact_add_named(imp, nocode, imp_cell(r, (size_t)cgeo), 0, "unemployment_rate", kind, v, NULL, 0,
			                       file, r->line) != 0)
				return BOSETT_EDATA;
			n++;
		}
	if (other)
		imp_warn(imp, "%s: %zu lines for counties or the country not used (no municipality figures)",
		         imp_input_name(imp, file), other);
	if (n) {
		snprintf(key, sizeof key, "%.7s", latest);
		imp_meta(imp, "import.period.unemployment_rate", key);
	}
	return 0;
}

static int detect_nav_csv(const struct imp_grid *g)
{
	return imp_find_col(&g->r[0], "Arbeidsmarkedsstatus") >= 0 &&
	       imp_find_col(&g->r[0], "Geografisk enhet") >= 0;
}

const struct imp_reader imp_reader_nav_csv = {
	"nav-csv",
	"NAV table with a region column and shares as fractions",
	detect_nav_csv, read_nav, .order = 23,
};
