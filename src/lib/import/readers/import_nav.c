/*
 * import_nav.c - NAV's sheet "HL060 Helt ledige. Fylke og kommune.
 * Tidsserie måned", sheet 4 (per cent of the labour force per
 * municipality and month), read from a grid of text cells: the CSV that
 * Norwegian Excel saves, or the workbook's sheet itself. The layout: title
 * rows (one names the period, "Januar - oktober 2022"), then per county a
 * row with its name, a row of month names, an "I alt <county>" subtotal and
 * one row per municipality labelled "NNNN Name"; "*" is suppressed (under 4
 * people).
 *
 * The year's figure is the mean of its months, in per cent, divided by 100
 * (the unemployment_rate fraction of bosett-data(5)), 5 decimals. A
 * municipality with any month suppressed gets ":" (its mean is unknown, and
 * the months published are the larger ones), never a mean of the rest.
 */
#include "import/import_impl.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const months[12] = {
	"januar", "februar", "mars", "april", "mai", "juni",
	"juli", "august", "september", "oktober", "november", "desember",
};

static int month_of(const char *s)
{
	for (int m = 0; m < 12; m++)
		if (!strcasecmp(s, months[m]))
			return m + 1;
	return 0;
}

static int has_text(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (!strncasecmp(s, w, n))
			return 1;
	return 0;
}

static int detect_nav(const struct imp_grid *g)
{
	int nav = 0, mon = 0;

	for (size_t i = 0; i < g->n && i < 12; i++)
		for (size_t c = 0; c < g->r[i].n; c++) {
			nav |= has_text(g->r[i].f[c], "Kilde: NAV");
			mon |= month_of(g->r[i].f[c]) == 1;
		}
	return nav && mon;
}

/* A year 1900-2199 standing alone in s, 0 if none. */
static int year_in(const char *s)
{
	for (const char *p = s; *p; p++)
		if (isdigit((unsigned char)*p) && (p == s || !isdigit((unsigned char)p[-1])) &&
		    strspn(p, "0123456789") == 4 && (p[0] == '1' || p[0] == '2')) {
			int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');

			if (y >= 1900 && y < 2200)
				return y;
		}
	return 0;
}

static int read_nav(struct bosett_import *imp, int file, const struct imp_grid *g)
{
	const char *name = imp->inputs[file].name;
	int mcol[12], nm = 0, year = 0, percent = 0, first = 1, last = 1;
	long labelcol = -1;
	size_t subtotals = 0, n = 0, supp = 0;
	char note[160];

	/* title rows: the per cent sheet, and the year of the period */
	for (size_t i = 0; i < g->n && labelcol < 0; i++) {
		const struct imp_row *r = &g->r[i];
		char code[5];

		for (size_t c = 0; c < r->n; c++) {
			if (has_text(r->f[c], "Prosent"))
				percent = 1;
			if (!year && month_of(r->f[c]) == 0 && has_text(r->f[c], " - "))
				year = year_in(r->f[c]);
			if (imp_parse_code(r->f[c], code, NULL) == 0 && labelcol < 0 && c + 1 < r->n)
				labelcol = (long)c;
		}
	}
	if (!percent) {
		bosett_err(imp->err, "%s: a NAV HL060 sheet of numbers, not of per cent of the labour force (use sheet 4, 'Kommune Prosent av arbeidsst')",
		           name);
		return -1;
	}
	if (labelcol < 0) {
		bosett_err(imp->err, "%s: NAV HL060 sheet: no row labelled \"NNNN Name\"", name);
		return -1;
	}
	if (!year)
		year = imp_year_of_name(name);
	if (!year) {
		bosett_err(imp->err, "%s: NAV HL060 sheet: no period with a year (\"Januar - oktober 2022\") among the title rows",
		           name);
		return -1;
	}
	for (size_t i = 0; i < g->n; i++) {
		const struct imp_row *r = &g->r[i];
		const char *label = imp_cell(r, (size_t)labelcol), *rest;
		char code[5], q[128];
		double sum = 0, v;
		int kind = BOSETT_CELL_NUMBER, k, vk;

		if (month_of(imp_cell(r, (size_t)labelcol + 1)) == 1) {
			/* a row of month names heads each county's block */
			int nm2 = 0;

			for (size_t c = (size_t)labelcol + 1; c < r->n && nm2 < 12; c++)
				if (month_of(r->f[c])) {
					last = month_of(r->f[c]);
					mcol[nm2++] = (int)c;
				}
			if (nm && nm2 != nm) {
				bosett_err(imp->err, "%s:%ld: NAV HL060 sheet: %d months here, %d in the blocks before", name,
				           r->line, nm2, nm);
				return -1;
			}
			nm = nm2;
			continue;
		}
		if (!strncasecmp(label, "I alt", 5)) {
			subtotals++;
			continue;
		}
		if (imp_parse_code(label, code, &rest) != 0)
			continue;   /* title, county name, blank */
		if (!nm) {
			bosett_err(imp->err, "%s:%ld: NAV HL060 sheet: a municipality before any row of month names", name,
			           r->line);
			return -1;
		}
		for (k = 0; k < nm; k++) {
			const char *s = imp_cell(r, (size_t)mcol[k]);

			if (!strcmp(s, "*")) {
				kind = BOSETT_CELL_SUPPRESSED;
				continue;
			}
			/* a decimal comma in the CSV; a workbook's cells may hold points */
			if (!*s || imp_parse_value(s, 1, &vk, &v) != 0 || vk != BOSETT_CELL_NUMBER || !strcmp(s, "-") ||
			    v < 0 || v > 100) {
				bosett_err(imp->err, "%s:%ld: column '%s': not a per cent between 0 and 100 or \"*\": \"%s\"", name,
				           r->line, months[k], bosett_quote(s, strlen(s), q, sizeof q));
				return -1;
			}
			sum += v;
		}
		v = 0;
		if (kind == BOSETT_CELL_NUMBER)
			v = round(sum / nm * 1000) / 1e5;
		else
			supp++;
		if (imp_fact_add_named(imp, code, rest, year, "unemployment_rate", kind, v, NULL, 0, file, r->line) != 0)
			return -1;
		n++;
	}
	if (!n) {
		bosett_err(imp->err, "%s: NAV HL060 sheet: no municipality rows", name);
		return -1;
	}
	snprintf(note, sizeof note, "NAV HL060, mean of the %d months %s-%s %d, per cent / 100", nm, months[first - 1],
	         months[last - 1], year);
	imp_meta(imp, "import.method.unemployment_rate", note);
	if (supp)
		imp_warn(imp, "%s: %zu municipalit%s with a month suppressed ('*'): unemployment_rate \":\" (no mean of the other months)",
		         name, supp, supp == 1 ? "y" : "ies");
	(void)subtotals;
	return 0;
}

const struct imp_reader imp_reader_nav_sheet = {
	"nav-hl060",
	"NAV HL060 sheet 4: per cent of the labour force per municipality and month (title rows, county blocks, \"I alt\" rows)",
	detect_nav, read_nav, .order = 12,
};
