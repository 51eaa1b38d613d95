/*
 * import.c - the join of bosett-import: map every fact read from the inputs
 * to the current (2024) municipal structure, combine what several old
 * municipalities said of one new one, check that inputs agree, and write
 * the table of bosett-data(5) with its provenance.
 *
 * Codes are mapped with a code history (kommune_history.tsv): a code valid
 * in a fact's year is followed through its successors to a code of today.
 * Merges are summed (counts) or must agree (everything else); a split is
 * divided by the history's weights, except a split into today's structure
 * (1507 Ålesund into 1508 Ålesund and 1580 Haram, 2024), which is divided
 * by the population of the parts. Either way with a warning.
 */
#include "import_impl.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "json_util.h"
#include "schema.h"
#include "table_impl.h"

struct bosett_import *bosett_import_new(void)
{
	return calloc(1, sizeof(struct bosett_import));
}

void bosett_import_free(struct bosett_import *imp)
{
	if (!imp)
		return;
	for (size_t i = 0; i < imp->ninputs; i++)
		free(imp->inputs[i].name);
	free(imp->inputs);
	for (size_t i = 0; i < imp->nfacts; i++) {
		free(imp->facts[i].col);
		free(imp->facts[i].s);
		free(imp->facts[i].name);
	}
	free(imp->facts);
	free(imp->hist);
	for (size_t i = 0; i < imp->ncounties; i++)
		free(imp->counties[i].name);
	free(imp->counties);
	for (size_t i = 0; i < imp->nmap; i++) {
		free(imp->mapfrom[i]);
		free(imp->mapto[i]);
	}
	free(imp->mapfrom);
	free(imp->mapto);
	for (size_t i = 0; i < imp->nwarnings; i++)
		free(imp->warnings[i]);
	free(imp->warnings);
	for (size_t i = 0; i < imp->nmeta; i++) {
		free(imp->mkeys[i]);
		free(imp->mvals[i]);
	}
	free(imp->mkeys);
	free(imp->mvals);
	free(imp);
}

const char *bosett_import_error(const struct bosett_import *imp)
{
	return imp ? imp->err : "out of memory";
}

int bosett_import_set_year(struct bosett_import *imp, int year)
{
	if (year != 0 && (year < 1900 || year > 2200)) {
		bosett_err(imp->err, "year out of range: %d", year);
		return BOSETT_EUSAGE;
	}
	imp->year = year;
	return BOSETT_OK;
}

void bosett_import_set_strict(struct bosett_import *imp, int strict)
{
	imp->strict = strict;
}

int bosett_import_set_map(struct bosett_import *imp, const char *name, const void *data, size_t len)
{
	cJSON *doc = bosett_json_parse(name, data, len, imp->err);
	const cJSON *it;

	if (!doc)
		return BOSETT_EDATA;
	if (!cJSON_IsObject(doc)) {
		bosett_err(imp->err, "%s: a column map is a JSON object {\"their name\": \"bosett name\", ...}", name);
		cJSON_Delete(doc);
		return BOSETT_EDATA;
	}
	cJSON_ArrayForEach(it, doc) {
		char **f, **t;

		if (!cJSON_IsString(it)) {
			bosett_err(imp->err, "%s: \"%s\": the new name must be a string", name, it->string);
			cJSON_Delete(doc);
			return BOSETT_EDATA;
		}
		f = realloc(imp->mapfrom, (imp->nmap + 1) * sizeof *f);
		if (f)
			imp->mapfrom = f;
		t = realloc(imp->mapto, (imp->nmap + 1) * sizeof *t);
		if (t)
			imp->mapto = t;
		if (!f || !t) {
			cJSON_Delete(doc);
			return BOSETT_EDATA;
		}
		imp->mapfrom[imp->nmap] = bosett_strdup(it->string);
		imp->mapto[imp->nmap] = bosett_strdup(it->valuestring);
		imp->nmap++;
	}
	cJSON_Delete(doc);
	return BOSETT_OK;
}

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

size_t bosett_import_warning_count(const struct bosett_import *imp)
{
	return imp->nwarnings;
}

const char *bosett_import_warning(const struct bosett_import *imp, size_t i)
{
	return i < imp->nwarnings ? imp->warnings[i] : NULL;
}

const char *bosett_import_input_kind(const struct bosett_import *imp, size_t i)
{
	return i < imp->ninputs ? imp->inputs[i].kind : NULL;
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
	memcpy(f->code, code, 5);
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

int bosett_import_add_mem(struct bosett_import *imp, const char *name, const void *data, size_t len,
                          const char *kind)
{
	struct imp_input *in = realloc(imp->inputs, (imp->ninputs + 1) * sizeof *in);
	int rc;

	if (!in) {
		bosett_err(imp->err, "out of memory");
		return BOSETT_EDATA;
	}
	imp->inputs = in;
	in = &imp->inputs[imp->ninputs];
	memset(in, 0, sizeof *in);
	in->name = bosett_strdup(name);
	if (!in->name)
		return BOSETT_EDATA;
	in->bytes = len;
	bosett_sha256_hex(data, len, in->sha256);
	if (kind) {
		size_t i;

		for (i = 0; bosett_import_kind_name(i); i++)
			if (!strcmp(bosett_import_kind_name(i), kind))
				break;
		if (!bosett_import_kind_name(i)) {
			bosett_err(imp->err, "unknown kind of input: \"%s\"", kind);
			free(in->name);
			return BOSETT_EUSAGE;
		}
		kind = bosett_import_kind_name(i);
	}
	in->kind = kind;
	imp->ninputs++;
	rc = imp_read(imp, (int)imp->ninputs - 1, data, len, kind);
	return rc ? BOSETT_EDATA : BOSETT_OK;
}

int bosett_import_add_file(struct bosett_import *imp, const char *path, const char *kind)
{
	struct bosett_buf b = { 0 };
	const char *name;
	int rc;

	if (bosett_slurp(path, &b, &name, imp->err) != 0)
		return BOSETT_EDATA;
	rc = bosett_import_add_mem(imp, name, b.data ? b.data : "", b.len, kind);
	bosett_buf_free(&b);
	return rc;
}

/* ---- the current structure and the mapping of codes ---------------------- */

struct rowset {
	char (*codes)[5];
	size_t n;
	double *pop;        /* population from the municipality list, -1 unknown */
};

static int cmp_code(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

static long row_of(const struct rowset *rs, const char *code)
{
	const char (*p)[5] = bsearch(code, rs->codes, rs->n, sizeof *rs->codes, cmp_code);

	return p ? (long)(p - rs->codes) : -1;
}

struct dest {
	long row;
	double w;
};

#define MAXDEST 16

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

struct mapctx {
	struct bosett_import *imp;
	const struct rowset *rows;
	struct dest d[MAXDEST];
	size_t n;
	int split;           /* 1 if divided */
	int named;           /* 1 if sent whole to the part of its name */
	char note[256];
};

/* The name a code of today has in the history, "" if none. */
static const char *hist_name(const struct bosett_import *imp, const char *code)
{
	const struct imp_hist *h = hist_find(imp, code, 0);

	return h ? h->name : "";
}

/* origin: the name of the municipality left on the way here (before a merge), or NULL. */
static int map_code(struct mapctx *m, const char *code, int year, double w, int depth, const char *origin)
{
	const struct imp_hist *h, *succ[MAXDEST];
	size_t ns = 0;
	double wsum = 0;
	long row;

	if (depth > 20)
		return -1;
	row = row_of(m->rows, code);
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
			long r = row_of(m->rows, succ[i]->succ);

			if (r < 0 || m->rows->pop[r] <= 0)
				bypop = 0;
		}
		for (size_t i = 0; i < ns; i++) {
			share[i] = bypop ? m->rows->pop[row_of(m->rows, succ[i]->succ)] : succ[i]->weight;
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
				return map_code(m, succ[to]->succ, h->end + 1, w, depth + 1, NULL);
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
			o += (size_t)snprintf(m->note + o, sizeof m->note - o, "%s %.4g to %s", i ? "," : "",
			                      share[i], succ[i]->succ);
		if (o < sizeof m->note)
			snprintf(m->note + o, sizeof m->note - o, " %s",
			         bypop ? "by population" : "by the weights of the code history");
		for (size_t i = 0; i < ns; i++)
			if (map_code(m, succ[i]->succ, h->end + 1, w * share[i], depth + 1, NULL) != 0)
				return -1;
		return 0;
	}
	return map_code(m, succ[0]->succ, h->end + 1, w, depth + 1, h->name[0] ? h->name : NULL);
}

/* ---- the join ------------------------------------------------------------ */

/* A fact on a row of today's structure. */
struct mfact {
	long row;
	int year, file, kind, additive;
	const char *col;
	double v;
	const char *s;
	const char *name;    /* the name the input gives, or NULL */
	int split;           /* 1 if divided between municipalities */
	long line;
	size_t order;
};

static int cmp_mfact(const void *a, const void *b)
{
	const struct mfact *x = a, *y = b;
	int c = strcmp(x->col, y->col);

	if (c)
		return c;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* A combined value of one column, year and row. */
struct cval {
	const char *col;
	int year, file;
	long row;
	int kind;
	double v;
	const char *s;
};

/* Combine a and b of one input (a merge of old municipalities): counts
 * are summed ("." adds nothing, ":" makes the sum unknown); other values
 * must agree. Returns 0, or -1 when they cannot be combined. */
static int merge_into(struct mfact *a, const struct mfact *b)
{
	if (b->kind == BOSETT_CELL_EMPTY)
		return 0;
	if (a->kind == BOSETT_CELL_EMPTY) {
		*a = *b;
		return 0;
	}
	if (a->additive) {
		if (a->kind == BOSETT_CELL_SUPPRESSED || b->kind == BOSETT_CELL_SUPPRESSED)
			a->kind = BOSETT_CELL_SUPPRESSED;
		else if (b->kind == BOSETT_CELL_NUMBER && a->kind == BOSETT_CELL_NUMBER)
			a->v += b->v;
		else if (b->kind == BOSETT_CELL_NUMBER)
			*a = *b;
		return 0;
	}
	if (a->kind != b->kind)
		return -1;
	if (a->kind == BOSETT_CELL_TEXT)
		return strcmp(a->s, b->s) == 0 ? 0 : -1;
	if (a->kind == BOSETT_CELL_NUMBER)
		return a->v == b->v ? 0 : -1;
	return 0;
}

static int same_value(const struct mfact *a, const struct mfact *b)
{
	if (a->kind != b->kind)
		return 0;
	if (a->kind == BOSETT_CELL_TEXT)
		return strcmp(a->s, b->s) == 0;
	if (a->kind == BOSETT_CELL_NUMBER)
		return fabs(a->v - b->v) <= 1e-9 * fmax(1, fabs(a->v));
	return 1;
}

static const char *show(const struct mfact *f, char *buf, size_t n)
{
	switch (f->kind) {
	case BOSETT_CELL_TEXT: return bosett_quote(f->s, strlen(f->s), buf, n);
	case BOSETT_CELL_NUMBER: return bosett_format_double(buf, n, f->v);
	case BOSETT_CELL_ABSENT: return ".";
	case BOSETT_CELL_SUPPRESSED: return ":";
	default: return "";
	}
}

/* Divide a whole number v among n parts by shares w (largest remainder, ties
 * to the first part), so that the parts add up to v. */
static void divide_whole(double v, const double *w, size_t n, double *out)
{
	double left = v;
	double rem[MAXDEST];

	for (size_t i = 0; i < n; i++) {
		out[i] = floor(v * w[i] + 1e-9);
		rem[i] = v * w[i] - out[i];
		left -= out[i];
	}
	while (left > 0.5) {
		size_t best = 0;

		for (size_t i = 1; i < n; i++)
			if (rem[i] > rem[best] + 1e-12)
				best = i;
		out[best] += 1;
		rem[best] = -1;
		left -= 1;
	}
}

struct joined {
	struct cval *v;
	size_t n;
};

static const struct cval *lookup(const struct joined *j, const char *col, int year, long row)
{
	size_t lo = 0, hi = j->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct cval *c = &j->v[mid];
		int k = strcmp(c->col, col);

		if (!k)
			k = c->year < year ? -1 : c->year > year;
		if (!k)
			k = c->row < row ? -1 : c->row > row;
		if (!k)
			return c;
		if (k < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int build_rows(struct bosett_import *imp, struct rowset *rs)
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
		r = row_of(rs, f->code);
		if (r >= 0 && rs->pop[r] < 0)
			rs->pop[r] = f->v;
	}
	return 0;
}

/* Of a dated column other than the settlement history only the latest
 * year is used, and none when the column is also given undated. */
struct colyear {
	const char *col;
	int maxyear, undated;
	int ufile;           /* the first input that gives it undated */
};

static int col_year_used(const struct colyear *cy, size_t n, const char *col, int year)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(cy[i].col, col))
			return year >= cy[i].maxyear && !(cy[i].undated && strncmp(col, "ssb:", 4) != 0);
	return 1;
}

static struct colyear *col_years(const struct bosett_import *imp, size_t *n)
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
static long row_by_name(const struct bosett_import *imp, const struct rowset *rs, const char *name)
{
	long found = -1;

	for (size_t i = 0; i < imp->nfacts; i++) {
		const struct imp_fact *f = &imp->facts[i];
		long r;

		if (f->year || strcmp(f->col, "kommune") != 0 || f->kind != BOSETT_CELL_TEXT ||
		    strcasecmp(f->s, name) != 0 || !imp->inputs[f->file].rows)
			continue;
		r = row_of(rs, f->code);
		if (r < 0 || (found >= 0 && found != r))
			return -1;
		found = r;
	}
	return found;
}

/* Output columns in the order of bosett-data(5) for those known. */
static const char *const order[] = {
	"kommunenr", "kommune", "fylkenr", "fylke", "population", "area_km2", "malform",
	"region", "region_name", "lon", "lat",
	"requested_prev", "decided_prev", "settled_prev",
	"requested_avg3", "decided_avg3", "settled_avg3",
	"requested", "decided", "settled",
	"working_age_share", "immigrants",
};

static int put_cell(struct bosett_table *t, size_t row, int col, const struct cval *c, int decimals)
{
	if (!c || c->kind == BOSETT_CELL_EMPTY)
		return 0;
	if (c->kind == BOSETT_CELL_TEXT)
		return bosett_table_set_text(t, row, (size_t)col, c->s);
	if (c->kind == BOSETT_CELL_NUMBER)
		return bosett_table_set_number(t, row, (size_t)col, c->v, decimals);
	return bosett_table_set_kind(t, row, (size_t)col, (enum bosett_cell)c->kind);
}

struct pick {
	const char *col;
	int year;
};

/* Put a figure of the settlement history; a table among the inputs that
 * already gives the column must agree. */
static int put_checked(struct bosett_import *imp, struct bosett_table *t, size_t row, const char *name,
                       int kind, double v, const char *text)
{
	int col = bosett_table_col(t, name);
	double old;
	enum bosett_cell k;

	if (col < 0)
		return 0;
	k = bosett_table_cell(t, row, (size_t)col, &old);
	if (k != BOSETT_CELL_EMPTY && ((int)k != kind || (k == BOSETT_CELL_NUMBER && old != v))) {
		char q[64];

		bosett_err(imp->err, "column '%s' of %s: an input table gives %s, the settlement history %s",
		           name, bosett_table_text(t, row, 0),
		           bosett_quote(bosett_table_text(t, row, (size_t)col),
		                        strlen(bosett_table_text(t, row, (size_t)col)), q, sizeof q), text);
		return -1;
	}
	if (kind == BOSETT_CELL_NUMBER)
		return bosett_table_set_number(t, row, (size_t)col, v, -1);
	if (kind == BOSETT_CELL_EMPTY)
		return 0;
	return bosett_table_set_kind(t, row, (size_t)col, (enum bosett_cell)kind);
}

static int put_hist(struct bosett_import *imp, struct bosett_table *t, size_t row, const char *name,
                    const struct cval *c)
{
	char buf[64];

	if (!c)
		return 0;
	if (c->kind == BOSETT_CELL_NUMBER)
		bosett_format_double(buf, sizeof buf, c->v);
	else
		snprintf(buf, sizeof buf, "%s", c->kind == BOSETT_CELL_ABSENT ? "." : ":");
	return put_checked(imp, t, row, name, c->kind, c->v, buf);
}

/* requested_avg3 and the like: the mean over the three years before of the
 * years with a figure; "." and ":" years are left out of the mean (not
 * counted as zero). No year with a figure: ":" if one was suppressed, else
 * "." if one was absent, else empty. Rounded to 2 decimals. */
static int put_mean(struct bosett_import *imp, struct bosett_table *t, size_t row, const char *name,
                    const struct joined *j, const char *series, int year, long r)
{
	double sum = 0;
	int n = 0, supp = 0, absent = 0;
	char buf[64];

	for (int y = year - 3; y < year; y++) {
		const struct cval *c = lookup(j, series, y, r);

		if (!c)
			continue;
		if (c->kind == BOSETT_CELL_NUMBER) {
			sum += c->v;
			n++;
		} else if (c->kind == BOSETT_CELL_SUPPRESSED) {
			supp = 1;
		} else if (c->kind == BOSETT_CELL_ABSENT) {
			absent = 1;
		}
	}
	if (n) {
		double m = round(sum / n * 100) / 100;

		return put_checked(imp, t, row, name, BOSETT_CELL_NUMBER, m,
		                   bosett_format_double(buf, sizeof buf, m));
	}
	if (supp)
		return put_checked(imp, t, row, name, BOSETT_CELL_SUPPRESSED, 0, ":");
	if (absent)
		return put_checked(imp, t, row, name, BOSETT_CELL_ABSENT, 0, ".");
	return 0;
}

int bosett_import_run(struct bosett_import *imp, struct bosett_table *t)
{
	struct rowset rs = { 0 };
	struct mfact *mf = NULL;
	struct joined j = { 0 };
	size_t nmf = 0, cap = 0;
	int rc = BOSETT_EDATA, year = imp->year, have_hist = 0, have_age = 0;
	char num[64], key[160];
	struct pick *picks = NULL;
	struct colyear *cy = NULL;
	size_t npick = 0, nunm = 0, ncy = 0;
	struct {
		int file;
		char code[5];
	} unm[256];

	bosett_table_clear(t);
	/* the year: given, or the latest of the settlement history */
	if (!year)
		for (size_t i = 0; i < imp->nfacts; i++)
			if (!strncmp(imp->facts[i].col, "imdi:", 5) && imp->facts[i].year > year)
				year = imp->facts[i].year;
	cy = col_years(imp, &ncy);
	if (!cy) {
		bosett_err(imp->err, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < imp->nfacts; i++) {
		struct imp_fact *f = &imp->facts[i];

		if (!f->year)
			f->unused = 0;
		else if (!strncmp(f->col, "imdi:", 5))
			f->unused = f->year < year - 3 || f->year > year;
		else
			f->unused = !col_year_used(cy, ncy, f->col, f->year);
		if (f->unused && f->year && strncmp(f->col, "imdi:", 5) != 0 && strncmp(f->col, "ssb:", 4) != 0)
			for (size_t k = 0; k < ncy; k++)
				if (!strcmp(cy[k].col, f->col) && cy[k].undated && f->year == cy[k].maxyear)
					imp_warn(imp, "%s: column '%s' of %d not used: %s gives it for today's structure",
					         imp->inputs[f->file].name, f->col, f->year, imp->inputs[cy[k].ufile].name);
	}
	if (build_rows(imp, &rs) != 0) {
		bosett_err(imp->err, "out of memory");
		goto done;
	}
	if (!rs.n) {
		bosett_err(imp->err, "no municipality in the inputs");
		goto done;
	}
	/* map every fact to today's rows */
	for (size_t i = 0; i < imp->nfacts; i++) {
		const struct imp_fact *f = &imp->facts[i];
		struct mapctx m;
		double w[MAXDEST], parts[MAXDEST];

		memset(&m, 0, sizeof m);
		m.imp = imp;
		m.rows = &rs;
		if (f->unused)
			continue;
		if ((map_code(&m, f->code, f->year, 1.0, 0, NULL) != 0 || m.n == 0) && f->name) {
			long r = row_by_name(imp, &rs, f->name);

			m.n = 0;
			m.split = 0;
			if (r >= 0) {
				m.d[0].row = r;
				m.d[0].w = 1;
				m.n = 1;
				if (f->code[0])
					imp_warn(imp, "%s:%ld: kommunenummer %s (%s) is not in the code history: matched by its name to %s",
					         imp->inputs[f->file].name, f->line, f->code, f->name, rs.codes[r]);
			}
		}
		if (m.n == 0) {
			if (f->kind == BOSETT_CELL_ABSENT || f->kind == BOSETT_CELL_EMPTY)
				continue;
			if (imp->strict) {
				if (f->code[0])
					bosett_err(imp->err, "%s:%ld: kommunenummer %s matches no municipality of the current structure",
					           imp->inputs[f->file].name, f->line, f->code);
				else
					bosett_err(imp->err, "%s:%ld: \"%s\" matches the name of no one municipality of the list",
					           imp->inputs[f->file].name, f->line, f->name ? f->name : "");
				goto done;
			}
			{
				size_t u;

				for (u = 0; u < nunm; u++)
					if (unm[u].file == f->file && f->code[0] && !strcmp(unm[u].code, f->code))
						break;
				if (u < nunm)
					continue;
				if (nunm < sizeof unm / sizeof unm[0]) {
					unm[nunm].file = f->file;
					memcpy(unm[nunm].code, f->code, 5);
					nunm++;
				}
			}
			if (f->code[0])
				imp_warn(imp, "%s:%ld: kommunenummer %s matches no municipality of the current structure: ignored",
				         imp->inputs[f->file].name, f->line, f->code);
			else
				imp_warn(imp, "%s:%ld: \"%s\" matches the name of no one municipality of the list: ignored",
				         imp->inputs[f->file].name, f->line, f->name ? f->name : "");
			continue;
		}
		if ((m.split || m.named) && (f->kind == BOSETT_CELL_NUMBER || f->kind == BOSETT_CELL_SUPPRESSED))
			imp_warn(imp, "%s: %s", imp->inputs[f->file].name, m.note);
		for (size_t k = 0; k < m.n; k++)
			w[k] = m.d[k].w;
		if (f->additive && f->kind == BOSETT_CELL_NUMBER && m.n > 1) {
			if (f->v == floor(f->v))
				divide_whole(f->v, w, m.n, parts);
			else
				for (size_t k = 0; k < m.n; k++)
					parts[k] = f->v * w[k];
		} else {
			for (size_t k = 0; k < m.n; k++)
				parts[k] = f->additive ? f->v * w[k] : f->v;
		}
		for (size_t k = 0; k < m.n; k++) {
			struct mfact *x;

			if (nmf == cap) {
				size_t nc = cap ? cap * 2 : 1024;

				x = realloc(mf, nc * sizeof *x);
				if (!x) {
					bosett_err(imp->err, "out of memory");
					goto done;
				}
				mf = x;
				cap = nc;
			}
			x = &mf[nmf++];
			x->row = m.d[k].row;
			x->year = f->year;
			x->file = f->file;
			x->kind = f->kind;
			x->additive = f->additive;
			x->col = f->col;
			x->v = parts[k];
			x->s = f->s;
			x->name = f->name;
			x->split = m.n > 1;
			x->line = f->line;
			x->order = i;
		}
	}
	qsort(mf, nmf, sizeof *mf, cmp_mfact);
	j.v = malloc((nmf + 1) * sizeof *j.v);
	if (!j.v) {
		bosett_err(imp->err, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < nmf;) {
		/* one column, year and row: first combine within each input */
		struct mfact acc = mf[i];
		size_t e = i + 1;
		int first_file = mf[i].file;
		struct mfact firstv;

		while (e < nmf && !strcmp(mf[e].col, acc.col) && mf[e].year == acc.year &&
		       mf[e].row == acc.row && mf[e].file == first_file) {
			if (merge_into(&acc, &mf[e]) != 0) {
				char q1[128], q2[128];

				bosett_err(imp->err, "%s:%ld: and line %ld: column '%s': two values for %s that cannot be combined: %s and %s",
				           imp->inputs[acc.file].name, acc.line, mf[e].line, acc.col, rs.codes[acc.row],
				           show(&acc, q1, sizeof q1), show(&mf[e], q2, sizeof q2));
				goto done;
			}
			e++;
		}
		firstv = acc;
		/* then the other inputs must agree */
		while (e < nmf && !strcmp(mf[e].col, acc.col) && mf[e].year == acc.year && mf[e].row == acc.row) {
			struct mfact other = mf[e];
			int f2 = mf[e].file;

			e++;
			while (e < nmf && !strcmp(mf[e].col, acc.col) && mf[e].year == acc.year &&
			       mf[e].row == acc.row && mf[e].file == f2) {
				if (merge_into(&other, &mf[e]) != 0) {
					bosett_err(imp->err, "%s:%ld: column '%s': two values for %s that cannot be combined",
					           imp->inputs[f2].name, mf[e].line, acc.col, rs.codes[acc.row]);
					goto done;
				}
				e++;
			}
			if (other.kind == BOSETT_CELL_EMPTY)
				continue;
			if (firstv.kind == BOSETT_CELL_EMPTY) {
				firstv = other;
				continue;
			}
			if (!same_value(&firstv, &other)) {
				char q1[128], q2[128];

				bosett_err(imp->err, "%s:%ld: column '%s' of %s: %s, but %s:%ld gives %s",
				           imp->inputs[other.file].name, other.line, acc.col, rs.codes[acc.row],
				           show(&other, q2, sizeof q2), imp->inputs[firstv.file].name, firstv.line,
				           show(&firstv, q1, sizeof q1));
				goto done;
			}
		}
		j.v[j.n].col = firstv.col;
		j.v[j.n].year = firstv.year;
		j.v[j.n].file = firstv.file;
		j.v[j.n].row = firstv.row;
		j.v[j.n].kind = firstv.kind;
		j.v[j.n].v = firstv.v;
		j.v[j.n].s = firstv.s;
		j.n++;
		i = e;
	}
	for (size_t i = 0; i < j.n; i++)
		if (!strncmp(j.v[i].col, "imdi:", 5))
			have_hist = 1;

	/* the year of each column: an undated value (a municipality list, a
	 * table of today) wins over dated ones; else the latest year given */
	npick = 0;
	picks = malloc((j.n + 1) * sizeof *picks);
	if (!picks) {
		bosett_err(imp->err, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < j.n;) {
		size_t e = i;
		int maxyear = 0, undated = 0, dfile = -1, ufile = -1;

		while (e < j.n && !strcmp(j.v[e].col, j.v[i].col)) {
			if (!j.v[e].year) {
				undated = 1;
				if (ufile < 0)
					ufile = j.v[e].file;
			} else if (j.v[e].year >= maxyear) {
				maxyear = j.v[e].year;
				dfile = j.v[e].file;
			}
			e++;
		}
		if (strncmp(j.v[i].col, "imdi:", 5) != 0) {
			picks[npick].col = j.v[i].col;
			picks[npick].year = undated ? 0 : maxyear;
			npick++;
			if (undated && maxyear && strncmp(j.v[i].col, "ssb:", 4) != 0)
				imp_warn(imp, "%s: column '%s' of %d not used: %s gives it for today's structure",
				         imp->inputs[dfile].name, j.v[i].col, maxyear, imp->inputs[ufile].name);
		}
		i = e;
	}

	have_age = 0;
	for (size_t i = 0; i < npick; i++)
		if (!strcmp(picks[i].col, IMP_AGE2066))
			have_age = picks[i].year ? picks[i].year : -1;

	/* the table */
	if (bosett_table_set_source(t, "joined table") != 0)
		goto done;
	for (size_t c = 0; c < sizeof order / sizeof order[0]; c++) {
		int present = c < 2;

		if (!strncmp(order[c], "requested", 9) || !strncmp(order[c], "decided", 7) ||
		    !strncmp(order[c], "settled", 7))
			present = have_hist;
		else if (!strcmp(order[c], "fylkenr"))
			present = 1;
		else if (!strcmp(order[c], "fylke"))
			present = imp->ncounties > 0;
		else if (!strcmp(order[c], "working_age_share"))
			present = have_age != 0;
		for (size_t i = 0; i < npick && !present; i++)
			present = !strcmp(picks[i].col, order[c]);
		if (present && bosett_table_add_col(t, order[c]) < 0)
			goto done;
	}
	/* other columns, in the order of their names */
	for (size_t i = 0; i < npick; i++) {
		size_t c;

		if (!strncmp(picks[i].col, "ssb:", 4))
			continue;
		for (c = 0; c < sizeof order / sizeof order[0]; c++)
			if (!strcmp(order[c], picks[i].col))
				break;
		if (c == sizeof order / sizeof order[0] && bosett_table_add_col(t, picks[i].col) < 0)
			goto done;
	}
	if (have_age && bosett_table_col(t, "working_age_share") < 0 &&
	    bosett_table_add_col(t, "working_age_share") < 0)
		goto done;
	for (size_t r = 0; r < rs.n; r++) {
		long row = bosett_table_add_row(t);
		char fy[3];

		if (row < 0)
			goto done;
		memcpy(fy, rs.codes[r], 2);
		fy[2] = '\0';
		bosett_table_set_text(t, (size_t)row, (size_t)bosett_table_col(t, "kommunenr"), rs.codes[r]);
		bosett_table_set_text(t, (size_t)row, (size_t)bosett_table_col(t, "fylkenr"), fy);
		for (size_t k = 0; k < imp->ncounties; k++)
			if (!strcmp(imp->counties[k].code, fy))
				bosett_table_set_text(t, (size_t)row, (size_t)bosett_table_col(t, "fylke"),
				                      imp->counties[k].name);
	}
	for (size_t p = 0; p < npick; p++) {
		int col = bosett_table_col(t, picks[p].col);

		if (col < 0 || !strcmp(picks[p].col, "kommunenr") || !strcmp(picks[p].col, "fylkenr"))
			continue;
		if (picks[p].year) {
			snprintf(num, sizeof num, "%d", picks[p].year);
			snprintf(key, sizeof key, "import.year.%s", picks[p].col);
			bosett_table_meta_set(t, key, num);
		}
		for (size_t r = 0; r < rs.n; r++) {
			const struct cval *c = lookup(&j, picks[p].col, picks[p].year, (long)r);
			int dec = !strcmp(picks[p].col, "lon") || !strcmp(picks[p].col, "lat") ? 6 : -1;

			if (c && (c->kind == BOSETT_CELL_ABSENT || c->kind == BOSETT_CELL_SUPPRESSED) &&
			    bosett_schema_find(picks[p].col) && !bosett_schema_find(picks[p].col)->markers) {
				bosett_err(imp->err, "%s: column '%s' of %s: %s where a figure is needed",
				           imp->inputs[c->file].name, picks[p].col, rs.codes[r],
				           c->kind == BOSETT_CELL_ABSENT ? "no value (\".\")" : "suppressed (\":\")");
				goto done;
			}
			if (put_cell(t, r, col, c, dec) != 0)
				goto done;
		}
	}
	/* no municipality list: the names the inputs give (SSB's labels) */
	{
		int kcol = bosett_table_col(t, "kommune");

		for (size_t i = 0; i < nmf; i++)
			if (mf[i].name && !mf[i].split &&
			    bosett_table_cell(t, (size_t)mf[i].row, (size_t)kcol, NULL) == BOSETT_CELL_EMPTY &&
			    bosett_table_set_text(t, (size_t)mf[i].row, (size_t)kcol, mf[i].name) != 0)
				goto done;
	}
	if (have_age) {
		/* working_age_share: persons 20-66 over persons of all ages, 4 decimals */
		int col = bosett_table_col(t, "working_age_share");
		int y = have_age > 0 ? have_age : 0;

		if (y) {
			snprintf(num, sizeof num, "%d", y);
			bosett_table_meta_set(t, "import.year.working_age_share", num);
		}
		for (size_t r = 0; r < rs.n; r++) {
			const struct cval *w = lookup(&j, IMP_AGE2066, y, (long)r);
			const struct cval *a = lookup(&j, IMP_AGEALL, y, (long)r);

			if (!w || !a)
				continue;
			if (w->kind == BOSETT_CELL_NUMBER && a->kind == BOSETT_CELL_NUMBER && a->v > 0)
				bosett_table_set_number(t, r, (size_t)col, round(w->v / a->v * 1e4) / 1e4, -1);
			else if (w->kind == BOSETT_CELL_SUPPRESSED || a->kind == BOSETT_CELL_SUPPRESSED)
				bosett_table_set_kind(t, r, (size_t)col, BOSETT_CELL_SUPPRESSED);
			else if (w->kind == BOSETT_CELL_ABSENT || a->kind == BOSETT_CELL_ABSENT)
				bosett_table_set_kind(t, r, (size_t)col, BOSETT_CELL_ABSENT);
		}
	}
	if (have_hist) {
		static const char *const series[3] = { IMP_REQUESTED, IMP_DECIDED, IMP_SETTLED };
		static const char *const base[3] = { "requested", "decided", "settled" };

		for (size_t r = 0; r < rs.n; r++)
			for (int s = 0; s < 3; s++) {
				char name[32];

				snprintf(name, sizeof name, "%s_prev", base[s]);
				if (put_hist(imp, t, r, name, lookup(&j, series[s], year - 1, (long)r)) != 0)
					goto done;
				snprintf(name, sizeof name, "%s_avg3", base[s]);
				if (put_mean(imp, t, r, name, &j, series[s], year, (long)r) != 0)
					goto done;
				if (put_hist(imp, t, r, base[s], lookup(&j, series[s], year, (long)r)) != 0)
					goto done;
			}
	}
	/* what bosett-data(5) requires, said in terms of the inputs */
	{
		static const char *const required[] = { "kommune", "population" };

		for (size_t k = 0; k < 2; k++) {
			int col = bosett_table_col(t, required[k]);

			for (size_t r = 0; r < rs.n; r++)
				if (col < 0 || bosett_table_cell(t, r, (size_t)col, NULL) == BOSETT_CELL_EMPTY) {
					int kc = bosett_table_col(t, "kommune");
					const char *nm = kc >= 0 ? bosett_table_text(t, r, (size_t)kc) : "";

					bosett_err(imp->err, "%s%s%s: no input gives its '%s' (a municipality list or a table with the column is needed)",
					           rs.codes[r], *nm ? " " : "", nm, required[k]);
					goto done;
				}
		}
	}
	if (bosett_table_check(t) != BOSETT_OK) {
		bosett_err(imp->err, "%s", bosett_table_error(t));
		goto done;
	}
	/* provenance */
	bosett_table_meta_set(t, "import.tool", "bosett-import");
	if (year) {
		snprintf(num, sizeof num, "%d", year);
		bosett_table_meta_set(t, "year", num);
	}
	bosett_table_meta_set(t, "import.structure", "2024");
	for (size_t i = 0; i < imp->nmeta; i++)
		bosett_table_meta_set(t, imp->mkeys[i], imp->mvals[i]);
	for (size_t i = 0; i < imp->ninputs; i++)
		if (bosett_table_input_add(t, imp->inputs[i].name, imp->inputs[i].bytes,
		                           imp->inputs[i].sha256) != BOSETT_OK) {
			bosett_err(imp->err, "%s", bosett_table_error(t));
			goto done;
		}
	rc = BOSETT_OK;
done:
	free(rs.codes);
	free(rs.pop);
	free(mf);
	free(j.v);
	free(picks);
	free(cy);
	return rc;
}

/* ---- the crosswalk --------------------------------------------------------- */

static int cmp_hist(const void *a, const void *b)
{
	const struct imp_hist *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	if (c)
		return c;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return strcmp(x->succ, y->succ);
}

int bosett_import_write_crosswalk(struct bosett_import *imp, FILE *fp)
{
	struct rowset rs = { 0 };
	struct imp_hist *h = NULL;
	int rc = BOSETT_EDATA;

	if (!imp->nhist) {
		bosett_err(imp->err, "a crosswalk needs a code history among the inputs");
		return BOSETT_EUSAGE;
	}
	if (build_rows(imp, &rs) != 0) {
		bosett_err(imp->err, "out of memory");
		goto done;
	}
	h = malloc(imp->nhist * sizeof *h);
	if (!h) {
		bosett_err(imp->err, "out of memory");
		goto done;
	}
	memcpy(h, imp->hist, imp->nhist * sizeof *h);
	qsort(h, imp->nhist, sizeof *h, cmp_hist);
	fputs("municip_code,municip_name,year_start,year_end,municip_code_end,weighting\n", fp);
	for (size_t i = 0; i < imp->nhist; i++) {
		struct mapctx m;
		char name[160];
		double w[MAXDEST];

		if (i && !strcmp(h[i].code, h[i - 1].code) && h[i].start == h[i - 1].start &&
		    h[i].end == h[i - 1].end)
			continue;
		/* names may hold commas or quotes: quote them as CSV does */
		{
			size_t o = 0;

			name[o++] = '"';
			/* a name a spreadsheet would run as a formula is neutralised,
			 * as bosett-data(5) writes it */
			if (strchr("=+-@\t\r", h[i].name[0]) && h[i].name[0])
				name[o++] = '\'';
			for (const char *p = h[i].name; *p && o + 3 < sizeof name; p++) {
				if (*p == '"')
					name[o++] = '"';
				name[o++] = *p;
			}
			name[o++] = '"';
			name[o] = '\0';
		}
		if (!h[i].end) {
			fprintf(fp, "%s,%s,%d,,,\n", h[i].code, name, h[i].start);
			continue;
		}
		memset(&m, 0, sizeof m);
		m.imp = imp;
		m.rows = &rs;
		if (map_code(&m, h[i].code, h[i].end, 1.0, 0, NULL) != 0 || m.n == 0) {
			imp_warn(imp, "crosswalk: %s (%d-%d) leads to no municipality of today: left out",
			         h[i].code, h[i].start, h[i].end);
			continue;
		}
		/* one row per municipality of today, shares added up */
		for (size_t k = 0; k < m.n; k++) {
			w[k] = m.d[k].w;
			for (size_t l = 0; l < k; l++)
				if (m.d[l].row == m.d[k].row && w[l] >= 0) {
					w[l] += w[k];
					w[k] = -1;
					break;
				}
		}
		for (size_t k = 0; k < m.n; k++) {
			char num[64];

			if (w[k] < 0)
				continue;
			if (m.n == 1)
				num[0] = '\0';
			else
				snprintf(num, sizeof num, "%.10g", w[k]);
			fprintf(fp, "%s,%s,%d,%d,%s,%s\n", h[i].code, name, h[i].start, h[i].end,
			        rs.codes[m.d[k].row], num);
		}
	}
	rc = ferror(fp) ? BOSETT_EDATA : BOSETT_OK;
	if (rc)
		bosett_err(imp->err, "write error");
done:
	free(rs.codes);
	free(rs.pop);
	free(h);
	return rc;
}
