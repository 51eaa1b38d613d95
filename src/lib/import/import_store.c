/*
 * import_store.c - what the readers of bosett-import record and the join
 * reads back: facts, the code history, counties, provenance notes and
 * warnings (among them those of a column no tool knows), all kept on the
 * handle. It calls nothing else of the import,
 * so every reader and the join can use it without a cycle.
 */
#include "import/import_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table/schema.h"

void imp_warn(struct bosett_import *imp, const char *fmt, ...)
{
	char buf[BOSETT_ERRMAX];
	va_list ap;

	va_start(ap, fmt);
	bosett_verr(buf, fmt, ap);
	va_end(ap);
	for (size_t i = 0; i < imp->nwarnings; i++)
		if (!strcmp(imp->warnings[i], buf))
			return;
	if (imp->nwarnings == imp->warncap) {
		size_t cap = imp->warncap ? imp->warncap * 2 : 16;
		char **w = realloc(imp->warnings, cap * sizeof *w);

		if (!w)
			return;
		imp->warnings = w;
		imp->warncap = cap;
	}
	imp->warnings[imp->nwarnings] = bosett_strdup(buf);
	if (imp->warnings[imp->nwarnings])
		imp->nwarnings++;
}

int imp_meta(struct bosett_import *imp, const char *key, const char *value)
{
	char **k, **v, *nv = bosett_strdup(value);

	if (!nv)
		return -1;
	for (size_t i = 0; i < imp->nmeta; i++)
		if (!strcmp(imp->mkeys[i], key)) {
			free(imp->mvals[i]);
			imp->mvals[i] = nv;
			return 0;
		}
	k = realloc(imp->mkeys, (imp->nmeta + 1) * sizeof *k);
	if (k)
		imp->mkeys = k;
	v = realloc(imp->mvals, (imp->nmeta + 1) * sizeof *v);
	if (v)
		imp->mvals = v;
	if (!k || !v || !(imp->mkeys[imp->nmeta] = bosett_strdup(key))) {
		free(nv);
		return -1;
	}
	imp->mvals[imp->nmeta++] = nv;
	return 0;
}

int imp_fact_add(struct bosett_import *imp, const char *code, int year, const char *col, int kind,
                 double v, const char *s, int additive, int file, long line)
{
	struct imp_fact *f;

	if (imp->nfacts == imp->factcap) {
		size_t cap = imp->factcap ? imp->factcap * 2 : 1024;

		f = realloc(imp->facts, cap * sizeof *f);
		if (!f) {
			bosett_err(imp->err, "out of memory");
			return -1;
		}
		imp->facts = f;
		imp->factcap = cap;
	}
	f = &imp->facts[imp->nfacts];
	memset(f, 0, sizeof *f);
	memcpy(f->code, code, strnlen(code, sizeof f->code - 1)); /* "" for a fact matched by name later */
	f->year = year;
	f->col = bosett_strdup(col);
	f->s = s && kind == BOSETT_CELL_TEXT ? bosett_strdup(s) : NULL;
	if (!f->col || (kind == BOSETT_CELL_TEXT && s && !f->s)) {
		free(f->col);
		free(f->s);
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	f->kind = kind;
	f->v = v;
	f->additive = additive;
	f->file = file;
	f->line = line;
	imp->nfacts++;
	return 0;
}

int imp_fact_add_named(struct bosett_import *imp, const char *code, const char *name, int year,
                       const char *col, int kind, double v, const char *s, int additive, int file,
                       long line)
{
	if (imp_fact_add(imp, code, year, col, kind, v, s, additive, file, line) != 0)
		return -1;
	if (name && *name) {
		imp->facts[imp->nfacts - 1].name = bosett_strdup(name);
		if (!imp->facts[imp->nfacts - 1].name)
			return -1;
	}
	return 0;
}

int imp_hist_add(struct bosett_import *imp, const char *code, int start, int end, const char *succ,
                 double weight, const char *name)
{
	struct imp_hist *h;

	if (imp->nhist == imp->histcap) {
		size_t cap = imp->histcap ? imp->histcap * 2 : 256;

		h = realloc(imp->hist, cap * sizeof *h);
		if (!h) {
			bosett_err(imp->err, "out of memory");
			return -1;
		}
		imp->hist = h;
		imp->histcap = cap;
	}
	h = &imp->hist[imp->nhist++];
	memcpy(h->code, code, 5);
	h->start = start;
	h->end = end;
	snprintf(h->succ, sizeof h->succ, "%s", succ);
	h->weight = weight;
	snprintf(h->name, sizeof h->name, "%s", name ? name : "");
	return 0;
}

int imp_county_add(struct bosett_import *imp, const char *code, const char *name)
{
	struct imp_county *c = realloc(imp->counties, (imp->ncounties + 1) * sizeof *c);

	if (!c) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	imp->counties = c;
	memcpy(c[imp->ncounties].code, code, 3);
	c[imp->ncounties].name = bosett_strdup(name);
	if (!c[imp->ncounties].name)
		return -1;
	imp->ncounties++;
	return 0;
}

int imp_check_column(struct bosett_import *imp, const char *input, long line, const char *col)
{
	const char *near;
	char key[300];

	if (bosett_schema_expected(col) || !strncmp(col, "imdi:", 5) || !strncmp(col, "ssb:", 4))
		return 0;
	snprintf(key, sizeof key, ",%s,", col);
	if (imp->keep && strstr(imp->keep, key))
		return 0;
	near = bosett_schema_suggest(col);
	if (imp->strict) {
		bosett_err(imp->err, "%s:%ld: column '%s': unknown column%s%s%s (--strict)", input, line, col,
		           near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
		return -1;
	}
	imp_warn(imp, "%s:%ld: column '%s': unknown column, kept as it is%s%s%s "
	         "(an x_ prefix or --keep-columns keeps an extra column quietly)", input, line, col,
	         near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
	return 0;
}
