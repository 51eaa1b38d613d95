/*
 * import_imdi_moves.c - IMDi's refugees by secondary moves
 * (imdi_flyktning_botid_flytting: Enhet;År;Sekundærflytting;Botid i Norge;
 * Kommunenummer;Kommune;Antall), a layout of the imdi-long kind: the
 * "Flyttet hit" persons of all years in Norway, by year, become
 * moved_in_prev (IMP_MOVED_IN); the "Bosatt her" persons of 0-4 years in
 * Norway, by year, become retention with the settlement history.
 */
#include "import/import_impl.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

int imp_is_imdi_moves(const struct imp_row *h)
{
	return imp_find_col(h, "Bosetting") < 0 && imp_find_col(h, "Sekundærflytting") >= 0 &&
	       imp_find_col(h, "Botid i Norge") >= 0;
}

int imp_read_imdi_moves(struct bosett_import *imp, int file, const struct imp_grid *rs)
{
	const struct imp_row *h = &rs->r[0];
	int cunit = imp_find_col(h, "Enhet"), cyear = imp_find_col(h, "År");
	int ccode = imp_find_col(h, "Kommunenummer");
	int cmove = imp_find_col(h, "Sekundærflytting"), cstay = imp_find_col(h, "Botid i Norge");
	size_t cval = h->n - 1, skipped = 0;

	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5];
		long year;
		int kind, rc;
		double v;

		int stayed = !strcmp(imp_cell(r, (size_t)cmove), "Bosatt her") &&
		             !strcmp(imp_cell(r, (size_t)cstay), "0-4 år");

		if ((cunit >= 0 && strcmp(imp_cell(r, (size_t)cunit), "Personer") != 0) ||
		    (!stayed && (strcmp(imp_cell(r, (size_t)cmove), "Flyttet hit") != 0 ||
		                 strcmp(imp_cell(r, (size_t)cstay), "Alle") != 0))) {
			skipped++;
			continue;
		}
		rc = imp_imdi_row(imp, file, h, r, rs->decimal_comma, (size_t)cyear, (size_t)ccode, cval, &year, code, &kind,
		                  &v);
		if (rc != BOSETT_OK)
			return rc;
		if (stayed) {
			/* refugees 0-4 years in Norway still where they were settled:
			 * retention (import_derive.c), a column per year */
			char col[64];

			snprintf(col, sizeof col, "%s.%ld", IMP_STAYED, year);
			if (imp_fact_add(imp, code, (int)year, col, kind, v, NULL, 1, file, r->line) != 0)
				return BOSETT_EDATA;
			continue;
		}
		if (imp_fact_add(imp, code, (int)year, IMP_MOVED_IN, kind, v, NULL, 1, file, r->line) != 0)
			return BOSETT_EDATA;
	}
	if (skipped)
		imp_warn(imp, "%s: %zu lines other than 'Flyttet hit' of all years in Norway and 'Bosatt her' of 0-4 years, in persons, not used",
		         imp_input_name(imp, file), skipped);
	return 0;
}
