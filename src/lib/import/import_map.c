/*
 * import_map.c - today's municipal structure and the way there: the rows of
 * the table (the municipality list, or today's codes among the inputs), and
 * the mapping of a code valid in a fact's year through its successors in
 * the code history (kommune_history.tsv) to codes of today. A merge sends a
 * code whole; a split divides it by the history's weights, or, for a split
 * into today's structure, by the population of the parts.
 */
#include "import/import_join.h"
#include "base/number.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int cmp_code(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

long imp_row_of(const struct rowset *rs, const char *code)
{
	const char (*p)[5] = bsearch(code, rs->codes, rs->n, sizeof *rs->codes, cmp_code);

	return p ? (long)(p - rs->codes) : -1;
}

/* The history entry for code valid in year (0: the latest), or NULL. */
static const struct imp_hist *hist_find(const struct bosett_import *imp, const char *code, int year)
{
	const struct imp_hist *best = NULL, *later = NULL;

	for (size_t i = 0; i < imp->nhist; i++) {
		const struct imp_hist *h = &imp->hist[i];

		if (strcmp(h->code, code) != 0)
			continue;
		if (year && h->start <= year && (h->end == 0 || year <= h->end))
			return h;
		/* the latest period that began before the year */
		if ((!year || h->start <= year) && (!best || h->start > best->start ||
		                                    (h->start == best->start && h->end > best->end && best->end)))
			best = h;
		/* else the first period after it: a series given in the codes of a
		 * later structure (IMDi's "k2020" files, 3001 Halden for 2006) */
		if (year && h->start > year && (!later || h->start < later->start))
			later = h;
	}
	return best ? best : later;
}

/* The name a code of today has in the history, "" if none. */
static const char *hist_name(const struct bosett_import *imp, const char *code)
{
	const struct imp_hist *h = hist_find(imp, code, 0);

	return h ? h->name : "";
}

/* origin: the name of the municipality left on the way here (before a merge), or NULL. */
int imp_map_code(struct mapctx *m, const char *code, int year, double w, int depth, const char *origin)
{
	const struct imp_hist *h, *succ[MAXDEST];
	size_t ns = 0;
	double wsum = 0;
	long row;

	if (depth > 20)
		return -1;
	row = imp_row_of(m->rows, code);
	h = m->imp->nhist ? hist_find(m->imp, code, year) : NULL;
	if (row >= 0 && (!h || h->end == 0 || !year || year > 2023)) {
		if (m->n == MAXDEST)
			return -1;
		m->d[m->n].row = row;
		m->d[m->n].w = w;
		m->n++;
		return 0;
	}
	if (!h || h->end == 0)
		return -1;
	for (size_t i = 0; i < m->imp->nhist; i++) {
		const struct imp_hist *o = &m->imp->hist[i];

		if (!strcmp(o->code, h->code) && o->start == h->start && o->end == h->end && ns < MAXDEST)
			succ[ns++] = o;
	}
	if (ns > 1) {
		double share[MAXDEST];
		int bypop = h->end >= 2023 && m->rows->pop;
		size_t o;

		/* a split into today's structure: by the population of the parts */
		for (size_t i = 0; i < ns && bypop; i++) {
			long r = imp_row_of(m->rows, succ[i]->succ);

			if (r < 0 || m->rows->pop[r] <= 0)
				bypop = 0;
		}
		for (size_t i = 0; i < ns; i++) {
			share[i] = bypop ? m->rows->pop[imp_row_of(m->rows, succ[i]->succ)] : succ[i]->weight;
			wsum += share[i];
		}
		for (size_t i = 0; i < ns; i++)
			share[i] = wsum > 0 ? share[i] / wsum : 1.0 / (double)ns;
		if (origin && bypop) {
			/* a municipality merged into this one before it was split again:
			 * it goes whole to the part of its own name (1534 Haram to 1580
			 * Haram), else to the part that keeps the merged name (1523
			 * Ørskog to 1508 Ålesund) */
			long to = -1;

			for (size_t i = 0; i < ns && to < 0; i++)
				if (!strcasecmp(hist_name(m->imp, succ[i]->succ), origin))
					to = (long)i;
			for (size_t i = 0; i < ns && to < 0; i++)
				if (h->name[0] && !strcasecmp(hist_name(m->imp, succ[i]->succ), h->name))
					to = (long)i;
			if (to >= 0) {
				o = strlen(m->note);
				if (o)
					o += (size_t)snprintf(m->note + o, sizeof m->note - o, "; ");
				if (o < sizeof m->note)
					snprintf(m->note + o, sizeof m->note - o, "%s (before %d) went into %s (%d-%d), which was split: whole to %s %s",
					         origin, h->start, h->code, h->start, h->end, succ[to]->succ,
					         hist_name(m->imp, succ[to]->succ));
				m->named = 1;
				return imp_map_code(m, succ[to]->succ, h->end + 1, w, depth + 1, NULL);
			}
		}
		m->split = 1;
		o = strlen(m->note);
		if (o)
			o += (size_t)snprintf(m->note + o, sizeof m->note - o, "; ");
		if (o < sizeof m->note)
			o += (size_t)snprintf(m->note + o, sizeof m->note - o, "%s (%d-%d) divided", code,
			                      h->start, h->end);
		for (size_t i = 0; i < ns && o < sizeof m->note; i++)
			o += (size_t)bosett_snprintf(m->note + o, sizeof m->note - o, "%s %.4g to %s", i ? "," : "",
			                      share[i], succ[i]->succ);
		if (o < sizeof m->note)
			snprintf(m->note + o, sizeof m->note - o, " %s",
			         bypop ? "by population" : "by the weights of the code history");
		for (size_t i = 0; i < ns; i++)
			if (imp_map_code(m, succ[i]->succ, h->end + 1, w * share[i], depth + 1, NULL) != 0)
				return -1;
		return 0;
	}
	return imp_map_code(m, succ[0]->succ, h->end + 1, w, depth + 1, h->name[0] ? h->name : NULL);
}

int imp_build_rows(struct bosett_import *imp, struct rowset *rs)
{
	size_t n = 0;
	int any = 0;

	for (size_t i = 0; i < imp->ninputs; i++)
		any |= imp->inputs[i].rows;
	rs->codes = malloc((imp->nfacts + 1) * sizeof *rs->codes);
	if (!rs->codes)
		return -1;
	for (size_t i = 0; i < imp->nfacts; i++) {
		const struct imp_fact *f = &imp->facts[i];
		const struct imp_hist *h;

		if ((any ? !imp->inputs[f->file].rows : 0) || !f->code[0] || f->unused)
			continue;
		if (!any && imp->nhist) {
			/* no municipality list: the codes of today among the inputs */
			h = hist_find(imp, f->code, 0);
			if (h && h->end != 0)
				continue;
		}
		memcpy(rs->codes[n++], f->code, 5);
	}
	qsort(rs->codes, n, sizeof *rs->codes, cmp_code);
	rs->n = 0;
	for (size_t i = 0; i < n; i++)
		if (!rs->n || strcmp(rs->codes[rs->n - 1], rs->codes[i]) != 0)
			memcpy(rs->codes[rs->n++], rs->codes[i], 5);
	rs->pop = malloc((rs->n + 1) * sizeof *rs->pop);
	if (!rs->pop)
		return -1;
	for (size_t i = 0; i < rs->n; i++)
		rs->pop[i] = -1;
	for (size_t i = 0; i < imp->nfacts; i++) {
		const struct imp_fact *f = &imp->facts[i];
		long r;

		if (f->year || strcmp(f->col, "population") != 0 || f->kind != BOSETT_CELL_NUMBER ||
		    (any && !imp->inputs[f->file].rows))
			continue;
		r = imp_row_of(rs, f->code);
		if (r >= 0 && rs->pop[r] < 0)
			rs->pop[r] = f->v;
	}
	return 0;
}

int imp_col_year_used(const struct colyear *cy, size_t n, const char *col, int year)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(cy[i].col, col))
			return year >= cy[i].maxyear && !(cy[i].undated && strncmp(col, "ssb:", 4) != 0);
	return 1;
}

struct colyear *imp_col_years(const struct bosett_import *imp, size_t *n)
{
	struct colyear *cy = malloc((imp->nfacts + 1) * sizeof *cy);

	*n = 0;
	if (!cy)
		return NULL;
	for (size_t i = 0; i < imp->nfacts; i++) {
		const struct imp_fact *f = &imp->facts[i];
		size_t k;

		for (k = *n; k-- > 0;)
			if (!strcmp(cy[k].col, f->col))
				break;
		if (k == (size_t)-1) {
			k = (*n)++;
			cy[k].col = f->col;
			cy[k].maxyear = 0;
			cy[k].undated = 0;
		}
		if (f->year > cy[k].maxyear)
			cy[k].maxyear = f->year;
		if (!f->year && !cy[k].undated) {
			cy[k].undated = 1;
			cy[k].ufile = f->file;
		}
	}
	return cy;
}

/* The row whose municipality list names it so, if only one does; -1. */
long imp_row_by_name(const struct bosett_import *imp, const struct rowset *rs, const char *name)
{
	long found = -1;

	for (size_t i = 0; i < imp->nfacts; i++) {
		const struct imp_fact *f = &imp->facts[i];
		long r;

		if (f->year || strcmp(f->col, "kommune") != 0 || f->kind != BOSETT_CELL_TEXT ||
		    strcasecmp(f->s, name) != 0 || !imp->inputs[f->file].rows)
			continue;
		r = imp_row_of(rs, f->code);
		if (r < 0 || (found >= 0 && found != r))
			return -1;
		found = r;
	}
	return found;
}
