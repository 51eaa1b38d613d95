/*
 * table.c - the in-memory table of municipalities: named columns, rows of
 * typed cells, provenance. Readers and writers live in table_csv.c and
 * table_json.c; the checks of known columns in schema.c.
 */
#include "table/table_impl.h"
#include "base/number.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "table/schema.h"
#include "io/xlsx_reader.h"

struct bosett_table *bosett_table_new(void)
{
	return calloc(1, sizeof(struct bosett_table));
}

void bosett_table_clear(struct bosett_table *t)
{
	size_t i, j;

	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->ncols; j++)
			free(t->rows[i][j].s);
		free(t->rows[i]);
	}
	for (j = 0; j < t->ncols; j++)
		free(t->colnames[j]);
	for (i = 0; i < t->nmeta; i++) {
		free(t->mkeys[i]);
		free(t->mvals[i]);
	}
	for (i = 0; i < t->ninputs; i++)
		free(t->inputs[i].name);
	free(t->rows);
	free(t->lines);
	free(t->colnames);
	free(t->mkeys);
	free(t->mvals);
	free(t->inputs);
	free(t->source);
	free(t->read_path);
	t->read_path = NULL;
	t->rows = NULL;
	t->lines = NULL;
	t->colnames = NULL;
	t->mkeys = t->mvals = NULL;
	t->inputs = NULL;
	t->source = NULL;
	t->nrows = t->rowcap = t->ncols = t->colcap = t->nmeta = t->ninputs = 0;
}

void bosett_table_clear_warnings(struct bosett_table *t)
{
	for (size_t i = 0; i < t->nwarns; i++)
		free(t->warns[i]);
	free(t->warns);
	t->warns = NULL;
	t->nwarns = 0;
}

void bosett_table_free(struct bosett_table *t)
{
	if (!t)
		return;
	bosett_table_clear(t);
	bosett_table_clear_warnings(t);
	free(t->keep);
	free(t->sheet);
	free(t);
}

void bosett_table_warn(struct bosett_table *t, const char *fmt, ...)
{
	char msg[BOSETT_ERRMAX], **w;
	va_list ap;

	va_start(ap, fmt);
	bosett_verr(msg, fmt, ap);
	va_end(ap);
	w = realloc(t->warns, (t->nwarns + 1) * sizeof *w);
	if (!w)
		return;
	t->warns = w;
	if ((w[t->nwarns] = bosett_strdup(msg)) != NULL)
		t->nwarns++;
}

size_t bosett_table_warning_count(const struct bosett_table *t)
{
	return t->nwarns;
}

const char *bosett_table_warning(const struct bosett_table *t, size_t i)
{
	return i < t->nwarns ? t->warns[i] : NULL;
}

enum bosett_status bosett_table_set_sheet(struct bosett_table *t, const char *sheet)
{
	char *s = sheet ? bosett_strdup(sheet) : NULL;

	if (sheet && !s) {
		bosett_err(t->err, "out of memory");
		return BOSETT_EDATA;
	}
	free(t->sheet);
	t->sheet = s;
	return BOSETT_OK;
}

void bosett_table_set_strict(struct bosett_table *t, int strict)
{
	t->strict = strict;
}

enum bosett_status bosett_table_set_keep_columns(struct bosett_table *t, const char *list)
{
	struct bosett_buf b = { 0 };

	free(t->keep);
	t->keep = NULL;
	if (!list || !*list)
		return BOSETT_OK;
	if (bosett_buf_printf(&b, ",%s,", list) != 0) {
		bosett_err(t->err, "out of memory");
		return BOSETT_EDATA;
	}
	t->keep = b.data;
	return BOSETT_OK;
}

static int kept(const struct bosett_table *t, const char *name)
{
	const char *p;
	size_t n = strlen(name);

	if (!t->keep)
		return 0;
	for (p = t->keep; (p = strstr(p, name)) != NULL; p++)
		if (p[-1] == ',' && p[n] == ',')
			return 1;
	return 0;
}

int bosett_table_check_names(struct bosett_table *t)
{
	for (size_t j = 0; j < t->ncols; j++) {
		const char *name = t->colnames[j], *near;
		char where[64] = "";

		if (bosett_schema_expected(name) || kept(t, name))
			continue;
		if (t->header_line)
			snprintf(where, sizeof where, ":%ld", t->header_line);
		near = bosett_schema_suggest(name);
		/* one format with the nearest name and one without, each a
		 * message of its own to translate (base/messages.c) */
		if (t->strict && near) {
			bosett_err(t->err, "%s%s: column '%s': unknown column; did you mean '%s'? (--strict)",
			           bosett_table_source(t), where, name, near);
			return BOSETT_EDATA;
		}
		if (t->strict) {
			bosett_err(t->err, "%s%s: column '%s': unknown column (--strict)", bosett_table_source(t), where, name);
			return BOSETT_EDATA;
		}
		if (near)
			bosett_table_warn(t, "%s%s: column '%s': unknown column, not used; did you mean '%s'? "
			                  "(an x_ prefix or --keep-columns keeps an extra column quietly)",
			                  bosett_table_source(t), where, name, near);
		else
			bosett_table_warn(t, "%s%s: column '%s': unknown column, not used "
			                  "(an x_ prefix or --keep-columns keeps an extra column quietly)",
			                  bosett_table_source(t), where, name);
	}
	return BOSETT_OK;
}

const char *bosett_table_error(const struct bosett_table *t)
{
	return t->err;
}

int bosett_table_set_source(struct bosett_table *t, const char *name)
{
	char *s = bosett_strdup(name);

	if (!s)
		return -1;
	free(t->source);
	t->source = s;
	return 0;
}

const char *bosett_table_source(const struct bosett_table *t)
{
	return t->source ? t->source : "";
}

size_t bosett_table_nrows(const struct bosett_table *t)
{
	return t->nrows;
}

size_t bosett_table_ncols(const struct bosett_table *t)
{
	return t->ncols;
}

const char *bosett_table_colname(const struct bosett_table *t, size_t col)
{
	return col < t->ncols ? t->colnames[col] : NULL;
}

int bosett_table_icol(const struct bosett_table *t, const char *name)
{
	/* the first byte first: looked up for every cell the solver reads */
	for (size_t j = 0; j < t->ncols; j++)
		if (t->colnames[j][0] == name[0] && strcmp(t->colnames[j], name) == 0)
			return (int)j;
	return -1;
}

long bosett_table_row_line(const struct bosett_table *t, size_t row)
{
	return row < t->nrows ? t->lines[row] : 0;
}

enum bosett_cell bosett_table_cell(const struct bosett_table *t, size_t row, size_t col, double *value)
{
	const struct bosett_tcell *c;

	if (row >= t->nrows || col >= t->ncols)
		return BOSETT_CELL_EMPTY;
	c = &t->rows[row][col];
	if (value && c->kind == BOSETT_CELL_NUMBER)
		*value = c->v;
	return (enum bosett_cell)c->kind;
}

const char *bosett_table_text(const struct bosett_table *t, size_t row, size_t col)
{
	if (row >= t->nrows || col >= t->ncols || !t->rows[row][col].s)
		return "";
	return t->rows[row][col].s;
}

enum bosett_cell bosett_table_get(const struct bosett_table *t, size_t row, const char *name, double *value)
{
	int col = bosett_table_icol(t, name);

	return col < 0 ? BOSETT_CELL_EMPTY : bosett_table_cell(t, row, (size_t)col, value);
}

long bosett_table_ifind(const struct bosett_table *t, const char *kommunenr)
{
	int col = bosett_table_icol(t, "kommunenr");

	if (col < 0)
		return -1;
	for (size_t i = 0; i < t->nrows; i++)
		if (strcmp(bosett_table_text(t, i, (size_t)col), kommunenr) == 0)
			return (long)i;
	return -1;
}

int bosett_table_iadd_col(struct bosett_table *t, const char *name)
{
	int have = bosett_table_icol(t, name);
	char *copy;

	if (have >= 0)
		return have;
	if (t->ncols >= BOSETT_COLS_MAX) {
		bosett_err(t->err, "more than %d columns", BOSETT_COLS_MAX);
		return -1;
	}
	if (t->ncols == t->colcap) {
		size_t cap = t->colcap ? t->colcap * 2 : 16;
		char **c = realloc(t->colnames, cap * sizeof *c);

		if (!c)
			goto oom;
		t->colnames = c;
		for (size_t i = 0; i < t->nrows; i++) {
			struct bosett_tcell *r = realloc(t->rows[i], cap * sizeof *r);

			if (!r)
				goto oom;
			t->rows[i] = r;
		}
		t->colcap = cap;
	}
	copy = bosett_strdup(name);
	if (!copy)
		goto oom;
	for (size_t i = 0; i < t->nrows; i++)
		memset(&t->rows[i][t->ncols], 0, sizeof(struct bosett_tcell));
	t->colnames[t->ncols] = copy;
	return (int)t->ncols++;
oom:
	bosett_err(t->err, "out of memory");
	return -1;
}

long bosett_table_iadd_row(struct bosett_table *t)
{
	struct bosett_tcell *r;

	if (t->nrows >= BOSETT_ROWS_MAX) {
		bosett_err(t->err, "more than %d rows", BOSETT_ROWS_MAX);
		return -1;
	}
	if (t->nrows == t->rowcap) {
		size_t cap = t->rowcap ? t->rowcap * 2 : 64;
		struct bosett_tcell **rows = realloc(t->rows, cap * sizeof *rows);
		long *lines;

		if (!rows)
			goto oom;
		t->rows = rows;
		lines = realloc(t->lines, cap * sizeof *lines);
		if (!lines)
			goto oom;
		t->lines = lines;
		t->rowcap = cap;
	}
	r = calloc(t->colcap ? t->colcap : 1, sizeof *r);
	if (!r)
		goto oom;
	t->rows[t->nrows] = r;
	t->lines[t->nrows] = 0;
	return (long)t->nrows++;
oom:
	bosett_err(t->err, "out of memory");
	return -1;
}

int bosett_table_put(struct bosett_table *t, size_t row, size_t col, int kind, const char *s, double v)
{
	struct bosett_tcell *c;
	char *copy = NULL;

	if (row >= t->nrows || col >= t->ncols) {
		bosett_err(t->err, "cell %zu,%zu out of range", row, col);
		return -1;
	}
	c = &t->rows[row][col];
	if (kind != BOSETT_CELL_EMPTY && c->s && s && s != c->s && strcmp(c->s, s) == 0) {
		/* the same text (a checked cell read as written): no new copy */
		c->v = kind == BOSETT_CELL_NUMBER ? v : 0;
		c->kind = (unsigned char)kind;
		return 0;
	}
	if (kind != BOSETT_CELL_EMPTY) {
		copy = bosett_strdup(s ? s : "");
		if (!copy) {
			bosett_err(t->err, "out of memory");
			return -1;
		}
	}
	free(c->s);
	c->s = copy;
	c->v = kind == BOSETT_CELL_NUMBER ? v : 0;
	c->kind = (unsigned char)kind;
	return 0;
}

enum bosett_status bosett_table_set_text(struct bosett_table *t, size_t row, size_t col, const char *s)
{
	return bosett_status_of(bosett_table_put(t, row, col, s && *s ? BOSETT_CELL_TEXT : BOSETT_CELL_EMPTY, s, 0));
}

enum bosett_status bosett_table_set_number(struct bosett_table *t, size_t row, size_t col, double v, int decimals)
{
	char buf[64];

	if (decimals < 0 || (decimals == 0 && v == floor(v) && fabs(v) < 1e15))
		bosett_format_double(buf, sizeof buf, v);
	else
		bosett_snprintf(buf, sizeof buf, "%.*f", decimals, v == 0 ? 0.0 : v);
	if (strcmp(buf, "-0") == 0 || (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1)))
		memmove(buf, buf + 1, strlen(buf));
	return bosett_status_of(bosett_table_put(t, row, col, BOSETT_CELL_NUMBER, buf, v));
}

enum bosett_status bosett_table_set_kind(struct bosett_table *t, size_t row, size_t col, enum bosett_cell kind)
{
	const char *s = kind == BOSETT_CELL_ABSENT ? "." : kind == BOSETT_CELL_SUPPRESSED ? ":" : "";

	if (kind == BOSETT_CELL_NUMBER || kind == BOSETT_CELL_TEXT) {
		bosett_err(t->err, "set_kind takes EMPTY, ABSENT or SUPPRESSED");
		return BOSETT_EUSAGE;
	}
	return bosett_status_of(bosett_table_put(t, row, col, kind, s, 0));
}

enum bosett_status bosett_table_filter(struct bosett_table *t, const unsigned char *keep)
{
	size_t o = 0;

	for (size_t i = 0; i < t->nrows; i++) {
		if (keep[i]) {
			t->rows[o] = t->rows[i];
			t->lines[o] = t->lines[i];
			o++;
		} else {
			for (size_t j = 0; j < t->ncols; j++)
				free(t->rows[i][j].s);
			free(t->rows[i]);
		}
	}
	t->nrows = o;
	return BOSETT_OK;
}

struct sortrow {
	struct bosett_tcell *row;
	long line;
	const char *key;
	size_t index;
};

static int cmp_sortrow(const void *a, const void *b)
{
	const struct sortrow *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (c)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

void bosett_table_sort(struct bosett_table *t)
{
	int col = bosett_table_icol(t, "kommunenr");
	struct sortrow *s;

	if (col < 0 || t->nrows < 2)
		return;
	s = malloc(t->nrows * sizeof *s);
	if (!s)
		return; /* unsorted is still correct data; sorting is presentation */
	for (size_t i = 0; i < t->nrows; i++) {
		s[i].row = t->rows[i];
		s[i].line = t->lines[i];
		s[i].key = t->rows[i][col].s ? t->rows[i][col].s : "";
		s[i].index = i;
	}
	qsort(s, t->nrows, sizeof *s, cmp_sortrow);
	for (size_t i = 0; i < t->nrows; i++) {
		t->rows[i] = s[i].row;
		t->lines[i] = s[i].line;
	}
	free(s);
}

static void cell_error(struct bosett_table *t, size_t row, size_t col, const char *why, const char *text)
{
	char q[256];

	bosett_quote(text, strlen(text), q, sizeof q);
	why = bosett_msg(why);
	if (t->lines[row])
		bosett_err(t->err, "%s:%ld: column '%s': %s: \"%s\"", bosett_table_source(t),
		           t->lines[row], t->colnames[col], why, q);
	else
		bosett_err(t->err, "%s: row %zu: column '%s': %s: \"%s\"", bosett_table_source(t),
		           row + 1, t->colnames[col], why, q);
}

int bosett_table_check_cells(struct bosett_table *t, int decimal_comma)
{
	const struct bosett_column *known[BOSETT_COLS_MAX];
	char out[BOSETT_FIELD_MAX + 8];
	static const char *required[] = { "kommunenr", "kommune", "population" };
	int kcol;

	for (size_t k = 0; k < sizeof required / sizeof required[0]; k++)
		if (bosett_table_icol(t, required[k]) < 0) {
			char names[512], hint[300] = "";
			long line = t->header_line ? t->header_line : 1;

			/* a header that is a slip from one of the accepted names is the one at fault */
			for (size_t j = 0; j < t->ncols && !hint[0]; j++) {
				const char *near = bosett_schema_suggest(t->colnames[j]);
				const struct bosett_column *kc;
				int pct;

				if (near && !bosett_schema_expected(t->colnames[j]) &&
				    (kc = bosett_schema_lookup(near, &pct)) != NULL && strcmp(kc->name, required[k]) == 0)
					snprintf(hint, sizeof hint,
					         bosett_msg("; the header \"%.100s\" is not one of them (did you mean '%s'?)"),
					         t->colnames[j], near);
			}
			bosett_err(t->err, "%s:%ld: column '%s': required column missing (accepted names: %s)%s",
			           bosett_table_source(t), line, required[k],
			           bosett_schema_names(required[k], names, sizeof names), hint);
			return BOSETT_EDATA;
		}
	if (t->nrows == 0) {
		bosett_err(t->err, "%s: no municipalities (the table has a header but no rows)",
		           bosett_table_source(t));
		return BOSETT_EDATA;
	}
	for (size_t j = 0; j < t->ncols; j++)
		known[j] = bosett_schema_find(t->colnames[j]);
	for (size_t i = 0; i < t->nrows; i++) {
		for (size_t j = 0; j < t->ncols; j++) {
			struct bosett_tcell *c = &t->rows[i][j];
			const char *why = NULL;
			double v;
			int kind;

			if (!known[j])
				continue;
			if (c->kind == BOSETT_CELL_NUMBER && known[j]->kind != KIND_TEXT &&
			    known[j]->kind != KIND_CODE4 && known[j]->kind != KIND_CODE2) {
				/* a number from JSON: check its range through the text form */
				bosett_format_double(out, sizeof out, c->v);
			} else {
				size_t len = c->s ? strlen(c->s) : 0;

				len = len < sizeof out ? len : sizeof out - 1;
				memcpy(out, c->s ? c->s : "", len);
				out[len] = '\0';
			}
			{
				char in[BOSETT_FIELD_MAX + 8];

				memcpy(in, out, strlen(out) + 1);
				if (bosett_schema_cell(known[j], in, decimal_comma && c->kind != BOSETT_CELL_NUMBER,
				                       out, sizeof out, &v, &kind, &why) != 0) {
					cell_error(t, i, j, why, in);
					return BOSETT_EDATA;
				}
			}
			if (bosett_table_put(t, i, j, kind, out, v) != 0)
				return BOSETT_EDATA;
		}
	}
	kcol = bosett_table_icol(t, "kommunenr");
	{
		/* duplicates: sort a copy of the codes */
		struct sortrow *s = malloc(t->nrows * sizeof *s);

		if (!s) {
			bosett_err(t->err, "out of memory");
			return BOSETT_EDATA;
		}
		for (size_t i = 0; i < t->nrows; i++) {
			s[i].key = t->rows[i][kcol].s ? t->rows[i][kcol].s : "";
			s[i].index = i;
			s[i].line = t->lines[i];
		}
		qsort(s, t->nrows, sizeof *s, cmp_sortrow);
		for (size_t i = 1; i < t->nrows; i++)
			if (strcmp(s[i].key, s[i - 1].key) == 0) {
				char why[96];

				if (s[i - 1].line)
					snprintf(why, sizeof why, bosett_msg("duplicate kommunenummer (first on line %ld)"),
					         s[i - 1].line);
				else
					snprintf(why, sizeof why, bosett_msg("duplicate kommunenummer (first in row %zu)"),
					         s[i - 1].index + 1);
				cell_error(t, s[i].index, (size_t)kcol, why, s[i].key);
				free(s);
				return BOSETT_EDATA;
			}
		free(s);
	}
	return BOSETT_OK;
}

enum bosett_status bosett_table_check(struct bosett_table *t)
{
	return bosett_status_of(bosett_table_check_cells(t, 0));
}

enum bosett_format bosett_table_read_format(const struct bosett_table *t)
{
	return t->read_format;
}

/* provenance */

enum bosett_status bosett_table_meta_set(struct bosett_table *t, const char *key, const char *value)
{
	char *v, *k, **nk, **nv;

	for (size_t i = 0; i < t->nmeta; i++)
		if (strcmp(t->mkeys[i], key) == 0) {
			v = bosett_strdup(value);
			if (!v)
				goto oom;
			free(t->mvals[i]);
			t->mvals[i] = v;
			return BOSETT_OK;
		}
	nk = realloc(t->mkeys, (t->nmeta + 1) * sizeof *nk);
	if (!nk)
		goto oom;
	t->mkeys = nk;
	nv = realloc(t->mvals, (t->nmeta + 1) * sizeof *nv);
	if (!nv)
		goto oom;
	t->mvals = nv;
	k = bosett_strdup(key);
	v = bosett_strdup(value);
	if (!k || !v) {
		free(k);
		free(v);
		goto oom;
	}
	t->mkeys[t->nmeta] = k;
	t->mvals[t->nmeta] = v;
	t->nmeta++;
	return BOSETT_OK;
oom:
	bosett_err(t->err, "out of memory");
	return BOSETT_EDATA;
}

const char *bosett_table_meta_get(const struct bosett_table *t, const char *key)
{
	for (size_t i = 0; i < t->nmeta; i++)
		if (strcmp(t->mkeys[i], key) == 0)
			return t->mvals[i];
	return NULL;
}

size_t bosett_table_meta_count(const struct bosett_table *t)
{
	return t->nmeta;
}

const char *bosett_table_meta_key(const struct bosett_table *t, size_t i)
{
	return i < t->nmeta ? t->mkeys[i] : NULL;
}

enum bosett_status bosett_table_input_add(struct bosett_table *t, const char *name, unsigned long long bytes,
                                          const char *sha256hex)
{
	struct bosett_tinput *in = realloc(t->inputs, (t->ninputs + 1) * sizeof *in);

	if (!in)
		goto oom;
	t->inputs = in;
	in = &t->inputs[t->ninputs];
	in->name = bosett_strdup(name);
	if (!in->name)
		goto oom;
	in->bytes = bytes;
	snprintf(in->sha256, sizeof in->sha256, "%s", sha256hex);
	t->ninputs++;
	return BOSETT_OK;
oom:
	bosett_err(t->err, "out of memory");
	return BOSETT_EDATA;
}

enum bosett_status bosett_table_input_add_file(struct bosett_table *t, const char *path)
{
	struct bosett_buf b = { 0 };
	const char *name, *slash;
	char hex[65];
	int rc;

	if (!path)
		path = "-";
	slash = strrchr(path, '/');
	if (t->read_path && strcmp(t->read_path, path) == 0) {
		/* standard input is recorded when it brought data (CSV); a
		 * pipeline document there carries its own inputs already */
		if (strcmp(path, "-") == 0)
			return bosett_status_of(t->read_format == BOSETT_FORMAT_CSV
			       ? bosett_table_input_add(t, "<stdin>", t->read_bytes, t->read_sha256) : 0);
		return bosett_table_input_add(t, slash ? slash + 1 : path, t->read_bytes, t->read_sha256);
	}
	if (strcmp(path, "-") == 0)
		return BOSETT_OK;
	if (bosett_slurp(path, &b, &name, t->err) != 0)
		return BOSETT_EDATA;
	bosett_sha256_hex(b.data ? b.data : "", b.len, hex);
	rc = bosett_table_input_add(t, slash ? slash + 1 : path, (unsigned long long)b.len, hex);
	bosett_buf_free(&b);
	return bosett_status_of(rc);
}

size_t bosett_table_input_count(const struct bosett_table *t)
{
	return t->ninputs;
}

enum bosett_status bosett_table_input_get(const struct bosett_table *t, size_t i, const char **name,
                                          unsigned long long *bytes, const char **sha256hex)
{
	if (i >= t->ninputs)
		return BOSETT_EUSAGE;
	*name = t->inputs[i].name;
	*bytes = t->inputs[i].bytes;
	*sha256hex = t->inputs[i].sha256;
	return BOSETT_OK;
}

enum bosett_status bosett_table_provenance_copy(struct bosett_table *dst, const struct bosett_table *src)
{
	for (size_t i = 0; i < src->nmeta; i++)
		if (bosett_table_meta_set(dst, src->mkeys[i], src->mvals[i]) != 0)
			return BOSETT_EDATA;
	for (size_t i = 0; i < src->ninputs; i++)
		if (bosett_table_input_add(dst, src->inputs[i].name, src->inputs[i].bytes,
		                           src->inputs[i].sha256) != 0)
			return BOSETT_EDATA;
	return BOSETT_OK;
}

enum bosett_status bosett_table_select(struct bosett_table *t, const char *list)
{
	size_t n = 0, cap = 8, i, j;
	int *idx = malloc(cap * sizeof *idx);
	char **names = NULL;
	struct bosett_tcell **nr = NULL;
	const char *p = list;

	if (!idx)
		goto oom;
	while (*p) {
		size_t len = strcspn(p, ",");
		char name[256];
		int col;

		snprintf(name, sizeof name, "%.*s", (int)(len < 255 ? len : 255), p);
		col = bosett_table_icol(t, name);
		if (col < 0) {
			bosett_err(t->err, "no column '%s' to select", name);
			free(idx);
			return BOSETT_EUSAGE;
		}
		for (j = 0; j < n; j++)
			if (idx[j] == col) {
				/* the next tool would refuse a duplicate column */
				bosett_err(t->err, "column '%s' twice", name);
				free(idx);
				return BOSETT_EUSAGE;
			}
		if (n == cap) {
			int *ni = realloc(idx, 2 * cap * sizeof *ni);

			if (!ni)
				goto oom;
			idx = ni;
			cap *= 2;
		}
		idx[n++] = col;
		p += len;
		if (*p == ',')
			p++;
	}
	if (n == 0) {
		bosett_err(t->err, "no columns to select");
		free(idx);
		return BOSETT_EUSAGE;
	}
	/* build the new table aside, then swap: a failure leaves t whole */
	names = calloc(n, sizeof *names);
	nr = calloc(t->nrows ? t->nrows : 1, sizeof *nr);
	if (!names || !nr)
		goto oom;
	for (j = 0; j < n; j++)
		if (!(names[j] = bosett_strdup(t->colnames[idx[j]])))
			goto oom;
	for (i = 0; i < t->nrows; i++) {
		if (!(nr[i] = calloc(n, sizeof **nr)))
			goto oom;
		for (j = 0; j < n; j++) {
			nr[i][j] = t->rows[i][idx[j]];
			if (nr[i][j].s && !(nr[i][j].s = bosett_strdup(nr[i][j].s)))
				goto oom;
		}
	}
	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->ncols; j++)
			free(t->rows[i][j].s);
		free(t->rows[i]);
		t->rows[i] = nr[i];
	}
	for (j = 0; j < t->ncols; j++)
		free(t->colnames[j]);
	free(t->colnames);
	t->colnames = names;
	t->ncols = t->colcap = n;
	free(nr);
	free(idx);
	return BOSETT_OK;
oom:
	if (nr)
		for (i = 0; i < t->nrows && nr[i]; i++) {
			for (j = 0; j < n; j++)
				if (nr[i][j].s != t->rows[i][idx[j]].s)
					free(nr[i][j].s);
			free(nr[i]);
		}
	if (names)
		for (j = 0; j < n; j++)
			free(names[j]);
	free(names);
	free(nr);
	free(idx);
	bosett_err(t->err, "out of memory");
	return BOSETT_EDATA;
}
