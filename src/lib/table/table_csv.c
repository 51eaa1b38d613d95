/*
 * table_csv.c - the municipality table as CSV (bosett-data(5)). Reading
 * accepts what Norwegian spreadsheets write (semicolons and decimal commas,
 * Windows-1252, BOM, CRLF); writing produces one canonical form: comma, UTF-8
 * without BOM, LF, numbers with a decimal point, and text cells that a
 * spreadsheet would run as a formula neutralised with a leading apostrophe.
 */
#include "table/table_impl.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "io/csv_reader.h"
#include "io/xlsx_reader.h"
#include "table/schema.h"

struct csvctx {
	struct bosett_table *t;
	const char *name;
	size_t nhead;          /* fields in the header */
	int *map;              /* header field -> column, -1 to drop */
	unsigned char *known;  /* header field names a column of bosett-data(5): 2 a share, 1 another */
	unsigned char *pct;    /* header field is a share written in per cent */
	const struct bosett_csv_info *info; /* filled before the first record */
	int have_header;
	int code_field;        /* the header field of kommunenr, -1 if none */
	long titles, first_title; /* title rows skipped above the header */
	long totals;           /* total rows ("Sum") skipped */
	size_t *pct_n, *pct_small; /* per header field: per-cent cells read, those under 1 % */
	long *pct_line;        /* per header field: the first of those */
};

/* Put "NAME:LINE: " before a message of the table (a limit reached). */
static int place_error(struct bosett_table *t, const char *name, long line)
{
	char msg[BOSETT_ERRMAX];

	memcpy(msg, t->err, sizeof msg);
	bosett_err(t->err, "%s:%ld: %s", name, line, msg);
	return -1;
}

static int on_header(struct csvctx *c, long line, size_t n, char **f, const size_t *lens)
{
	struct bosett_table *t = c->t;

	c->map = malloc((n ? n : 1) * sizeof *c->map);
	c->known = calloc(n ? n : 1, 1);
	c->pct = calloc(n ? n : 1, 1);
	c->pct_n = calloc(n ? n : 1, sizeof *c->pct_n);
	c->pct_small = calloc(n ? n : 1, sizeof *c->pct_small);
	c->pct_line = calloc(n ? n : 1, sizeof *c->pct_line);
	t->header_line = line;
	if (!c->map || !c->known || !c->pct || !c->pct_n || !c->pct_small || !c->pct_line) {
		bosett_err(t->err, "%s: out of memory", c->name);
		return -1;
	}
	c->nhead = n;
	c->code_field = -1;
	for (size_t i = 0; i < n; i++) {
		const struct bosett_column *k;
		const char *name = f[i];
		char q[256];
		int pct;

		(void)lens;
		if (!*name) {
			c->map[i] = -1; /* a trailing separator; its cells must stay empty */
			continue;
		}
		k = bosett_schema_lookup(name, &pct);
		/* looked up once, not in every row */
		c->known[i] = k == NULL ? 0 : k->kind == KIND_FRACTION ? 2 : 1;
		if (k) {
			name = k->name;
			c->pct[i] = pct && k->kind == KIND_FRACTION;
		}
		if (bosett_table_icol(t, name) >= 0) {
			bosett_err(t->err, "%s:%ld: column '%s': duplicate column: \"%s\"", c->name, line, name,
			           bosett_quote(f[i], strlen(f[i]), q, sizeof q));
			return -1;
		}
		c->map[i] = bosett_table_iadd_col(t, name);
		if (c->map[i] < 0)
			return place_error(t, c->name, line);
		if (!strcmp(name, "kommunenr"))
			c->code_field = (int)i;
	}
	c->have_header = 1;
	if (c->titles == 1)
		bosett_table_warn(t, "%s:%ld: %ld title or empty row above the header skipped (the header is line %ld)",
		                  c->name, c->first_title, c->titles, line);
	else if (c->titles)
		bosett_table_warn(t, "%s:%ld: %ld title or empty rows above the header skipped (the header is line %ld)",
		                  c->name, c->first_title, c->titles, line);
	return 0;
}

/* 1 if s is a number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static int json_number(const char *s)
{
	if (*s == '-')
		s++;
	if (*s == '0')
		s++;
	else if (*s >= '1' && *s <= '9')
		while (*s >= '0' && *s <= '9')
			s++;
	else
		return 0;
	if (*s == '.') {
		if (!(*++s >= '0' && *s <= '9'))
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!(*s >= '0' && *s <= '9'))
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

/* A cell of a share column read as per cent: the header says so, or the
 * cell ends in a % sign. */
static int percent_cell(const struct csvctx *c, size_t field, int col, const char *s)
{
	size_t n;

	(void)col;
	if (c->known[field] != 2)
		return 0;
	n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	return c->pct[field] || (n && s[n - 1] == '%');
}

static int on_row(void *ctx, long line, size_t n, char **f, const size_t *lens)
{
	struct csvctx *c = ctx;
	struct bosett_table *t = c->t;
	long row;

	if (!c->have_header) {
		/* an adviser's title rows above the header (at most 20) */
		if (c->titles < 20 && bosett_sheet_title_row(n, f)) {
			if (!c->titles++)
				c->first_title = line;
			return 0;
		}
		return on_header(c, line, n, f, lens);
	}
	if (bosett_sheet_total_row(n, f, c->code_field)) {
		char q[256];

		const char *w = f[0];

		for (size_t i = 0; i < n && !*w; i++)
			w = f[i];
		bosett_table_warn(t, "%s:%ld: a total row (\"%s\"): skipped, the tools add up themselves", c->name, line,
		                  bosett_quote(w, strlen(w), q, sizeof q));
		c->totals++;
		return 0;
	}
	if (n != c->nhead) {
		bosett_err(t->err, "%s:%ld: %zu fields where the header has %zu", c->name, line, n, c->nhead);
		return -1;
	}
	if (t->nrows >= BOSETT_FILE_ROWS_MAX) {
		/* stop here, not after the whole file */
		bosett_err(t->err, "%s:%ld: more than %d rows (a kommunenummer has four digits)", c->name, line,
		           BOSETT_FILE_ROWS_MAX);
		return -1;
	}
	row = bosett_table_iadd_row(t);
	if (row < 0)
		return place_error(t, c->name, line);
	t->lines[row] = line;
	for (size_t i = 0; i < n; i++) {
		const char *s = f[i];
		int col = c->map[i];
		int kind = BOSETT_CELL_TEXT;
		double v = 0;

		if (col < 0) {
			if (*s) {
				char q[256];

				bosett_err(t->err, "%s:%ld: column %zu: value in a column with no name: \"%s\"",
				           c->name, line, i + 1, bosett_quote(s, lens[i], q, sizeof q));
				return -1;
			}
			continue;
		}
		if (!*s)
			continue;
		if (percent_cell(c, i, col, s)) {
			double pv;
			char num[64];

			if (bosett_parse_percent(s, c->info->decimal_comma, &pv) == 0) {
				c->pct_n[i]++;
				if (pv > 0 && pv < 0.01 && !c->pct_small[i]++)
					c->pct_line[i] = line;
				if (bosett_table_put(t, (size_t)row, (size_t)col, BOSETT_CELL_NUMBER,
				                     bosett_format_double(num, sizeof num, pv), pv) != 0)
					return -1;
				continue;
			}
		}
		if (!strcmp(s, "."))
			kind = BOSETT_CELL_ABSENT;
		else if (!strcmp(s, ":") || !strcmp(s, "*")) /* NAV and Udir write '*' */
			kind = BOSETT_CELL_SUPPRESSED, s = ":";
		else if (!c->known[i] &&
		         !(s[0] == '0' && s[1] >= '0' && s[1] <= '9') &&
		         bosett_parse_decimal(s, c->info->decimal_comma, &v) == 0 && !strchr(s, ' ') &&
		         !strstr(s, "\xc2\xa0")) {
			/* an unknown numeric column: only the decimal comma changes */
			char *dot = bosett_strdup(s), *p;

			if (!dot) {
				bosett_err(t->err, "%s: out of memory", c->name);
				return -1;
			}
			if (c->info->decimal_comma && (p = strchr(dot, ',')) != NULL)
				*p = '.';
			if (!json_number(dot)) {
				/* "+5", ".5", "5.", "-05": keep the value, in a form JSON can carry */
				char num[64];

				free(dot);
				if (!(dot = bosett_strdup(bosett_format_double(num, sizeof num, v)))) {
					bosett_err(t->err, "%s: out of memory", c->name);
					return -1;
				}
			}
			if (bosett_table_put(t, (size_t)row, (size_t)col, BOSETT_CELL_NUMBER, dot, v) != 0) {
				free(dot);
				return -1;
			}
			free(dot);
			continue;
		}
		if (bosett_table_put(t, (size_t)row, (size_t)col, kind, s, 0) != 0)
			return -1;
	}
	return 0;
}

/* After a CSV or sheet parse (rc its result): free the reader's header
 * state, refuse an input with no header ("empty WHAT"), check the cells. */
static int finish(struct csvctx *c, int rc, const char *what, int decimal_comma)
{
	free(c->known);
	free(c->pct);
	if (rc == 0 && c->have_header)
		for (size_t i = 0; i < c->nhead; i++)
			if (c->pct_small[i] && c->pct_small[i] == c->pct_n[i] && c->map[i] >= 0)
				/* 0,021 under "Arbeidsløyse %" is 0.021 %: most likely a
				 * fraction (2.1 %) under a per-cent header */
				bosett_table_warn(c->t, "%s:%ld: column '%s': a per-cent column whose every value is under 1 %%: "
				                  "if the sheet holds fractions (0,021 for 2,1 %%), write them as per cent (2,1) "
				                  "or head the column '%s', which holds fractions", c->name, c->pct_line[i],
				                  c->t->colnames[c->map[i]], c->t->colnames[c->map[i]]);
	free(c->pct_n);
	free(c->pct_small);
	free(c->pct_line);
	free(c->map);
	if (rc != 0)
		return BOSETT_EDATA;
	if (!c->have_header && c->titles) {
		if (c->titles == 1)
			bosett_err(c->t->err, "%s:%ld: no header: %ld row of at most one value, none naming a column "
			           "(kommunenr, kommune, population, ...): put the names of the columns in one row above "
			           "the municipalities", c->name, c->first_title, c->titles);
		else
			bosett_err(c->t->err, "%s:%ld: no header: %ld rows of at most one value, none naming a column "
			           "(kommunenr, kommune, population, ...): put the names of the columns in one row above "
			           "the municipalities", c->name, c->first_title, c->titles);
		return BOSETT_EDATA;
	}
	if (!c->have_header) {
		bosett_err(c->t->err, strcmp(what, "sheet") == 0 ? "%s: empty sheet" : "%s: empty file", c->name);
		return BOSETT_EDATA;
	}
	return bosett_table_check_cells(c->t, decimal_comma);
}

int bosett_table_read_csv(struct bosett_table *t, const char *name, const char *data, size_t len)
{
	struct csvctx c;
	struct bosett_csv_info info;
	int rc;

	memset(&c, 0, sizeof c);
	c.t = t;
	c.name = name;
	c.info = &info;
	rc = bosett_csv_parse(name, data, len, 0, on_row, &c, t->err, &info);
	return finish(&c, rc, "file", info.decimal_comma);
}

/* A sheet of a workbook: the same rows, through the same callbacks, as the
 * CSV Excel would save of it (numbers with a decimal point). */
int bosett_table_read_xlsx(struct bosett_table *t, const char *name, const char *data, size_t len,
                           const char *sheet)
{
	struct csvctx c;
	static const struct bosett_csv_info info = { ',', 0, 0 };
	int rc;

	memset(&c, 0, sizeof c);
	c.t = t;
	c.name = name;
	c.info = &info;
	rc = bosett_xlsx_parse(name, data, len, sheet, on_row, &c, t->err);
	return finish(&c, rc, "sheet", 0);
}

/* Cells that a spreadsheet would evaluate: =, +, -, @, TAB, CR first. */
static int formula_like(const char *s)
{
	return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r';
}

static int put_field(FILE *fp, const char *s, int text)
{
	int quote = 0;

	if (text && formula_like(s))
		quote = 1;
	/* quote every separator the reader could detect, not only the comma */
	if (strpbrk(s, ",;\t\"\r\n") || (s[0] == ' ') || (*s && s[strlen(s) - 1] == ' '))
		quote = 1;
	if (!quote)
		return fputs(s, fp) < 0 ? -1 : 0;
	if (fputc('"', fp) == EOF)
		return -1;
	if (text && formula_like(s) && fputc('\'', fp) == EOF)
		return -1;
	for (; *s; s++) {
		if (*s == '"' && fputc('"', fp) == EOF)
			return -1;
		if (fputc(*s, fp) == EOF)
			return -1;
	}
	return fputc('"', fp) == EOF ? -1 : 0;
}

int bosett_table_write_csv(struct bosett_table *t, FILE *fp)
{
	if (t->nrows > BOSETT_FILE_ROWS_MAX) {
		bosett_err(t->err, "more than %d rows: no tool could read the table", BOSETT_FILE_ROWS_MAX);
		return BOSETT_EDATA;
	}
	for (size_t j = 0; j < t->ncols; j++)
		if ((j && fputc(',', fp) == EOF) || put_field(fp, t->colnames[j], 1) != 0)
			goto fail;
	if (fputc('\n', fp) == EOF)
		goto fail;
	for (size_t i = 0; i < t->nrows; i++) {
		for (size_t j = 0; j < t->ncols; j++) {
			const struct bosett_tcell *c = &t->rows[i][j];

			if (j && fputc(',', fp) == EOF)
				goto fail;
			if (c->s && put_field(fp, c->s, c->kind == BOSETT_CELL_TEXT) != 0)
				goto fail;
		}
		if (fputc('\n', fp) == EOF)
			goto fail;
	}
	return BOSETT_OK;
fail:
	bosett_err(t->err, "write error");
	return BOSETT_EDATA;
}
