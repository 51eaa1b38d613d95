/*
 * import_ssb_statbank.c - SSB statbank CSV exports: a title line, then a
 * header of dimensions and "Content Year" columns, regions labelled
 * "K-NNNN Name". Folded into facts by the cube of import_ssb.c.
 */
#include "import/import_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *first_unmatched(const struct imp_grid *rs, size_t hdr, size_t col)
{
	char code[5];

	for (size_t i = hdr + 1; i < rs->n; i++)
		if (imp_parse_code(imp_cell(&rs->r[i], col), code, NULL) != 0)
			return imp_cell(&rs->r[i], col);
	return "";
}

/* "Persons 2023": a content and a year at the end. */
static int header_year(const char *h, int *year, char *content, size_t n)
{
	size_t len = strlen(h);
	long y;

	if (len < 4 || strspn(h + len - 4, "0123456789") != 4 || (len > 4 && h[len - 5] != ' '))
		return -1;
	if (bosett_parse_long(h + len - 4, &y) != 0 || y < 1800 || y > 2200)
		return -1;
	*year = (int)y;
	snprintf(content, n, "%.*s", len > 5 ? (int)(len - 5) : 0, h);
	return 0;
}

static int read_ssb_csv(struct bosett_import *imp, int file, const struct imp_grid *rs, size_t hdr)
{
	static const char *const ynames[] = { "year", "år", "tid", "aar" };
	static const char *const cnames[] = { "contents", "statistikkvariabel", "statistic" };
	const struct imp_row *h;
	struct imp_cell *cells = NULL;
	size_t nc = 0, cap = 0, skipped = 0;
	int creg = -1, cyear = -1, ccont = -1, cage = -1, rc = BOSETT_EDATA;
	long *keep = NULL;
	int *valcol = NULL, *vyear = NULL;
	char (*vcont)[128] = NULL;
	size_t nval = 0;

	/* the header is the first record of more than one field after the title */
	while (hdr < rs->n && rs->r[hdr].n < 2)
		hdr++;
	if (hdr >= rs->n) {
		bosett_err(imp->err, "%s: SSB table: no header line", imp_input_name(imp, file));
		return BOSETT_EDATA;
	}
	h = &rs->r[hdr];
	keep = calloc(h->n, sizeof *keep);
	valcol = calloc(h->n, sizeof *valcol);
	vyear = calloc(h->n, sizeof *vyear);
	vcont = calloc(h->n, sizeof *vcont);
	if (!keep || !valcol || !vyear || !vcont)
		goto done;
	for (size_t c = 0; c < h->n; c++) {
		keep[c] = -1;
		if (header_year(h->f[c], &vyear[nval], vcont[nval], sizeof vcont[nval]) == 0) {
			valcol[nval++] = (int)c;
			continue;
		}
		for (size_t k = 0; k < sizeof ynames / sizeof ynames[0]; k++)
			if (!strcasecmp(h->f[c], ynames[k]))
				cyear = (int)c;
		for (size_t k = 0; k < sizeof cnames / sizeof cnames[0]; k++)
			if (!strcasecmp(h->f[c], cnames[k]))
				ccont = (int)c;
		if (!strcasecmp(h->f[c], "age") || !strcasecmp(h->f[c], "alder"))
			cage = (int)c;
		if (creg < 0 && (!strcasecmp(h->f[c], "region") || !strcasecmp(h->f[c], "kommune")))
			creg = (int)c;
	}
	if (creg < 0) {
		bosett_err(imp->err, "%s:%ld: SSB table: no column 'region'", imp_input_name(imp, file), h->line);
		goto done;
	}
	if (!nval) {
		/* long format: the last column holds the values */
		valcol[0] = (int)h->n - 1;
		vyear[0] = 0;
		snprintf(vcont[0], sizeof vcont[0], "%s", h->f[h->n - 1]);
		nval = 1;
		if (valcol[0] == creg || valcol[0] == cyear || valcol[0] == cage || valcol[0] == ccont) {
			bosett_err(imp->err, "%s:%ld: SSB table: no column of values", imp_input_name(imp, file), h->line);
			goto done;
		}
	}
	/* other dimensions: keep only their total category where they have one */
	for (size_t c = 0; c < h->n; c++) {
		int isval = 0;

		for (size_t k = 0; k < nval; k++)
			isval |= valcol[k] == (int)c;
		if (isval || (int)c == creg || (int)c == cyear || (int)c == ccont || (int)c == cage)
			continue;
		keep[c] = -2;      /* a dimension: sum over it */
		for (size_t i = hdr + 1; i < rs->n; i++)
			if (imp_is_total_label(imp_cell(&rs->r[i], c)))
				keep[c] = (long)i;
	}
	for (size_t i = hdr + 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5];
		const char *name;
		int skip = 0;

		if (imp_parse_code(imp_cell(r, (size_t)creg), code, &name) != 0) {
			skipped++;
			continue;
		}
		for (size_t c = 0; c < h->n; c++)
			if (keep[c] >= 0 && strcmp(imp_cell(r, c), imp_cell(&rs->r[keep[c]], c)) != 0)
				skip = 1;
		if (skip)
			continue;
		for (size_t k = 0; k < nval; k++) {
			struct imp_cell *cell;
			const char *vs = imp_cell(r, (size_t)valcol[k]);

			cell = imp_cell_push(&cells, &nc, &cap, code);
			if (!cell)
				goto done;
			cell->name = name;
			cell->content = ccont >= 0 ? imp_cell(r, (size_t)ccont) : vcont[k];
			cell->year = vyear[k];
			if (cyear >= 0) {
				long y;

				if (bosett_parse_long(imp_cell(r, (size_t)cyear), &y) != 0 || y < 1800 || y > 2200) {
					char q[128];

					bosett_err(imp->err, "%s:%ld: column '%s': not a year: \"%s\"", imp_input_name(imp, file),
					           r->line, h->f[cyear],
					           bosett_quote(imp_cell(r, (size_t)cyear), strlen(imp_cell(r, (size_t)cyear)), q, sizeof q));
					goto done;
				}
				cell->year = (int)y;
			}
			cell->age = cage >= 0 ? imp_cell(r, (size_t)cage) : NULL;
			cell->line = r->line;
			if (imp_parse_value(vs, rs->decimal_comma, &cell->kind, &cell->v) != 0) {
				imp_value_error(imp, file, r->line, h->f[valcol[k]], vs);
				goto done;
			}
			nc++;
		}
	}
	if (skipped)
		imp_warn(imp, "%s: %zu line%s of regions that are no municipality (such as \"%s\"): not used",
		         imp_input_name(imp, file), skipped, skipped == 1 ? "" : "s",
		         first_unmatched(rs, hdr, (size_t)creg));
	rc = imp_cube_emit(imp, file, cells, nc);
done:
	free(cells);
	free(keep);
	free(valcol);
	free(vyear);
	free(vcont);
	return rc;
}

/* An SSB export starts with a title line of one field. */
static int detect_ssb_csv(const struct imp_grid *g)
{
	return g->r[0].n == 1 && g->n > 1;
}

static int read_ssb_grid(struct bosett_import *imp, int file, const struct imp_grid *g)
{
	return read_ssb_csv(imp, file, g, 0);
}

const struct imp_reader imp_reader_ssb_csv = {
	"ssb-csv",
	"SSB statbank CSV export (title line, \"K-NNNN Name\" labels)",
	detect_ssb_csv, read_ssb_grid, .order = 20,
};
