/*
 * import_crosswalk.c - the code history (kommune_history.tsv: year_start,
 * year_end, municip_code_end, weighting, municip_code, ...): which code
 * became which, when, and with what share of a split.
 */
#include "import/import_impl.h"

#include <math.h>
#include <string.h>

static int hist_code(const char *s, char code[5])
{
	if (strncmp(s, "municip_nor", 11) == 0)
		s += 11;
	return imp_parse_code(s, code, NULL);
}

static int read_history(struct bosett_import *imp, int file, const struct imp_grid *rs)
{
	const struct imp_row *h = &rs->r[0];
	int cs = imp_find_col(h, "year_start"), ce = imp_find_col(h, "year_end");
	int csucc = imp_find_col(h, "municip_code_end"), cw = imp_find_col(h, "weighting");
	int cc = imp_find_col(h, "municip_code"), cn = imp_find_col(h, "municip_name");

	if (cs < 0 || ce < 0 || csucc < 0 || cc < 0) {
		bosett_err(imp->err, "%s:%ld: a code history needs year_start, year_end, municip_code_end and municip_code",
		           imp_input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5], succ[5] = "", q[128];
		long start, end = 0;
		double w = 0;
		int k;

		if (strncmp(imp_cell(r, (size_t)cc), "municip_nor", 11) != 0 &&
		    strstr(imp_cell(r, (size_t)cc), "municip_nor")) {
			/* "missingmunicip_nor9999", "notmainlandmunicip_nor2111": no municipality */
			imp_warn(imp, "%s:%ld: \"%s\" is no municipality of the mainland: skipped",
			         imp_input_name(imp, file), r->line, imp_cell(r, (size_t)cc));
			continue;
		}
		if (hist_code(imp_cell(r, (size_t)cc), code) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'municip_code': not a municipality code: \"%s\"",
			           imp_input_name(imp, file), r->line,
			           bosett_quote(imp_cell(r, (size_t)cc), strlen(imp_cell(r, (size_t)cc)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (bosett_parse_long(imp_cell(r, (size_t)cs), &start) != 0 ||
		    (*imp_cell(r, (size_t)ce) && bosett_parse_long(imp_cell(r, (size_t)ce), &end) != 0)) {
			bosett_err(imp->err, "%s:%ld: column 'year_start' or 'year_end': not a year",
			           imp_input_name(imp, file), r->line);
			return BOSETT_EDATA;
		}
		if (end && end < start) {
			bosett_err(imp->err, "%s:%ld: column 'year_end': %ld is before year_start %ld", imp_input_name(imp, file),
			           r->line, end, start);
			return BOSETT_EDATA;
		}
		if (end && hist_code(imp_cell(r, (size_t)csucc), succ) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'municip_code_end': not a municipality code: \"%s\"",
			           imp_input_name(imp, file), r->line,
			           bosett_quote(imp_cell(r, (size_t)csucc), strlen(imp_cell(r, (size_t)csucc)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (cw >= 0 && (imp_parse_value(imp_cell(r, (size_t)cw), 0, &k, &w) != 0 || w < 0 || w > 1))
			return imp_value_error(imp, file, r->line, "weighting", imp_cell(r, (size_t)cw));
		if (imp_hist_add(imp, code, (int)start, (int)end, succ, w, cn >= 0 ? imp_cell(r, (size_t)cn) : "") != 0)
			return BOSETT_EDATA;
	}
	return 0;
}

static int detect_history(const struct imp_grid *g)
{
	return imp_find_col(&g->r[0], "year_start") >= 0 && imp_find_col(&g->r[0], "municip_code") >= 0;
}

const struct imp_reader imp_reader_history = {
	"history",
	"code history: year_start, year_end, municip_code_end, weighting, municip_code, ...",
	detect_history, read_history, .order = 26,
};
