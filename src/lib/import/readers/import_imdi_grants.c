/*
 * import_imdi_grants.c - IMDi's grants paid to each municipality
 * (imdi_tilskudd_kommune: Enhet;År;Tilskuddstype;Kommune;Antall;
 * Kommunenummer;Kommentar, a workbook or its CSV). Of the grant types only
 * the grant for Norwegian and social-studies training of adult immigrants
 * is read, paid per participant, so a measure of the adult-education
 * provision running: norwegian_training_grant, kroner, by year (the latest
 * is kept). An empty amount marked "Anonymisert" is suppressed; other
 * grant types are counted and left out.
 */
#include "import/import_impl.h"

#include <string.h>

#define GRANT_NORWEGIAN "Tilskudd til opplæring i norsk og samfunnskunnskap for voksne innvandrere"

static int detect_grants(const struct imp_grid *g)
{
	const struct imp_row *h = &g->r[0];

	return imp_find_col(h, "Tilskuddstype") >= 0 && imp_find_col(h, "Kommunenummer") >= 0 &&
	       imp_find_col(h, "Antall") >= 0 && imp_find_col(h, "År") >= 0;
}

static int read_grants(struct bosett_import *imp, int file, const struct imp_grid *g)
{
	const struct imp_row *h = &g->r[0];
	int ctype = imp_find_col(h, "Tilskuddstype"), ccode = imp_find_col(h, "Kommunenummer");
	int cval = imp_find_col(h, "Antall"), cyear = imp_find_col(h, "År"), cunit = imp_find_col(h, "Enhet");
	int cnote = imp_find_col(h, "Kommentar"), cname = imp_find_col(h, "Kommune");
	size_t other = 0;

	for (size_t i = 1; i < g->n; i++) {
		const struct imp_row *r = &g->r[i];
		const char *vs = imp_cell(r, (size_t)cval);
		char code[5];
		int kind, ky;
		double v, y;

		if (strcmp(imp_cell(r, (size_t)ctype), GRANT_NORWEGIAN) != 0 ||
		    (cunit >= 0 && strcmp(imp_cell(r, (size_t)cunit), "Kroner") != 0)) {
			other++;
			continue;
		}
		if (imp_parse_code(imp_cell(r, (size_t)ccode), code, NULL) != 0 ||
		    strlen(imp_cell(r, (size_t)ccode)) != 4) {
			char q[64];

			bosett_err(imp->err, "%s:%ld:%d: not a kommunenummer: \"%s\"", imp_input_name(imp, file), r->line,
			           ccode + 1, bosett_quote(imp_cell(r, (size_t)ccode), strlen(imp_cell(r, (size_t)ccode)), q, sizeof q));
			return BOSETT_EDATA;
		}
		/* "Ålesund (f.o.m. 2020)" under 1508 is 1507, Haram included: it
		 * is divided between the two by population, as 1507 is */
		if (!strcmp(code, "1508") && cname >= 0 && strstr(imp_cell(r, (size_t)cname), "(f.o.m. 2020)"))
			memcpy(code, "1507", 5);
		if (imp_parse_value(imp_cell(r, (size_t)cyear), 0, &ky, &y) != 0 || ky != BOSETT_CELL_NUMBER)
			return imp_value_error(imp, file, r->line, "År", imp_cell(r, (size_t)cyear));
		if (!*vs && cnote >= 0 && !strcmp(imp_cell(r, (size_t)cnote), "Anonymisert")) {
			kind = BOSETT_CELL_SUPPRESSED;
			v = 0;
		} else if (imp_parse_value(vs, g->decimal_comma, &kind, &v) != 0 || v < 0) {
			return imp_value_error(imp, file, r->line, "Antall", vs);
		}
		if (kind == BOSETT_CELL_EMPTY)
			continue;
		if (imp_fact_add_named(imp, code, cname >= 0 ? imp_cell(r, (size_t)cname) : NULL, (int)y,
		                       "norwegian_training_grant", kind, v, NULL, 1, file, r->line) != 0)
			return BOSETT_EDATA;
	}
	if (other)
		imp_warn(imp, "%s: %zu lines of other grant types than Norwegian training of adults not used",
		         imp_input_name(imp, file), other);
	return 0;
}

const struct imp_reader imp_reader_imdi_grants = {
	"imdi-grants",
	"IMDi's grants per municipality (Tilskuddstype;Kommunenummer;Antall): the grant for Norwegian training "
	"of adult immigrants, norwegian_training_grant",
	detect_grants, read_grants, .order = 14,
};
