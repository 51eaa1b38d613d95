/*
 * import_ssb.c - statistics cubes: the fold of any cube (SSB's JSON-stat
 * 2.0 documents in import_jsonstat.c, the statbank CSV export in
 * import_ssb_statbank.c, IMDi's wide downloads in import_imdi_wide.c) into
 * facts per region, content and year, so that a JSON-stat table and its CSV
 * twin give the same facts.
 */
#include "import/import_impl.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

int imp_is_total_label(const char *s)
{
	static const char *const totals[] = {
		"total", "i alt", "alle", "both sexes", "begge kjønn", "all ages", "alle aldre",
		"sum", "totalt", "all",
	};

	for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++)
		if (!strcasecmp(s, totals[i]))
			return 1;
	return 0;
}

/* 1 if s contains w, without regard to ASCII case. */
static int strcasestr_ascii(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (!strncasecmp(s, w, n))
			return 1;
	return 0;
}

/* The column a content label becomes. */
static void content_col(const char *content, char *out, size_t n)
{
	static const char *const persons[] = {
		"persons", "personer", "population", "folkemengde", "befolkning", "folketal",
	};
	size_t o = 0;

	if (!content || !*content) {
		snprintf(out, n, "population");
		return;
	}
	/* SSB 11618, in English or Norwegian: the counts that make
	 * employment_rate, and the jobs located in the municipality */
	if (strstr(content, "15-74")) {
		int employed = strcasestr_ascii(content, "employed") || strcasestr_ascii(content, "sysselsatte");
		int work = strcasestr_ascii(content, "place of work") || strcasestr_ascii(content, "arbeidssted");

		if (employed && work) {
			snprintf(out, n, "jobs_located");
			return;
		}
		if (employed) {
			snprintf(out, n, "%s", IMP_EMP1574);
			return;
		}
		if (strcasestr_ascii(content, "population") || strcasestr_ascii(content, "befolkning")) {
			snprintf(out, n, "%s", IMP_POP1574);
			return;
		}
	}
	for (size_t i = 0; i < sizeof persons / sizeof persons[0]; i++)
		if (!strcasecmp(content, persons[i])) {
			snprintf(out, n, "population");
			return;
		}
	/* anything else: lower case, runs of other characters as one '_' */
	for (const unsigned char *p = (const unsigned char *)content; *p && o + 2 < n; p++) {
		if (*p >= 0x80) {
			/* whole UTF-8 characters only: a cut one is invalid text */
			size_t len = 1;

			while ((p[len] & 0xc0) == 0x80)
				len++;
			if (o + len + 1 >= n)
				break;
			memcpy(out + o, p, len);
			o += len;
			p += len - 1;
		} else if (isalnum(*p)) {
			out[o++] = (char)tolower(*p);
		} else if (o && out[o - 1] != '_') {
			out[o++] = '_';
		}
	}
	while (o && out[o - 1] == '_')
		o--;
	out[o] = '\0';
}

/* Age category: 1 inside lo-hi, 0 outside, -1 a total, -2 straddles or unknown. */
static int age_in(const char *age, long alo, long ahi)
{
	long lo = 0, hi;
	char *end;
	const char *p = age;

	if (imp_is_total_label(age))
		return -1;
	if (!isdigit((unsigned char)*p))
		return -2;
	lo = strtol(p, &end, 10);
	hi = lo;
	if (*end == '-') {
		if (!isdigit((unsigned char)end[1]))
			return -2;
		hi = strtol(end + 1, &end, 10);
	}
	if (strstr(end, "older") || strstr(end, "eldre") || strstr(end, "+") || strstr(end, "over"))
		hi = 200;
	if (lo >= alo && hi <= ahi)
		return 1;
	if (hi < alo || lo > ahi)
		return 0;
	return -2;
}

static int working_age(const char *age)
{
	return age_in(age, 20, 66);
}

static int cmp_cell(const void *a, const void *b)
{
	const struct imp_cell *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	if (c)
		return c;
	c = strcmp(x->content ? x->content : "", y->content ? y->content : "");
	if (c)
		return c;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

struct acc {
	double v;
	int n, supp, absent;
};

static void acc_add(struct acc *a, const struct imp_cell *c)
{
	if (c->kind == BOSETT_CELL_NUMBER) {
		a->v += c->v;
		a->n++;
	} else if (c->kind == BOSETT_CELL_SUPPRESSED) {
		a->supp = 1;
	} else if (c->kind == BOSETT_CELL_ABSENT) {
		a->absent = 1;
	}
}

static int acc_kind(const struct acc *a)
{
	if (a->supp)
		return BOSETT_CELL_SUPPRESSED;
	if (a->n)
		return BOSETT_CELL_NUMBER;
	return a->absent ? BOSETT_CELL_ABSENT : BOSETT_CELL_EMPTY;
}

int imp_cube_emit(struct bosett_import *imp, int file, struct imp_cell *cells, size_t n)
{
	size_t i = 0;

	if (!n)
		return 0;
	qsort(cells, n, sizeof *cells, cmp_cell);
	while (i < n) {
		size_t e = i;
		struct acc all = { 0 }, total = { 0 }, work = { 0 }, youth = { 0 };
		int has_age = 0, has_total = 0, share_ok = 1, youth_ok = 1, whole = 1;
		char col[128];

		while (e < n && !strcmp(cells[e].code, cells[i].code) &&
		       !strcmp(cells[e].content ? cells[e].content : "", cells[i].content ? cells[i].content : "") &&
		       cells[e].year == cells[i].year) {
			const struct imp_cell *c = &cells[e];

			if (c->kind == BOSETT_CELL_NUMBER && c->v != floor(c->v))
				whole = 0;
			if (c->age) {
				int w = working_age(c->age);

				has_age = 1;
				if (w == -1) {
					has_total = 1;
					acc_add(&total, c);
				} else {
					acc_add(&all, c);
					int y = age_in(c->age, 16, 19);

					if (w == 1)
						acc_add(&work, c);
					else if (w == -2)
						share_ok = 0;
					/* the upper-secondary ages */
					if (y == 1)
						acc_add(&youth, c);
					else if (y == -2)
						youth_ok = 0;
				}
			} else {
				acc_add(&all, c);
			}
			e++;
		}
		content_col(cells[i].content, col, sizeof col);
		{
			const struct acc *use = has_total ? &total : &all;

			if (acc_kind(use) != BOSETT_CELL_EMPTY &&
			    imp_fact_add_named(imp, cells[i].code, cells[i].name, cells[i].year, col, acc_kind(use),
			                       use->v, NULL, whole, file, cells[i].line) != 0)
				return BOSETT_EDATA;
		}
		if (has_age && share_ok && !strcmp(col, "population") && all.n) {
			if (imp_fact_add_named(imp, cells[i].code, cells[i].name, cells[i].year, IMP_AGE2066,
			                       acc_kind(&work), work.v, NULL, 1, file, cells[i].line) != 0 ||
			    imp_fact_add_named(imp, cells[i].code, cells[i].name, cells[i].year, IMP_AGEALL,
			                       acc_kind(&all), all.v, NULL, 1, file, cells[i].line) != 0)
				return BOSETT_EDATA;
		}
		if (has_age && youth_ok && !strcmp(col, "population") && all.n && youth.n &&
		    imp_fact_add_named(imp, cells[i].code, cells[i].name, cells[i].year, IMP_AGE1619, acc_kind(&youth),
		                       youth.v, NULL, 1, file, cells[i].line) != 0)
			return BOSETT_EDATA;
		i = e;
	}
	return 0;
}

/* A new zeroed cell for kommunenummer code at the end of the growing array
 * (the caller counts it in *nc once filled), or NULL when out of memory. */
struct imp_cell *imp_cell_push(struct imp_cell **cells, size_t *nc, size_t *cap, const char code[5])
{
	struct imp_cell *cell;

	if (*nc == *cap) {
		size_t ncap = *cap ? *cap * 2 : 1024;
		struct imp_cell *nce = realloc(*cells, ncap * sizeof *nce);

		if (!nce)
			return NULL;
		*cells = nce;
		*cap = ncap;
	}
	cell = &(*cells)[*nc];
	memset(cell, 0, sizeof *cell);
	memcpy(cell->code, code, 5);
	return cell;
}
