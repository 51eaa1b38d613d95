/*
 * import_survey.c - a returned survey workbook (bosett-survey(5), written
 * by bosett-report --survey): the municipalities' answers as facts of
 * their columns, with provenance (the file, its SHA-256, the contact
 * given). It is known by its content: the hidden sheet with the mark and
 * what was sent (io/survey_format.h). The main decision: a workbook that
 * was edited where it should not be is refused whole, naming the file,
 * the sheet and the cell: text in a number cell, a changed heading or
 * kommunenummer, a deleted, added or duplicated row, a municipality of
 * another county, or a second file answering for a municipality
 * differently. A partly read survey would put a county's numbers on the
 * wrong municipality without a word.
 */
#include "import/import_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "io/survey_format.h"
#include "io/xlsx_cell.h"
#include "io/xlsx_reader.h"
#include "table/schema.h"

#define SV_COLS 64

/* A sheet as its non-empty cells, in row order. */
struct sv_cell {
	long row;
	size_t col;
	char *s;
};

struct sv_sheet {
	struct sv_cell *c;
	size_t n, cap;
	int stop_after_first;   /* detection: the first row is enough */
};

struct sv_expect {
	long row;
	char code[5];
	const char *name;
	int seen;               /* the sheet row that has it, 0 if none yet */
	long seen_row;
};

/* What the hidden sheet says was sent. */
struct sv_mark {
	const char *area, *county, *sheet;
	long header;
	size_t ncol;
	const char *col[SV_COLS];      /* the schema's names */
	int answer[SV_COLS];
	const char *heading[SV_COLS];
	struct sv_expect *exp;
	size_t nexp;
};

static int take(void *ctx, long line, size_t nfields, char **fields, const size_t *lens)
{
	struct sv_sheet *sh = ctx;

	for (size_t i = 0; i < nfields; i++) {
		if (!lens[i])
			continue;
		if (sh->n == sh->cap) {
			size_t cap = sh->cap ? 2 * sh->cap : 256;
			struct sv_cell *c = realloc(sh->c, cap * sizeof *c);

			if (!c)
				return -1;
			sh->c = c;
			sh->cap = cap;
		}
		sh->c[sh->n].row = line;
		sh->c[sh->n].col = i;
		if (!(sh->c[sh->n].s = bosett_strndup(fields[i], lens[i])))
			return -1;
		sh->n++;
	}
	return sh->stop_after_first ? 1 : 0;
}

static void sheet_free(struct sv_sheet *sh)
{
	for (size_t i = 0; i < sh->n; i++)
		free(sh->c[i].s);
	free(sh->c);
}

static const char *at(const struct sv_sheet *sh, long row, size_t col)
{
	for (size_t i = 0; i < sh->n; i++)
		if (sh->c[i].row == row && sh->c[i].col == col)
			return sh->c[i].s;
	return "";
}

/* The row whose column A holds key, 0 if none. */
static long key_row(const struct sv_sheet *sh, const char *key)
{
	for (size_t i = 0; i < sh->n; i++)
		if (sh->c[i].col == 0 && !strcmp(sh->c[i].s, key))
			return sh->c[i].row;
	return 0;
}

/* "C7" */
static const char *cell_name(char buf[16], long row, size_t col)
{
	return bosett_xlsx_cell_name(buf, 16, row, col);
}

static int detect_survey(const char *data, size_t len)
{
	struct sv_sheet sh = { 0 };
	char err[BOSETT_ERRMAX];
	int yes;

	if (!bosett_xlsx_detect(data, len))
		return 0;
	sh.stop_after_first = 1;
	bosett_xlsx_parse("", data, len, BOSETT_SURVEY_SHEET, take, &sh, err);
	yes = !strcmp(at(&sh, 1, 0), BOSETT_SURVEY_MARK);
	sheet_free(&sh);
	return yes;
}

/* The hidden sheet into m (pointing into sh). 0, or -1 with the message. */
static int read_mark(struct bosett_import *imp, int file, const struct sv_sheet *sh, struct sv_mark *m)
{
	const char *name = imp_input_name(imp, file);
	long r, cols = key_row(sh, BOSETT_SURVEY_COLUMNS), ans = key_row(sh, BOSETT_SURVEY_ANSWER),
	        head = key_row(sh, BOSETT_SURVEY_HEADING);

	if (strcmp(at(sh, 1, 1), BOSETT_SURVEY_VERSION) != 0) {
		bosett_err(imp->err, "%s: a survey workbook of format version '%s'; this bosett-import reads version %s",
		           name, at(sh, 1, 1), BOSETT_SURVEY_VERSION);
		return -1;
	}
	m->area = at(sh, key_row(sh, BOSETT_SURVEY_AREA), 1);
	m->county = at(sh, key_row(sh, BOSETT_SURVEY_COUNTY), 1);
	m->sheet = at(sh, key_row(sh, BOSETT_SURVEY_NAME), 1);
	if (strlen(m->county) != 2 || !*m->sheet || !cols || !ans || !head ||
	    bosett_parse_long(at(sh, key_row(sh, BOSETT_SURVEY_HEADER), 1), &m->header) != 0 || m->header < 1) {
		bosett_err(imp->err, "%s: sheet '%s': the survey's mark is damaged (bosett-survey(5))", name,
		           BOSETT_SURVEY_SHEET);
		return -1;
	}
	for (m->ncol = 0; m->ncol < SV_COLS && *at(sh, cols, m->ncol + 1); m->ncol++) {
		const struct bosett_column *c = bosett_schema_find(at(sh, cols, m->ncol + 1));

		m->answer[m->ncol] = !strcmp(at(sh, ans, m->ncol + 1), "1");
		m->heading[m->ncol] = at(sh, head, m->ncol + 1);
		if (!c || (m->answer[m->ncol] && c->kind != KIND_COUNT && c->kind != KIND_TEXT)) {
			bosett_err(imp->err, "%s: sheet '%s': column '%s' is not one a survey answers", name,
			           BOSETT_SURVEY_SHEET, at(sh, cols, m->ncol + 1));
			return -1;
		}
		m->col[m->ncol] = c->name;
	}
	if (!m->ncol || strcmp(m->col[0], "kommunenr") != 0) {
		bosett_err(imp->err, "%s: sheet '%s': the survey's mark is damaged (bosett-survey(5))", name,
		           BOSETT_SURVEY_SHEET);
		return -1;
	}
	m->exp = calloc(sh->n + 1, sizeof *m->exp);
	if (!m->exp) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < sh->n; i++) {
		struct sv_expect *e = &m->exp[m->nexp];

		if (sh->c[i].col != 0 || strcmp(sh->c[i].s, BOSETT_SURVEY_ROW) != 0)
			continue;
		r = sh->c[i].row;
		if (bosett_parse_long(at(sh, r, 1), &e->row) != 0 || strlen(at(sh, r, 2)) != 4) {
			bosett_err(imp->err, "%s: sheet '%s' row %ld: the survey's mark is damaged (bosett-survey(5))", name,
			           BOSETT_SURVEY_SHEET, r);
			return -1;
		}
		memcpy(e->code, at(sh, r, 2), 5);
		e->name = at(sh, r, 3);
		m->nexp++;
	}
	return 0;
}

static struct sv_expect *expected(const struct sv_mark *m, const char *code)
{
	for (size_t i = 0; i < m->nexp; i++)
		if (!strcmp(m->exp[i].code, code))
			return &m->exp[i];
	return NULL;
}

/* The context of a message: "FILE: sheet 'S' cell C7". */
#define WHERE "%s: sheet '%s' cell %s: "

/* Check the kommunenummer of sheet row r; *e gets the municipality sent. */
static int check_code(struct bosett_import *imp, int file, const struct sv_mark *m, const struct sv_sheet *sh,
                      long r, struct sv_expect **e)
{
	const char *name = imp_input_name(imp, file), *text = at(sh, r, 0);
	struct sv_expect *here = NULL;
	char cell[16], code[5], q[64];
	size_t n = strspn(text, "0123456789");

	cell_name(cell, r, 0);
	for (size_t i = 0; i < m->nexp; i++)
		if (m->exp[i].row == r)
			here = &m->exp[i];
	if (n != strlen(text) || n < 3 || n > 4) {
		bosett_err(imp->err, WHERE "not a kommunenummer: '%s'%s", name, m->sheet, cell,
		           bosett_quote(text, strlen(text), q, sizeof q),
		           here ? " (the survey had the municipality's number here: leave it as it was)" : "");
		return -1;
	}
	code[0] = '0';
	memcpy(code + (n == 3), text, n + 1); /* the leading zero a spreadsheet drops, put back */
	if (strncmp(code, m->county, 2) != 0) {
		bosett_err(imp->err, WHERE "%s is a municipality of county %.2s, not of county %s, whose survey this is",
		           name, m->sheet, cell, code, code, m->county);
		return -1;
	}
	if (here && strcmp(here->code, code) != 0 && !strcmp(at(sh, r, 1), here->name)) {
		bosett_err(imp->err, WHERE "the kommunenummer of %s was changed from %s to %s", name, m->sheet, cell,
		           here->name, here->code, code);
		return -1;
	}
	if (!(*e = expected(m, code))) {
		bosett_err(imp->err, WHERE "%s was not in the survey sent (a row added, or a kommunenummer changed)", name,
		           m->sheet, cell, code);
		return -1;
	}
	if ((*e)->seen) {
		bosett_err(imp->err, WHERE "%s %s a second time (row %ld has it too): a duplicated row", name, m->sheet,
		           cell, code, (*e)->name, (*e)->seen_row);
		return -1;
	}
	(*e)->seen = 1;
	(*e)->seen_row = r;
	return 0;
}

/* A second file's answer for the same municipality must be the same. */
static int check_other_files(struct bosett_import *imp, int file, const struct imp_answer *a, const char *muni)
{
	for (size_t i = 0; i < imp->nanswers; i++) {
		const struct imp_answer *b = &imp->answers[i];
		char v1[64], v2[64];

		if (b->file == file || strcmp(b->code, a->code) != 0 || strcmp(b->col, a->col) != 0)
			continue;
		if (a->kind == b->kind && (a->kind == BOSETT_CELL_TEXT ? !strcmp(a->s, b->s) : a->v == b->v))
			continue;
		bosett_err(imp->err, WHERE "%s of %s %s is %s, but %s sheet '%s' cell %s says %s: two answers for one municipality",
		           imp_input_name(imp, file), a->sheet, a->cell, a->col, a->code, muni,
		           a->kind == BOSETT_CELL_TEXT ? bosett_quote(a->s, strlen(a->s), v1, sizeof v1)
		                                       : bosett_format_double(v1, sizeof v1, a->v),
		           imp_input_name(imp, b->file), b->sheet, b->cell,
		           b->kind == BOSETT_CELL_TEXT ? bosett_quote(b->s, strlen(b->s), v2, sizeof v2)
		                                       : bosett_format_double(v2, sizeof v2, b->v));
		return -1;
	}
	return 0;
}

/* One answer cell: checked, kept and recorded as a fact. */
static int answer(struct bosett_import *imp, int file, const struct sv_mark *m, const struct sv_expect *e, long r,
                  size_t k, const char *text)
{
	const struct bosett_column *c = bosett_schema_find(m->col[k]);
	struct imp_answer a = { 0 }, *na;
	char q[64];

	memcpy(a.code, e->code, 5);
	a.col = c->name;
	a.file = file;
	snprintf(a.sheet, sizeof a.sheet, "%s", m->sheet);
	cell_name(a.cell, r, k);
	if (c->kind == KIND_TEXT) {
		a.kind = BOSETT_CELL_TEXT;
		if (!(a.s = bosett_strdup(text))) {
			bosett_err(imp->err, "out of memory");
			return -1;
		}
	} else {
		a.kind = BOSETT_CELL_NUMBER;
		if (bosett_parse_decimal(text, 0, &a.v) != 0 || a.v < 0 || a.v != floor(a.v) || a.v > 1e9) {
			bosett_err(imp->err, WHERE "%s of %s %s: not a whole number of at least 0: '%s'", imp_input_name(imp, file),
			           m->sheet, a.cell, a.col, e->code, e->name, bosett_quote(text, strlen(text), q, sizeof q));
			return -1;
		}
	}
	if (check_other_files(imp, file, &a, e->name) != 0) {
		free(a.s);
		return -1;
	}
	na = realloc(imp->answers, (imp->nanswers + 1) * sizeof *na);
	if (!na) {
		free(a.s);
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	imp->answers = na;
	imp->answers[imp->nanswers++] = a;
	return imp_fact_add(imp, e->code, 0, a.col, a.kind, a.v, a.kind == BOSETT_CELL_TEXT ? text : NULL, 0, file, r);
}

/* The provenance of one municipality's answers: the file, its SHA-256, the
 * row and the contact given (several files: each, one after the other). */
static int provenance(struct bosett_import *imp, int file, const struct sv_mark *m, const struct sv_expect *e,
                      const char *contact)
{
	struct bosett_buf b = { 0 };
	char key[64];
	int rc;

	snprintf(key, sizeof key, "import.survey.%s", e->code);
	for (size_t i = 0; i < imp->nmeta; i++)
		if (!strcmp(imp->mkeys[i], key))
			bosett_buf_printf(&b, "%s; ", imp->mvals[i]);
	bosett_buf_printf(&b, "%s (SHA-256 %s), sheet '%s' row %ld; contact: %s", imp_input_name(imp, file),
	                  imp->inputs[file].sha256, m->sheet, e->seen_row, *contact ? contact : "(none given)");
	rc = b.len ? imp_meta(imp, key, b.data) : -1;
	bosett_buf_free(&b);
	if (rc)
		bosett_err(imp->err, "out of memory");
	return rc;
}

/* The survey sheet: the headings as written, then every row. */
static int read_answers(struct bosett_import *imp, int file, const struct sv_mark *m, const struct sv_sheet *sh)
{
	const char *name = imp_input_name(imp, file);
	char cell[16], q1[64], q2[64];
	long last = 0;

	for (size_t k = 0; k < m->ncol; k++) {
		const char *h = at(sh, m->header, k);

		if (strcmp(h, m->heading[k]) != 0) {
			bosett_err(imp->err, WHERE "the heading '%s' was changed to '%s'", name, m->sheet,
			           cell_name(cell, m->header, k), bosett_quote(m->heading[k], strlen(m->heading[k]), q1, sizeof q1),
			           bosett_quote(h, strlen(h), q2, sizeof q2));
			return -1;
		}
	}
	for (size_t i = 0; i < sh->n; i++) {
		long r = sh->c[i].row;
		struct sv_expect *e;
		const char *contact = "";
		int any = 0;

		if (r <= m->header || r == last)
			continue;
		last = r;
		if (check_code(imp, file, m, sh, r, &e) != 0)
			return -1;
		for (size_t k = 1; k < m->ncol; k++) {
			const char *v = at(sh, r, k);

			if (!m->answer[k] || !*v)
				continue;
			if (answer(imp, file, m, e, r, k, v) != 0)
				return -1;
			any = 1;
			if (!strcmp(m->col[k], "survey_contact"))
				contact = v;
		}
		if (any && provenance(imp, file, m, e, contact) != 0)
			return -1;
	}
	for (size_t i = 0; i < m->nexp; i++)
		if (!m->exp[i].seen) {
			bosett_err(imp->err, WHERE "the row of %s %s is missing: a deleted row", name, m->sheet,
			           cell_name(cell, m->exp[i].row, 0), m->exp[i].code, m->exp[i].name);
			return -1;
		}
	return 0;
}

static int read_survey(struct bosett_import *imp, int file, const char *data, size_t len)
{
	struct sv_sheet mark = { 0 }, sh = { 0 };
	struct sv_mark m = { 0 };
	const char *name = imp_input_name(imp, file);
	int rc = -1;

	if (bosett_xlsx_parse(name, data, len, BOSETT_SURVEY_SHEET, take, &mark, imp->err) != 0)
		goto done;
	if (strcmp(at(&mark, 1, 0), BOSETT_SURVEY_MARK) != 0) {
		bosett_err(imp->err, "%s: not a survey workbook of bosett-report --survey (no mark in sheet '%s')", name,
		           BOSETT_SURVEY_SHEET);
		goto done;
	}
	if (read_mark(imp, file, &mark, &m) != 0 ||
	    bosett_xlsx_parse(name, data, len, m.sheet, take, &sh, imp->err) != 0 ||
	    read_answers(imp, file, &m, &sh) != 0)
		goto done;
	rc = 0;
done:
	free(m.exp);
	sheet_free(&mark);
	sheet_free(&sh);
	return rc;
}

const struct imp_reader imp_reader_survey = {
	"survey",
	"a county's survey workbook returned by its municipalities (bosett-survey(5), bosett-report --survey)",
	.read_bytes = read_survey, .order = 27, .detect_bytes = detect_survey,
};
