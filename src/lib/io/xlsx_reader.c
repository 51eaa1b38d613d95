/*
 * xlsx_reader.c - one sheet of an .xlsx workbook as rows of text cells
 * (xlsx_reader.h). Built on two Debian-packaged libraries: libzip (the
 * workbook is a zip archive; read from memory, entry sizes checked before
 * inflating) and expat (a small streaming XML parser: a sheet of a million
 * cells is never held as a tree). The main decision: the sheet becomes the
 * same grid Excel's own CSV export gives, so no reader learns a second
 * input form.
 */
#include "io/xlsx_reader.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <expat.h>
#include <zip.h>

#include "base/internal.h"

#include <bosett/bosett.h>

/* Largest part of a workbook inflated (a zip bomb stops here): the input
 * cap of every file a tool reads (64 MiB, base/internal.h). */
#define XLSX_PART_MAX BOSETT_INPUT_MAX
/* Most columns in a sheet (Excel's own limit is XFD = 16384). */
#define XLSX_COLS_MAX 16384
/* Most rows (Excel's own limit). */
#define XLSX_ROWS_MAX 1048576

int bosett_xlsx_detect(const void *data, size_t len)
{
	return len >= 4 && memcmp(data, "PK\3\4", 4) == 0;
}

/* A part of the archive, NUL-terminated. 0, 1 if absent, -1 on error. */
static int read_part(zip_t *z, const char *name, const char *part, struct bosett_buf *out, char *err)
{
	zip_stat_t st;
	zip_file_t *f;
	zip_int64_t n;

	zip_stat_init(&st);
	if (zip_stat(z, part, 0, &st) != 0)
		return 1;
	if (!(st.valid & ZIP_STAT_SIZE) || st.size > XLSX_PART_MAX) {
		bosett_err(err, "%s: %s: part too large (more than %u bytes)", name, part, XLSX_PART_MAX);
		return -1;
	}
	out->len = 0;
	f = zip_fopen(z, part, 0);
	if (!f) {
		bosett_err(err, "%s: %s: cannot read: %s", name, part, zip_strerror(z));
		return -1;
	}
	for (;;) {
		char chunk[65536];

		n = zip_fread(f, chunk, sizeof chunk);
		if (n < 0) {
			bosett_err(err, "%s: %s: damaged archive: %s", name, part, zip_file_strerror(f));
			zip_fclose(f);
			return -1;
		}
		if (n == 0)
			break;
		if (out->len + (size_t)n > XLSX_PART_MAX) {
			bosett_err(err, "%s: %s: part too large (more than %u bytes)", name, part, XLSX_PART_MAX);
			zip_fclose(f);
			return -1;
		}
		if (bosett_buf_add(out, chunk, (size_t)n) != 0) {
			zip_fclose(f);
			goto oom;
		}
	}
	zip_fclose(f);
	if (bosett_buf_addc(out, '\0') != 0)
		goto oom;
	out->len--;
	return 0;
oom:
	bosett_err(err, "%s: out of memory", name);
	return -1;
}

/* The local part of an XML name ("x:row" -> "row"). */
static const char *local(const char *s)
{
	const char *c = strrchr(s, ':');

	return c ? c + 1 : s;
}

static const char *attr(const char **a, const char *want)
{
	for (; a[0]; a += 2)
		if (strcmp(local(a[0]), want) == 0)
			return a[1];
	return NULL;
}

struct list {
	char **v;
	size_t n, cap;
};

static int list_add(struct list *l, char *s)
{
	if (!s)
		return -1;
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;
		char **v = realloc(l->v, cap * sizeof *v);

		if (!v) {
			free(s);
			return -1;
		}
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = s;
	return 0;
}

static void list_free(struct list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* A cell: its text is a shared string (shared >= 0) or lies in the
 * sheet's pool at off (offsets, as the pool grows by realloc). */
struct cell {
	long row;
	int col;
	long shared;
	size_t off, len;
};

/* Which part is parsed: each looks only at its own elements, so an element
 * of one part found in another (a <sheet> in the relationships) is ignored,
 * and the lists that belong together grow together. */
enum part { PART_WORKBOOK, PART_RELS, PART_SHARED, PART_STYLES, PART_SHEET };

/* What the handlers collect, for whichever part is being parsed. */
struct xctx {
	enum part part;
	int oom;
	char *err;               /* a limit passed: the message, and stop */
	const char *name, *partname;
	int stop;
	/* workbook.xml: sheet names and relationship ids; rels: ids and targets */
	struct list names, ids, targets;
	/* sharedStrings.xml */
	struct list strings;
	struct bosett_buf text;
	int in_t, in_rph, in_si;
	/* a sheet */
	const struct list *shared;
	struct bosett_buf pool;
	struct cell *cells;
	size_t ncells, cellcap;
	size_t rows_seen;        /* rows holding a value (at least; rows may repeat) */
	long last_row;
	size_t grid_bytes;       /* the grid's text: what its CSV would weigh */
	long row;
	int col, maxcol;
	char type[8];
	int in_v, in_c;
	int bad_index;
	int style;               /* the cell's style (its s attribute) */
	/* styles.xml: which cell styles show a number as per cent */
	int in_cellxfs;
	int pct_fmt[512];        /* custom number formats with a % (ids < 512) */
	unsigned char *pct_style;
	size_t nstyles, stylecap;
	const struct xctx *styles;
};

/* A number format that shows per cent: a % outside quotes. */
static int percent_code(const char *code)
{
	int quoted = 0;

	for (; *code; code++) {
		if (*code == '"')
			quoted = !quoted;
		else if (*code == '\\' && code[1])
			code++;
		else if (*code == '%' && !quoted)
			return 1;
	}
	return 0;
}

/* Stop the parse with a message (a limit passed, a reference out of range). */
static void stop(struct xctx *x, const char *fmt, ...) BOSETT_PRINTF(2, 3);
static void stop(struct xctx *x, const char *fmt, ...)
{
	char msg[256], q[200];
	va_list ap;

	if (x->stop)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (x->part == PART_SHEET && x->row > 0) /* the row, as a CSV line */
		bosett_err(x->err, "%s:%ld: %s", x->name, x->row, msg);
	else
		bosett_err(x->err, "%s: %s: %s", x->name, bosett_quote(x->partname, strlen(x->partname), q, sizeof q), msg);
	x->stop = 1;
}

/* workbook.xml: <sheet name r:id>, both or neither */
static void on_sheet(struct xctx *x, const char **a)
{
	const char *nm = attr(a, "name"), *id = NULL;

	for (const char **p = a; p[0]; p += 2)
		if (strchr(p[0], ':') && !strcmp(local(p[0]), "id"))
			id = p[1];
	if (!nm || !id)
		return;
	if (list_add(&x->names, bosett_strdup(nm)) != 0)
		x->oom = 1;
	else if (list_add(&x->ids, bosett_strdup(id)) != 0)
		x->oom = 1;
}

/* xl/_rels/workbook.xml.rels: <Relationship Id Target>, both or neither */
static void on_relationship(struct xctx *x, const char **a)
{
	const char *id = attr(a, "Id"), *tg = attr(a, "Target");

	if (!id || !tg)
		return;
	if (list_add(&x->ids, bosett_strdup(id)) != 0)
		x->oom = 1;
	else if (list_add(&x->targets, bosett_strdup(tg)) != 0)
		x->oom = 1;
}

static void on_style(struct xctx *x, const char *n, const char **a)
{
	if (!strcmp(n, "numFmt")) {
		const char *id = attr(a, "numFmtId"), *code = attr(a, "formatCode");
		long i = id ? strtol(id, NULL, 10) : -1;

		if (i >= 0 && i < 512 && code && percent_code(code))
			x->pct_fmt[i] = 1;
	} else if (!strcmp(n, "cellXfs")) {
		x->in_cellxfs = 1;
	} else if (!strcmp(n, "xf") && x->in_cellxfs) {
		const char *id = attr(a, "numFmtId");
		long i = id ? strtol(id, NULL, 10) : 0;

		if (x->nstyles == x->stylecap) {
			size_t cap = x->stylecap ? 2 * x->stylecap : 64;
			unsigned char *p = realloc(x->pct_style, cap);

			if (!p) {
				x->oom = 1;
				return;
			}
			x->pct_style = p;
			x->stylecap = cap;
		}
		/* 9 and 10 are the built-in 0% and 0.00% */
		x->pct_style[x->nstyles++] = (unsigned char)(i == 9 || i == 10 || (i >= 0 && i < 512 && x->pct_fmt[i]));
	}
}

/* A cell reference's column ("XFD12" -> 16383), -1 if it is not one. */
static int ref_col(const char *v)
{
	int col = 0, n = 0;

	while (*v >= 'A' && *v <= 'Z' && n < 3) {
		col = col * 26 + (*v++ - 'A' + 1);
		n++;
	}
	if (!n || col > XLSX_COLS_MAX || !(*v >= '1' && *v <= '9'))
		return -1;
	return col - 1;
}

static void on_sheet_start(struct xctx *x, const char *n, const char **a)
{
	const char *v;
	char q[200];

	if (!strcmp(n, "row")) {
		long r = x->row + 1;

		if ((v = attr(a, "r")) && (bosett_parse_long(v, &r) != BOSETT_OK || r < 1 || r > XLSX_ROWS_MAX)) {
			x->row = 0; /* named by its text, not by the row before */
			stop(x, "row number out of range (1 to %d): \"%s\"", XLSX_ROWS_MAX, bosett_quote(v, strlen(v), q, sizeof q));
			return;
		}
		if (r < 1 || r > XLSX_ROWS_MAX) {
			x->row = 0;
			stop(x, "more rows than a sheet has (%d)", XLSX_ROWS_MAX);
			return;
		}
		x->row = r;
		x->col = -1;
	} else if (!strcmp(n, "c")) {
		int col = x->col + 1;

		if ((v = attr(a, "r")) && (col = ref_col(v)) < 0) {
			stop(x, "not a cell reference: \"%s\"", bosett_quote(v, strlen(v), q, sizeof q));
			return;
		}
		if (col >= XLSX_COLS_MAX) {
			stop(x, "more columns than a sheet has (%d)", XLSX_COLS_MAX);
			return;
		}
		x->col = col;
		snprintf(x->type, sizeof x->type, "%s", (v = attr(a, "t")) ? v : "n");
		x->style = (v = attr(a, "s")) ? (int)strtol(v, NULL, 10) : 0;
		x->in_c = 1;
		x->text.len = 0;
	} else if (!strcmp(n, "v")) {
		x->in_v = 1;
	} else if (!strcmp(n, "t")) {
		x->in_t = 1;
	} else if (!strcmp(n, "rPh")) {
		x->in_rph = 1;
	}
}

static void on_start(void *ud, const char *el, const char **a)
{
	struct xctx *x = ud;
	const char *n = local(el);

	if (x->stop || x->oom)
		return;
	switch (x->part) {
	case PART_WORKBOOK:
		if (!strcmp(n, "sheet"))
			on_sheet(x, a);
		break;
	case PART_RELS:
		if (!strcmp(n, "Relationship"))
			on_relationship(x, a);
		break;
	case PART_SHARED:
		if (!strcmp(n, "si")) {
			x->in_si = 1;
			x->text.len = 0;
		} else if (!strcmp(n, "rPh")) {
			x->in_rph = 1;
		} else if (!strcmp(n, "t")) {
			x->in_t = 1;
		}
		break;
	case PART_STYLES:
		on_style(x, n, a);
		break;
	case PART_SHEET:
		on_sheet_start(x, n, a);
		break;
	}
}

/* The text of the current cell: a shared string's index, or text put in
 * the pool. 0, 1 for no value, -1 on error (out of memory, a bad index). */
static int cell_text(struct xctx *x, struct cell *c)
{
	const char *s = x->text.data;
	char num[64];

	c->shared = -1;
	if (!strcmp(x->type, "s")) {
		long i;

		if (bosett_parse_long(s, &i) != BOSETT_OK || i < 0 || !x->shared || (size_t)i >= x->shared->n) {
			x->bad_index = 1;
			return 1;
		}
		c->shared = i;
		c->len = strlen(x->shared->v[i]);
		return c->len ? 0 : 1;
	}
	if (!strcmp(x->type, "b")) {
		/* a logical value, as Excel's CSV export writes it: text, never 1 or 0 */
		s = !strcmp(s, "1") ? "TRUE" : !strcmp(s, "0") ? "FALSE" : s;
	} else if (!strcmp(x->type, "n")) {
		double d;

		if (bosett_parse_double(s, &d) == 0) {
			/* shown as per cent (0.024 as 2.4 %): written so, as the CSV export does */
			int pct = x->styles && x->style >= 0 && (size_t)x->style < x->styles->nstyles &&
			          x->styles->pct_style[x->style];
			size_t n;

			if (pct)
				d = round(d * 100 * 1e8) / 1e8;
			s = bosett_format_double(num, sizeof num, d);
			n = strlen(num);
			if (pct && n + 1 < sizeof num) {
				num[n] = '%';
				num[n + 1] = '\0';
			}
		}
	}
	c->len = strlen(s);
	if (!c->len)
		return 1;
	c->off = x->pool.len;
	if (bosett_buf_add(&x->pool, s, c->len + 1) != 0)
		return -1;
	return 0;
}

static int add_cell(struct xctx *x)
{
	struct cell c;
	int rc;

	if (x->text.len == 0 || x->col < 0)
		return 0;
	if (bosett_buf_addc(&x->text, '\0') != 0)
		return -1;
	x->text.len--;
	c.row = x->row;
	c.col = x->col;
	if ((rc = cell_text(x, &c)) != 0)
		return rc < 0 ? -1 : 0;
	if (x->ncells == x->cellcap) {
		size_t cap = x->cellcap ? 2 * x->cellcap : 256;
		struct cell *p = realloc(x->cells, cap * sizeof *p);

		if (!p)
			return -1;
		x->cells = p;
		x->cellcap = cap;
	}
	x->cells[x->ncells++] = c;
	if (x->col > x->maxcol)
		x->maxcol = x->col;
	if (x->row != x->last_row) {
		x->rows_seen++;
		x->last_row = x->row;
	}
	/* the limits, checked as the sheet is read: the grid handed over (rows
	 * x the widest row) and its text, each value counted as often as it
	 * is used (a shared string is stored once, handed over per cell) */
	x->grid_bytes += c.len + 1;
	if (x->rows_seen * (size_t)(x->maxcol + 1) > BOSETT_CELLS_MAX)
		stop(x, "more than %d cells (rows with a value x the widest row)", BOSETT_CELLS_MAX);
	else if (x->grid_bytes > BOSETT_INPUT_MAX)
		stop(x, "more than %u MiB of text in the sheet (the input limit; a shared string counts once per cell)", BOSETT_INPUT_MAX >> 20);
	return 0;
}

static void on_end(void *ud, const char *el)
{
	struct xctx *x = ud;
	const char *n = local(el);

	if (x->stop || x->oom)
		return;
	if (!strcmp(n, "rPh")) {
		x->in_rph = 0;
	} else if (!strcmp(n, "t")) {
		x->in_t = 0;
	} else if (x->part == PART_SHARED && !strcmp(n, "si")) {
		x->in_si = 0;
		if (bosett_buf_addc(&x->text, '\0') != 0 ||
		    list_add(&x->strings, bosett_strndup(x->text.data, x->text.len - 1)) != 0)
			x->oom = 1;
		x->text.len = 0;
	} else if (x->part == PART_STYLES && !strcmp(n, "cellXfs")) {
		x->in_cellxfs = 0;
	} else if (x->part == PART_SHEET && !strcmp(n, "v")) {
		x->in_v = 0;
	} else if (x->part == PART_SHEET && !strcmp(n, "c")) {
		if (add_cell(x) != 0)
			x->oom = 1;
		x->in_c = 0;
		x->text.len = 0;
	}
}

static void on_text(void *ud, const char *s, int len)
{
	struct xctx *x = ud;

	if (x->stop || x->oom)
		return;
	/* a shared string's text, a cell's value, or an inline string's text */
	if ((x->in_si && x->in_t && !x->in_rph) || (x->in_c && (x->in_v || (x->in_t && !x->in_rph)))) {
		if (x->text.len + (size_t)len > BOSETT_FIELD_MAX)
			stop(x, "a value longer than %d bytes", BOSETT_FIELD_MAX);
		else if (bosett_buf_add(&x->text, s, (size_t)len) != 0)
			x->oom = 1;
	}
}

static int parse_xml(const char *name, const char *part, const struct bosett_buf *b, struct xctx *x, char *err)
{
	XML_Parser p = XML_ParserCreate("UTF-8");
	int ok;

	if (!p) {
		bosett_err(err, "%s: out of memory", name);
		return -1;
	}
	x->err = err;
	x->name = name;
	x->partname = part;
	XML_SetUserData(p, x);
	XML_SetElementHandler(p, on_start, on_end);
	XML_SetCharacterDataHandler(p, on_text);
	ok = XML_Parse(p, b->data ? b->data : "", (int)b->len, 1) == XML_STATUS_OK;
	if (x->stop)
		ok = 0; /* the message is set */
	else if (!ok)
		bosett_err(err, "%s: %s:%lu: not a workbook part: %s", name, part,
		           (unsigned long)XML_GetCurrentLineNumber(p), XML_ErrorString(XML_GetErrorCode(p)));
	else if (x->oom)
		bosett_err(err, "%s: out of memory", name);
	XML_ParserFree(p);
	return ok && !x->oom ? 0 : -1;
}

static int cmp_cell(const void *a, const void *b)
{
	const struct cell *x = a, *y = b;

	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return (x->col > y->col) - (x->col < y->col);
}

/* Hand the cells over as rows of maxcol + 1 fields; the text is the shared
 * string itself or the pool's, never a copy per cell. */
static int emit(struct xctx *x, bosett_csv_record_fn fn, void *ctx, const char *name, char *err)
{
	size_t ncol = (size_t)x->maxcol + 1, i = 0;
	char **f = calloc(ncol, sizeof *f);
	size_t *lens = calloc(ncol, sizeof *lens);
	static char empty[1];
	int rc = 0;

	if (!f || !lens) {
		free(f);
		free(lens);
		bosett_err(err, "%s: out of memory", name);
		return -1;
	}
	qsort(x->cells, x->ncells, sizeof *x->cells, cmp_cell);
	while (i < x->ncells && rc == 0) {
		long row = x->cells[i].row;

		for (size_t j = 0; j < ncol; j++) {
			f[j] = empty;
			lens[j] = 0;
		}
		for (; i < x->ncells && x->cells[i].row == row; i++) {
			const struct cell *c = &x->cells[i];

			f[c->col] = c->shared >= 0 ? x->shared->v[c->shared] : x->pool.data + c->off;
			lens[c->col] = c->len;
		}
		rc = fn(ctx, row, ncol, f, lens);
	}
	free(f);
	free(lens);
	return rc;
}

static void xctx_free(struct xctx *x)
{
	list_free(&x->names);
	list_free(&x->ids);
	list_free(&x->targets);
	list_free(&x->strings);
	bosett_buf_free(&x->text);
	bosett_buf_free(&x->pool);
	free(x->pct_style);
	free(x->cells);
}

/* The sheet's relationship id: the one named, or the first. NULL with the
 * names listed in err. */
static const char *find_sheet(const struct xctx *wb, const char *name, const char *sheet, char *err)
{
	struct bosett_buf l = { 0 };
	char q[200];

	for (size_t i = 0; i < wb->names.n && i < wb->ids.n; i++)
		if (!sheet || strcmp(wb->names.v[i], sheet) == 0)
			return wb->ids.v[i];
	for (size_t i = 0; i < wb->names.n; i++)
		bosett_buf_printf(&l, "%s\"%s\"", i ? ", " : "",
		                  bosett_quote(wb->names.v[i], strlen(wb->names.v[i]), q, sizeof q));
	bosett_err(err, "%s: no sheet \"%s\" (the sheets: %s)", name,
	           bosett_quote(sheet ? sheet : "", sheet ? strlen(sheet) : 0, q, sizeof q), l.data ? l.data : "");
	bosett_buf_free(&l);
	return NULL;
}

/* Read and parse one part as the given kind. 0, 1 if absent, -1. */
static int load(zip_t *z, const char *name, const char *part, enum part kind, struct bosett_buf *b,
                struct xctx *x, char *err)
{
	int have = read_part(z, name, part, b, err);

	x->part = kind;
	if (have != 0)
		return have;
	return parse_xml(name, part, b, x, err);
}

int bosett_xlsx_parse(const char *name, const void *data, size_t len, const char *sheet,
                      bosett_csv_record_fn fn, void *ctx, char *err)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z = NULL;
	struct xctx wb = { 0 }, rels = { 0 }, ss = { 0 }, st = { 0 }, sh = { 0 };
	struct bosett_buf b = { 0 };
	char part[512];
	const char *rid, *target = NULL;
	int rc = -1, have;

	zip_error_init(&ze);
	src = zip_source_buffer_create(data, len, 0, &ze);
	if (src)
		z = zip_open_from_source(src, ZIP_RDONLY, &ze);
	if (!z) {
		bosett_err(err, "%s: not an Excel workbook (.xlsx): %s", name, zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		zip_error_fini(&ze);
		return -1;
	}
	zip_error_fini(&ze);
	if ((have = load(z, name, "xl/workbook.xml", PART_WORKBOOK, &b, &wb, err)) != 0) {
		if (have == 1)
			bosett_err(err, "%s: not an Excel workbook (.xlsx): no xl/workbook.xml", name);
		goto done;
	}
	if (wb.names.n == 0) {
		bosett_err(err, "%s: the workbook has no sheets", name);
		goto done;
	}
	if (!(rid = find_sheet(&wb, name, sheet, err)))
		goto done;
	if ((have = load(z, name, "xl/_rels/workbook.xml.rels", PART_RELS, &b, &rels, err)) != 0) {
		if (have == 1)
			bosett_err(err, "%s: not an Excel workbook (.xlsx): no xl/_rels/workbook.xml.rels", name);
		goto done;
	}
	for (size_t i = 0; i < rels.ids.n && i < rels.targets.n && !target; i++)
		if (!strcmp(rels.ids.v[i], rid))
			target = rels.targets.v[i];
	if (!target) {
		bosett_err(err, "%s: the sheet's part is not listed in xl/_rels/workbook.xml.rels", name);
		goto done;
	}
	/* a target is relative to xl/, or absolute from the archive's root */
	snprintf(part, sizeof part, "%s%s", target[0] == '/' ? "" : "xl/", target[0] == '/' ? target + 1 : target);
	if (load(z, name, "xl/sharedStrings.xml", PART_SHARED, &b, &ss, err) < 0 ||
	    load(z, name, "xl/styles.xml", PART_STYLES, &b, &st, err) < 0)
		goto done;
	sh.shared = &ss.strings;
	sh.styles = &st;
	sh.maxcol = -1;
	if ((have = load(z, name, part, PART_SHEET, &b, &sh, err)) != 0) {
		if (have == 1) {
			char q[200];

			bosett_err(err, "%s: no part \"%s\" for the sheet", name, bosett_quote(part, strlen(part), q, sizeof q));
		}
		goto done;
	}
	if (sh.bad_index) {
		bosett_err(err, "%s: %s: a cell refers to a shared string that does not exist", name, part);
		goto done;
	}
	bosett_buf_free(&b); /* the sheet's XML is not needed to hand the rows over */
	rc = sh.ncells ? emit(&sh, fn, ctx, name, err) : 0; /* an empty sheet: no rows */
done:
	bosett_buf_free(&b);
	xctx_free(&wb);
	xctx_free(&rels);
	xctx_free(&ss);
	xctx_free(&st);
	xctx_free(&sh);
	zip_discard(z);
	return rc;
}
