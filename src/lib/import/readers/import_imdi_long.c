/*
 * import_imdi_long.c - IMDi statistics downloads in long format
 * (Enhet;År;...;Kommunenummer;...;Bosetting;Antall): the settlement history,
 * requested, decided and settled persons per municipality and year; the
 * table of secondary moves, of the same kind, is read by
 * import_imdi_moves.c.
 */
#include "import/import_impl.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *imdi_series(const char *s)
{
	if (!strcmp(s, "Anmodning om bosetting"))
		return IMP_REQUESTED;
	if (!strcmp(s, "Vedtak om bosetting"))
		return IMP_DECIDED;
	if (!strcmp(s, "Faktisk bosetting"))
		return IMP_SETTLED;
	return NULL;
}

static int read_imdi_long(struct bosett_import *imp, int file, const struct imp_grid *rs)
{
	const struct imp_row *h = &rs->r[0];
	int cunit = imp_find_col(h, "Enhet"), cyear = imp_find_col(h, "År");
	int ccode = imp_find_col(h, "Kommunenummer"), cseries = imp_find_col(h, "Bosetting");
	size_t cval = h->n - 1;
	size_t skipped = 0;

	if (cyear < 0 || ccode < 0) {
		bosett_err(imp->err, "%s:%ld: an IMDi table needs the columns 'År' and 'Kommunenummer'",
		           imp_input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	if (imp_is_imdi_moves(h))
		return imp_read_imdi_moves(imp, file, rs);
	if (cseries < 0) {
		/* other IMDi series: not yet turned into columns */
		imp_warn(imp, "%s: IMDi series not used by bosett-import (only the settlement history 'Bosetting' is read)",
		         imp_input_name(imp, file));
		return 0;
	}
	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		const char *col;
		char code[5];
		long year;
		int kind, rc;
		double v;

		if (cunit >= 0 && strcmp(imp_cell(r, (size_t)cunit), "Personer") != 0) {
			skipped++;
			continue;
		}
		col = imdi_series(imp_cell(r, (size_t)cseries));
		if (!col) {
			skipped++;
			continue;
		}
		rc = imp_imdi_row(imp, file, h, r, rs->decimal_comma, (size_t)cyear, (size_t)ccode, cval, &year, code, &kind,
		                  &v);
		if (rc != BOSETT_OK)
			return rc;
		if (imp_fact_add(imp, code, (int)year, col, kind, v, NULL, 1, file, r->line) != 0)
			return BOSETT_EDATA;
		/* the settled of each year since 2010 also as a column of its own,
		 * for retention over five years (import_derive.c) */
		if (!strcmp(col, IMP_SETTLED) && year >= 2010) {
			char hcol[64];

			/* a suppressed cell (1-4 people) counts as 0 here and is counted
			 * apart, so that a merged municipality keeps its parts' figures */
			snprintf(hcol, sizeof hcol, "%s.%ld", IMP_SETTLED_Y, year);
			if (imp_fact_add(imp, code, (int)year, hcol, kind == BOSETT_CELL_SUPPRESSED ? BOSETT_CELL_NUMBER : kind,
			                 kind == BOSETT_CELL_SUPPRESSED ? 0 : v, NULL, 1, file, r->line) != 0)
				return BOSETT_EDATA;
			snprintf(hcol, sizeof hcol, "%s.%ld", IMP_SETTLED_SUPP, year);
			if (kind == BOSETT_CELL_SUPPRESSED &&
			    imp_fact_add(imp, code, (int)year, hcol, BOSETT_CELL_NUMBER, 1, NULL, 1, file, r->line) != 0)
				return BOSETT_EDATA;
		}
	}
	if (skipped)
		imp_warn(imp, "%s: %zu lines of shares (Enhet other than 'Personer') or of other series not used",
		         imp_input_name(imp, file), skipped);
	return 0;
}

static int detect_imdi_long(const struct imp_grid *g)
{
	const struct imp_row *h = &g->r[0];

	return imp_find_col(h, "Enhet") == 0 && imp_find_col(h, "År") >= 0 &&
	       imp_find_col(h, "Kommunenummer") >= 0;
}

const struct imp_reader imp_reader_imdi_long = {
	"imdi-long",
	"IMDi statistics download, long format (Enhet;År;...;Kommunenummer;...;Antall)",
	detect_imdi_long, read_imdi_long, .order = 21,
};
