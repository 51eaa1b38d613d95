/*
 * import_imdi_wide.c - IMDi statistics downloads in wide format: stacked
 * header rows ("Region;Navn;..." then "Series: year" cells), one row per
 * municipality. Folded into facts by the cube of import_ssb.c.
 */
#include "import/import_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int read_imdi_wide(struct bosett_import *imp, int file, const struct imp_grid *rs)
{
	const struct imp_row *h = &rs->r[0];
	size_t nh = 1, ncols = h->n, nc = 0, cap = 0, skipped = 0, dropped = 0;
	int *use = calloc(ncols ? ncols : 1, sizeof *use), *year = calloc(ncols ? ncols : 1, sizeof *year);
	char (*content)[256] = calloc(ncols ? ncols : 1, sizeof *content);
	struct imp_cell *cells = NULL;
	int rc = BOSETT_EDATA;

	if (!use || !year || !content)
		goto done;
	while (nh < rs->n && !*imp_cell(&rs->r[nh], 0))
		nh++;
	for (size_t c = 2; c < ncols; c++) {
		size_t o = (size_t)snprintf(content[c], sizeof content[c], "imdi");

		use[c] = 1;
		for (size_t k = 0; k < nh; k++) {
			const char *lab = imp_cell(&rs->r[k], c), *colon = strstr(lab, ": ");
			const char *val = colon ? colon + 2 : lab;
			size_t dl = colon ? (size_t)(colon - lab) : 0;

			if (dl == 3 && !strncmp(lab, "År", 3)) {
				long y;

				if (bosett_parse_long(val, &y) != 0 || y < 1800 || y > 2200) {
					char q[128];

					bosett_err(imp->err, "%s:%ld: column %zu: not a year: \"%s\"", imp_input_name(imp, file),
					           rs->r[k].line, c + 1, bosett_quote(lab, strlen(lab), q, sizeof q));
					goto done;
				}
				year[c] = (int)y;
			} else if (dl == 5 && !strncmp(lab, "Enhet", 5)) {
				if (strcmp(val, "Personer") != 0)
					use[c] = 0;
			} else if (dl == strlen("Kjønn") && !strncmp(lab, "Kjønn", dl)) {
				if (!imp_is_total_label(val))
					use[c] = 0;
			} else if (dl == strlen("Innvandringsgrunn") && !strncmp(lab, "Innvandringsgrunn", dl) &&
			           (imp_is_total_label(val) || !strcmp(val, "Flyktninger og deres familieinnvandrede")) &&
			           nh == 4) {
				/* the two series of IMDi's immigrants-by-reason table that
				 * bosett-data(5) names */
				o = (size_t)snprintf(content[c], sizeof content[c], "%s",
				                     imp_is_total_label(val) ? "immigrants" : "refugees");
			} else if (*val && o < sizeof content[c]) {
				o += (size_t)snprintf(content[c] + o, sizeof content[c] - o, " %s", val);
			}
		}
		if (!use[c])
			dropped++;
	}
	for (size_t i = nh; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5];

		if (imp_parse_code(imp_cell(r, 0), code, NULL) != 0) {
			skipped++;
			continue;
		}
		for (size_t c = 2; c < ncols; c++) {
			struct imp_cell *cell;
			const char *vs = imp_cell(r, c);

			if (!use[c] || !*vs)
				continue;
			cell = imp_cell_push(&cells, &nc, &cap, code);
			if (!cell)
				goto done;
			cell->name = imp_cell(r, 1);
			cell->content = content[c];
			cell->year = year[c];
			cell->line = r->line;
			if (imp_parse_value(vs, rs->decimal_comma, &cell->kind, &cell->v) != 0) {
				imp_value_error(imp, file, r->line, h->f[c], vs);
				goto done;
			}
			nc++;
		}
	}
	if (dropped)
		imp_warn(imp, "%s: %zu columns of shares or of one sex not used (persons of both sexes are)",
		         imp_input_name(imp, file), dropped);
	if (skipped)
		imp_warn(imp, "%s: %zu line%s of regions that are no municipality: not used", imp_input_name(imp, file),
		         skipped, skipped == 1 ? "" : "s");
	rc = imp_cube_emit(imp, file, cells, nc);
done:
	free(use);
	free(year);
	free(content);
	free(cells);
	return rc;
}

static int detect_imdi_wide(const struct imp_grid *g)
{
	const struct imp_row *h = &g->r[0];

	return imp_find_col(h, "Region") == 0 && imp_find_col(h, "Navn") == 1 && g->n > 1 &&
	       !*imp_cell(&g->r[1], 0) && strstr(imp_cell(&g->r[1], 2), ": ");
}

const struct imp_reader imp_reader_imdi_wide = {
	"imdi-wide",
	"IMDi statistics download, wide format with stacked header rows",
	detect_imdi_wide, read_imdi_wide, .order = 22,
};
