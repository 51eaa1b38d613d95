/*
 * import_imdi_moves.c - IMDi's refugees by secondary moves
 * (imdi_flyktning_botid_flytting: Enhet;År;Sekundærflytting;Botid i Norge;
 * Kommunenummer;Kommune;Antall), a layout of the imdi-long kind: the
 * "Flyttet hit" persons of all years in Norway, by year, become
 * moved_in_prev (IMP_MOVED_IN).
 */
#include "import_impl.h"

#include <math.h>
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
		const char *vs = imp_cell(r, cval);
		char code[5], q[128];
		long year;
		int kind;
		double v;

		if ((cunit >= 0 && strcmp(imp_cell(r, (size_t)cunit), "Personer") != 0) ||
		    strcmp(imp_cell(r, (size_t)cmove), "Flyttet hit") != 0 ||
		    strcmp(imp_cell(r, (size_t)cstay), "Alle") != 0) {
			skipped++;
			continue;
		}
		if (bosett_parse_long(imp_cell(r, (size_t)cyear), &year) != 0 || year < 1900 || year > 2200) {
			bosett_err(imp->err, "%s:%ld: column 'År': not a year: \"%s\"", imp_input_name(imp, file),
			           r->line, bosett_quote(imp_cell(r, (size_t)cyear), strlen(imp_cell(r, (size_t)cyear)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_parse_code(imp_cell(r, (size_t)ccode), code, NULL) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'Kommunenummer': not a kommunenummer: \"%s\"",
			           imp_input_name(imp, file), r->line,
			           bosett_quote(imp_cell(r, (size_t)ccode), strlen(imp_cell(r, (size_t)ccode)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_parse_value(vs, rs->decimal_comma, &kind, &v) != 0)
			return imp_value_error(imp, file, r->line, h->f[cval], vs);
		if (kind == BOSETT_CELL_NUMBER && (v < 0 || v != floor(v))) {
			bosett_err(imp->err, "%s:%ld: column '%s': not a whole number of persons: \"%s\"",
			           imp_input_name(imp, file), r->line, h->f[cval], bosett_quote(vs, strlen(vs), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_fact_add(imp, code, (int)year, IMP_MOVED_IN, kind, v, NULL, 1, file, r->line) != 0)
			return BOSETT_EDATA;
	}
	if (skipped)
		imp_warn(imp, "%s: %zu lines other than 'Flyttet hit' of all years in Norway, in persons, not used",
		         imp_input_name(imp, file), skipped);
	return 0;
}
