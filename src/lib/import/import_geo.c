/*
 * import_geo.c - where municipalities lie: the commuting regions
 * (BA-regions, "NNNN Name;NN Region name") and the centroids
 * (MEAN_X, MEAN_Y, kommunenummer).
 */
#include "import/import_impl.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static int read_ba(struct bosett_import *imp, int file, const struct imp_grid *rs)
{
	const struct imp_row *h = &rs->r[0];
	int creg = imp_find_col(h, "BA-region");

	if (h->n > 2) {
		char list[256];
		size_t o = 0;

		for (size_t c = 2; c < h->n && o < sizeof list; c++)
			o += (size_t)snprintf(list + o, sizeof list - o, "%s'%s'", c > 2 ? ", " : "", h->f[c]);
		imp_warn(imp, "%s: columns %s not used", imp_input_name(imp, file), list);
	}

	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		const char *name, *reg = imp_cell(r, (size_t)creg), *rname;
		char code[5], q[128], num[16];
		size_t n = 0;
		long rn;

		if (imp_parse_code(imp_cell(r, 0), code, &name) != 0) {
			bosett_err(imp->err, "%s:%ld: column '%s': not \"NNNN Name\": \"%s\"", imp_input_name(imp, file),
			           r->line, h->f[0], bosett_quote(imp_cell(r, 0), strlen(imp_cell(r, 0)), q, sizeof q));
			return BOSETT_EDATA;
		}
		while (isdigit((unsigned char)reg[n]))
			n++;
		if (n == 0 || n > 6) {
			bosett_err(imp->err, "%s:%ld: column 'BA-region': not \"NN Name\": \"%s\"", imp_input_name(imp, file),
			           r->line, bosett_quote(reg, strlen(reg), q, sizeof q));
			return BOSETT_EDATA;
		}
		memcpy(num, reg, n);
		num[n] = '\0';
		bosett_parse_long(num, &rn);   /* drops the leading zeros of "05" */
		snprintf(num, sizeof num, "%ld", rn);
		rname = reg + n;
		while (*rname == ' ')
			rname++;
		if (imp_fact_add_named(imp, code, name, 0, "region", BOSETT_CELL_TEXT, 0, num, 0, file,
		                       r->line) != 0 ||
		    (*rname && imp_fact_add_named(imp, code, name, 0, "region_name", BOSETT_CELL_TEXT, 0,
		                                  rname, 0, file, r->line) != 0))
			return BOSETT_EDATA;
	}
	return 0;
}

static int read_centroids(struct bosett_import *imp, int file, const struct imp_grid *rs)
{
	const struct imp_row *h = &rs->r[0];
	int cx = imp_find_col(h, "MEAN_X"), cy = imp_find_col(h, "MEAN_Y"), cc = imp_find_col(h, "kommunenummer");

	if (cc < 0) {
		bosett_err(imp->err, "%s:%ld: no column 'kommunenummer'", imp_input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5], q[128];
		double x, y;
		int kx, ky;

		if (imp_parse_code(imp_cell(r, (size_t)cc), code, NULL) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'kommunenummer': not a kommunenummer: \"%s\"",
			           imp_input_name(imp, file), r->line,
			           bosett_quote(imp_cell(r, (size_t)cc), strlen(imp_cell(r, (size_t)cc)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_parse_value(imp_cell(r, (size_t)cx), 0, &kx, &x) != 0)
			return imp_value_error(imp, file, r->line, "MEAN_X", imp_cell(r, (size_t)cx));
		if (imp_parse_value(imp_cell(r, (size_t)cy), 0, &ky, &y) != 0)
			return imp_value_error(imp, file, r->line, "MEAN_Y", imp_cell(r, (size_t)cy));
		/* 6 decimals of a degree: about 0.1 m, well below the precision of a mean */
		x = round(x * 1e6) / 1e6;
		y = round(y * 1e6) / 1e6;
		if (imp_fact_add(imp, code, 0, "lon", kx, x, NULL, 0, file, r->line) != 0 ||
		    imp_fact_add(imp, code, 0, "lat", ky, y, NULL, 0, file, r->line) != 0)
			return BOSETT_EDATA;
	}
	return 0;
}

static int detect_ba(const struct imp_grid *g)
{
	return imp_find_col(&g->r[0], "BA-region") == 1;
}

static int detect_centroids(const struct imp_grid *g)
{
	return imp_find_col(&g->r[0], "MEAN_X") >= 0 && imp_find_col(&g->r[0], "MEAN_Y") >= 0;
}

const struct imp_reader imp_reader_ba_regions = {
	"ba-regions",
	"commuting regions: \"NNNN Name\", \"NN Region name\", ...",
	detect_ba, read_ba, .order = 24,
};

const struct imp_reader imp_reader_centroids = {
	"centroids",
	"municipality centroids: MEAN_X, MEAN_Y, kommunenummer",
	detect_centroids, read_centroids, .order = 25,
};
