/*
 * report_survey.c - the county's survey workbook (bosett-report --survey,
 * bosett-survey(5)): the capacity survey a county sends its municipalities
 * each spring, in the county's language. One row per municipality,
 * prefilled from the table (kommunenummer, name, population and the
 * settlement history it holds) and locked; the answers to fill in
 * (offered, housing, kindergarten and school places, adult-education and
 * upper-secondary seats, a contact, a comment) unlocked, tinted and
 * validated as whole numbers of at least 0; a guidance sheet; and a hidden
 * sheet that marks the workbook as a survey and records what was sent, so
 * that bosett-import recognises a returned workbook by its content and can
 * tell a deleted, duplicated or renumbered row from an answer.
 */
#include "report/report_impl.h"

#include <stdlib.h>
#include <string.h>

#include "io/survey_format.h"
#include "report/writers/xlsx_style.h"

#define SV_MAXCOL 24

struct sv_col {
	const char *name;       /* the table's column */
	char head[160];         /* its heading */
	char desc[400];         /* what it is, for the guidance sheet */
	int answer;             /* 1: to fill in */
	int text;               /* 1: text, not a number */
	double width;
};

struct survey {
	struct bosett_report *r;
	const struct bosett_table *t;
	const char *area;       /* NN or NNNN */
	char county[3];
	char county_name[128];
	size_t *rows, n;        /* the municipalities, by kommunenummer */
	long year;              /* the planning year, 0 if the table does not say */
	char prev[32], means[32]; /* "2026" / "2024-2026", "" if unknown */
	struct sv_col col[SV_MAXCOL];
	size_t ncol, nmissing;
	const char *missing[8]; /* prefilled columns the table lacks */
	struct rpt_xlsx x;
	lxw_row_t header;       /* the header row of the survey sheet (0-based) */
};

static const char *cell_text(const struct bosett_table *t, size_t row, const char *col)
{
	size_t c = bosett_table_col(t, col);

	return c == BOSETT_NPOS ? "" : bosett_table_text(t, row, c);
}

/* The county of a row: fylkenr, else the first two digits of its code. */
static void row_county(const struct bosett_table *t, size_t row, char out[3])
{
	const char *f = cell_text(t, row, "fylkenr");

	if (strlen(f) != 2)
		f = cell_text(t, row, "kommunenr");
	snprintf(out, 3, "%.2s", f);
}

static int in_area(const struct bosett_table *t, size_t row, const char *area)
{
	char c[3];

	if (strlen(area) == 4)
		return strcmp(cell_text(t, row, "kommunenr"), area) == 0;
	row_county(t, row, c);
	return strcmp(c, area) == 0;
}

/* The one county of the table, for --survey without --county. */
static int only_county(const struct bosett_table *t, char out[3], char *err)
{
	out[0] = '\0';
	for (size_t i = 0; i < bosett_table_nrows(t); i++) {
		char c[3];

		row_county(t, i, c);
		if (!out[0])
			memcpy(out, c, 3);
		else if (strcmp(out, c) != 0) {
			bosett_err(err, "%s: municipalities of more than one county (%s, %s): say which with --county",
			           bosett_table_source(t), out, c);
			return -1;
		}
	}
	if (!out[0]) {
		bosett_err(err, "%s: no municipalities", bosett_table_source(t));
		return -1;
	}
	return 0;
}

static const struct bosett_table *sort_table;

static int cmp_code(const void *a, const void *b)
{
	return strcmp(cell_text(sort_table, *(const size_t *)a, "kommunenr"),
	              cell_text(sort_table, *(const size_t *)b, "kommunenr"));
}

/* The rows of area, sorted by kommunenummer; the county and its name. */
static int pick_rows(struct survey *s)
{
	const struct bosett_table *t = s->t;
	size_t n = bosett_table_nrows(t);

	if (bosett_table_col(t, "kommunenr") == BOSETT_NPOS || bosett_table_col(t, "kommune") == BOSETT_NPOS) {
		bosett_err(s->r->err, "%s: a survey needs the columns kommunenr and kommune", bosett_table_source(t));
		return BOSETT_EDATA;
	}
	s->rows = malloc((n ? n : 1) * sizeof *s->rows);
	if (!s->rows) {
		bosett_err(s->r->err, "out of memory");
		return BOSETT_EDATA;
	}
	for (size_t i = 0; i < n; i++)
		if (in_area(t, i, s->area))
			s->rows[s->n++] = i;
	if (!s->n) {
		bosett_err(s->r->err, "%s: no municipality %s %s", bosett_table_source(t),
		           strlen(s->area) == 4 ? "numbered" : "in county", s->area);
		return BOSETT_EUSAGE;
	}
	sort_table = t;
	qsort(s->rows, s->n, sizeof *s->rows, cmp_code);
	row_county(t, s->rows[0], s->county);
	snprintf(s->county_name, sizeof s->county_name, "%s", cell_text(t, s->rows[0], "fylke"));
	return BOSETT_OK;
}

/* "2024,2025" -> "2024-2025" (an en dash); one year as it is. */
static void year_span(const char *list, char *out, size_t n)
{
	const char *last = strrchr(list, ',');

	if (!last)
		snprintf(out, n, "%s", list);
	else
		snprintf(out, n, "%.*s\xe2\x80\x93%s", (int)strcspn(list, ","), list, last + 1);
}

/* The planning year and the years of the history, from the provenance. */
static void find_years(struct survey *s)
{
	const char *y = bosett_table_meta_get(s->t, "year");
	const char *p = bosett_table_meta_get(s->t, "import.year.requested_prev");
	const char *m = bosett_table_meta_get(s->t, "import.year.requested_avg3");

	if (!y || bosett_parse_long(y, &s->year) != 0 || s->year < 1900 || s->year > 2200)
		s->year = 0;
	if (p && *p)
		snprintf(s->prev, sizeof s->prev, "%s", p);
	else if (s->year)
		snprintf(s->prev, sizeof s->prev, "%ld", s->year - 1);
	if (m && *m)
		year_span(m, s->means, sizeof s->means);
}

static struct sv_col *add_col(struct survey *s, const char *name, int answer, int text, double width)
{
	struct sv_col *c = &s->col[s->ncol++];

	c->name = name;
	c->answer = answer;
	c->text = text;
	c->width = width;
	return c;
}

static void fill(struct survey *s, char *out, size_t n, enum rpt_msg m, const char *a1, const char *a2)
{
	struct bosett_buf b = { 0 };

	rpt_subst(&b, rpt_msg(s->r, m), a1, a2, NULL);
	snprintf(out, n, "%s", b.len ? b.data : "");
	bosett_buf_free(&b);
}

/* The history columns the table has: last year's, then the means. */
static void history_cols(struct survey *s)
{
	static const struct {
		const char *name;
		enum rpt_msg word, desc;
		int mean;
	} hist[] = {
		{ "requested_prev", M_SV_REQ, M_SV_D_REQ, 0 }, { "decided_prev", M_SV_DEC, M_SV_D_DEC, 0 },
		{ "settled_prev", M_SV_SET, M_SV_D_SET, 0 },   { "requested_avg3", M_SV_REQ, M_SV_D_MEAN, 1 },
		{ "decided_avg3", M_SV_DEC, M_SV_D_MEAN, 1 },  { "settled_avg3", M_SV_SET, M_SV_D_MEAN, 1 },
	};
	struct bosett_report *r = s->r;
	char when[64], span[64];

	if (s->prev[0])
		fill(s, when, sizeof when, M_SV_IN_YEAR, s->prev, NULL);
	else
		snprintf(when, sizeof when, "%s", rpt_msg(r, M_SV_LAST));
	snprintf(span, sizeof span, "%s", s->means[0] ? s->means : rpt_msg(r, M_SV_EARLIER));
	for (size_t k = 0; k < sizeof hist / sizeof hist[0]; k++) {
		const char *word = rpt_msg(r, hist[k].word);
		struct sv_col *c;

		if (bosett_table_col(s->t, hist[k].name) == BOSETT_NPOS) {
			s->missing[s->nmissing++] = hist[k].name;
			continue;
		}
		c = add_col(s, hist[k].name, 0, 0, hist[k].mean ? 11 : 10);
		if (hist[k].mean && s->means[0])
			fill(s, c->head, sizeof c->head, M_SV_MEAN, word, s->means);
		else if (hist[k].mean)
			fill(s, c->head, sizeof c->head, M_SV_MEAN_EARLIER, word, NULL);
		else if (s->prev[0])
			snprintf(c->head, sizeof c->head, "%s %s", word, s->prev);
		else
			fill(s, c->head, sizeof c->head, M_SV_LAST_YEAR, word, NULL);
		fill(s, c->desc, sizeof c->desc, hist[k].desc, hist[k].mean ? span : when, NULL);
	}
}

/* Every column of the survey sheet, in order. */
static void plan_cols(struct survey *s)
{
	static const struct {
		const char *name;
		enum rpt_msg head, desc;
		int text;
		double width;
	} answers[] = {
		{ "housing_units", M_SV_HOUSING, M_SV_D_HOUSING, 0, 12 },
		{ "kindergarten_places", M_SV_KINDER, M_SV_D_KINDER, 0, 17 },
		{ "school_places", M_SV_SCHOOL, M_SV_D_SCHOOL, 0, 12 },
		{ "adult_ed_seats", M_SV_ADULT, M_SV_D_ADULT, 0, 16 },
		{ "upper_secondary_seats", M_SV_UPPER, M_SV_D_UPPER, 0, 15 },
		{ "survey_contact", M_SV_CONTACT, M_SV_D_CONTACT, 1, 26 },
		{ "survey_comment", M_SV_COMMENT, M_SV_D_COMMENT, 1, 32 },
	};
	struct bosett_report *r = s->r;
	struct sv_col *c;
	char year[16], in_year[64];

	snprintf(year, sizeof year, "%ld", s->year);
	snprintf(in_year, sizeof in_year, "%s", s->year ? year : rpt_msg(r, M_SV_PLAN_YEAR));
	c = add_col(s, "kommunenr", 0, 1, 16);
	snprintf(c->head, sizeof c->head, "%s", rpt_msg(r, M_SV_CODE));
	snprintf(c->desc, sizeof c->desc, "%s", rpt_msg(r, M_SV_D_CODE));
	c = add_col(s, "kommune", 0, 1, 18);
	snprintf(c->head, sizeof c->head, "%s", rpt_msg(r, M_MUNI));
	snprintf(c->desc, sizeof c->desc, "%s", rpt_msg(r, M_SV_D_NAME));
	if (bosett_table_col(s->t, "population") != BOSETT_NPOS) {
		c = add_col(s, "population", 0, 0, 13);
		snprintf(c->head, sizeof c->head, "%s", rpt_msg(r, M_SV_POP));
		snprintf(c->desc, sizeof c->desc, "%s", rpt_msg(r, M_SV_D_POP));
	} else {
		s->missing[s->nmissing++] = "population";
	}
	history_cols(s);
	c = add_col(s, "offered", 1, 0, 16);
	if (s->year)
		fill(s, c->head, sizeof c->head, M_SV_OFFERED_YEAR, year, NULL);
	else
		snprintf(c->head, sizeof c->head, "%s", rpt_msg(r, M_SV_OFFERED));
	fill(s, c->desc, sizeof c->desc, M_SV_D_OFFERED, in_year, NULL);
	for (size_t k = 0; k < sizeof answers / sizeof answers[0]; k++) {
		c = add_col(s, answers[k].name, 1, answers[k].text, answers[k].width);
		snprintf(c->head, sizeof c->head, "%s", rpt_msg(r, answers[k].head));
		fill(s, c->desc, sizeof c->desc, answers[k].desc, in_year, NULL);
	}
}

/* Whole numbers of at least 0 in the answer cells of column c. */
static void validate(struct survey *s, lxw_worksheet *ws, lxw_col_t c)
{
	char title[64], msg[256], etitle[64], emsg[256];
	lxw_data_validation dv;

	memset(&dv, 0, sizeof dv);
	snprintf(title, sizeof title, "%s", rpt_msg(s->r, M_SV_VAL_TITLE));
	snprintf(msg, sizeof msg, "%s", rpt_msg(s->r, M_SV_VAL_MSG));
	snprintf(etitle, sizeof etitle, "%s", title);
	snprintf(emsg, sizeof emsg, "%s", rpt_msg(s->r, M_SV_VAL_ERR));
	dv.validate = LXW_VALIDATION_TYPE_INTEGER;
	dv.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
	dv.value_number = 0;
	dv.input_title = title;
	dv.input_message = msg;
	dv.error_title = etitle;
	dv.error_message = emsg;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	worksheet_data_validation_range(ws, s->header + 1, c, (lxw_row_t)(s->header + s->n), c, &dv);
}

static int write_survey_sheet(struct survey *s, const char *title, const char *guide)
{
	struct bosett_report *r = s->r;
	lxw_worksheet *ws = workbook_add_worksheet(s->x.wb, rpt_msg(r, M_SV_SHEET));
	char line1[256], line2[256], line3[512], date[64];
	const char *lines[3] = { line1, line2, line3 };

	if (!ws)
		return -1;
	if (s->county_name[0])
		snprintf(line1, sizeof line1, "%s: %s (%s)", rpt_msg(r, M_COUNTY), s->county_name, s->county);
	else
		snprintf(line1, sizeof line1, "%s: %s", rpt_msg(r, M_COUNTY), s->county);
	line2[0] = '\0';
	if (r->has_date) {
		rpt_date(r, date, sizeof date);
		fill(s, line2, sizeof line2, M_SV_SENT, date, NULL);
	}
	fill(s, line3, sizeof line3, M_SV_FILL, guide, NULL);
	s->header = rpt_xlsx_title(&s->x, ws, title, lines, 3);
	for (size_t k = 0; k < s->ncol; k++) {
		worksheet_write_string(ws, s->header, (lxw_col_t)k, s->col[k].head, s->x.head);
		worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, s->col[k].width, NULL);
		if (s->col[k].answer && !s->col[k].text)
			validate(s, ws, (lxw_col_t)k);
	}
	worksheet_set_row(ws, s->header, 62, NULL);
	for (size_t i = 0; i < s->n; i++) {
		lxw_row_t row = (lxw_row_t)(s->header + 1 + i);

		for (size_t k = 0; k < s->ncol; k++) {
			const struct sv_col *c = &s->col[k];
			double v;
			enum bosett_cell kind;

			if (c->answer) {
				/* an empty cell, but unlocked and tinted */
				worksheet_write_string(ws, row, (lxw_col_t)k, "", c->text ? s->x.answer_text : s->x.answer);
				continue;
			}
			kind = bosett_table_cell(s->t, s->rows[i], bosett_table_col(s->t, c->name), &v);
			if (c->text || kind != BOSETT_CELL_NUMBER)
				rpt_xlsx_text(r, &s->x, ws, rpt_msg(r, M_SV_SHEET), row, (lxw_col_t)k,
				              cell_text(s->t, s->rows[i], c->name), s->x.text);
			else
				worksheet_write_number(ws, row, (lxw_col_t)k, v, c->name[strlen(c->name) - 1] == '3' ?
				                                                     s->x.dec2 : s->x.whole);
		}
	}
	worksheet_freeze_panes(ws, s->header + 1, 2);
	rpt_xlsx_print(&s->x, ws, 1, s->header);
	worksheet_protect(ws, NULL, NULL);
	worksheet_activate(ws);
	return 0;
}

/* A paragraph across the guidance sheet's two columns, wrapped, its row
 * as high as its lines (spreadsheets do not grow a merged row by
 * themselves). */
static void para(struct survey *s, lxw_worksheet *ws, lxw_row_t row, const char *text)
{
	size_t lines = rpt_width(text) / 95 + 1;

	worksheet_merge_range(ws, row, 0, row, 1, text, s->x.wrap);
	worksheet_set_row(ws, row, 15.0 * (double)lines + 3, NULL);
}

static int write_guide(struct survey *s, const char *title, const char *sheet, const char *guide)
{
	struct bosett_report *r = s->r;
	lxw_worksheet *ws = workbook_add_worksheet(s->x.wb, guide);
	char buf[1024], year[16], src[64];
	lxw_row_t row;
	int kind;

	if (!ws)
		return -1;
	snprintf(year, sizeof year, "%ld", s->year);
	worksheet_set_column(ws, 0, 0, 34, NULL);
	worksheet_set_column(ws, 1, 1, 70, NULL);
	rpt_xlsx_print(&s->x, ws, 0, 0);
	row = rpt_xlsx_title(&s->x, ws, title, NULL, 0);
	fill(s, buf, sizeof buf, M_SV_G_WHY, s->year ? year : rpt_msg(r, M_SV_PLAN_YEAR), NULL);
	para(s, ws, row++, buf);
	fill(s, buf, sizeof buf, M_SV_G_HOW, sheet, NULL);
	para(s, ws, row++, buf);
	para(s, ws, row++, rpt_msg(r, M_SV_G_NUM));
	para(s, ws, row++, rpt_msg(r, M_SV_G_KEEP));
	para(s, ws, row++, rpt_msg(r, M_SV_G_RETURN));
	for (kind = 1; kind >= 0; kind--) {
		row++;
		worksheet_write_string(ws, row, 0, rpt_msg(r, M_SV_G_COLUMN), s->x.head);
		worksheet_write_string(ws, row++, 1, rpt_msg(r, kind ? M_SV_G_ANSWER : M_SV_G_GIVEN), s->x.head);
		for (size_t k = 0; k < s->ncol; k++) {
			if (s->col[k].answer != kind)
				continue;
			worksheet_write_string(ws, row, 0, s->col[k].head, s->x.wrap);
			worksheet_write_string(ws, row, 1, s->col[k].desc, s->x.wrap);
			/* as high as its lines: a reader need not grow the row */
			worksheet_set_row(ws, row++, 15.0 * (double)(rpt_width(s->col[k].desc) / 72 + 1), NULL);
		}
	}
	if (s->nmissing) {
		struct bosett_buf b = { 0 };

		for (size_t k = 0; k < s->nmissing; k++)
			bosett_buf_printf(&b, "%s%s", k ? ", " : "", s->missing[k]);
		fill(s, buf, sizeof buf, M_SV_G_MISSING, b.len ? b.data : "", NULL);
		bosett_buf_free(&b);
		para(s, ws, ++row, buf);
		row++;
	}
	snprintf(src, sizeof src, "%s: IMDi, SSB", rpt_msg(r, M_SOURCE));
	worksheet_write_string(ws, ++row, 0, src, s->x.subtitle);
	worksheet_protect(ws, NULL, NULL);
	return 0;
}

/* The hidden sheet: the mark and what was sent (survey_format.h). */
static int write_mark(struct survey *s, const char *sheet)
{
	static const char *const langs[] = { "en", "nb", "nn" };
	lxw_worksheet *ws = workbook_add_worksheet(s->x.wb, BOSETT_SURVEY_SHEET);
	char num[32];
	lxw_row_t row = 0;

	if (!ws)
		return -1;
	worksheet_write_string(ws, row, 0, BOSETT_SURVEY_MARK, NULL);
	worksheet_write_string(ws, row++, 1, BOSETT_SURVEY_VERSION, NULL);
	worksheet_write_string(ws, row, 0, BOSETT_SURVEY_AREA, NULL);
	worksheet_write_string(ws, row++, 1, s->area, NULL);
	worksheet_write_string(ws, row, 0, BOSETT_SURVEY_COUNTY, NULL);
	worksheet_write_string(ws, row++, 1, s->county, NULL);
	worksheet_write_string(ws, row, 0, BOSETT_SURVEY_LANG, NULL);
	worksheet_write_string(ws, row++, 1, langs[s->r->lang], NULL);
	snprintf(num, sizeof num, "%ld", s->year);
	worksheet_write_string(ws, row, 0, BOSETT_SURVEY_YEAR, NULL);
	worksheet_write_string(ws, row++, 1, s->year ? num : "", NULL);
	worksheet_write_string(ws, row, 0, BOSETT_SURVEY_NAME, NULL);
	worksheet_write_string(ws, row++, 1, sheet, NULL);
	snprintf(num, sizeof num, "%lu", (unsigned long)s->header + 1);
	worksheet_write_string(ws, row, 0, BOSETT_SURVEY_HEADER, NULL);
	worksheet_write_string(ws, row++, 1, num, NULL);
	worksheet_write_string(ws, row, 0, BOSETT_SURVEY_COLUMNS, NULL);
	worksheet_write_string(ws, row + 1, 0, BOSETT_SURVEY_ANSWER, NULL);
	worksheet_write_string(ws, row + 2, 0, BOSETT_SURVEY_HEADING, NULL);
	for (size_t k = 0; k < s->ncol; k++) {
		worksheet_write_string(ws, row, (lxw_col_t)(k + 1), s->col[k].name, NULL);
		worksheet_write_string(ws, row + 1, (lxw_col_t)(k + 1), s->col[k].answer ? "1" : "0", NULL);
		worksheet_write_string(ws, row + 2, (lxw_col_t)(k + 1), s->col[k].head, NULL);
	}
	row += 3;
	for (size_t i = 0; i < s->n; i++, row++) {
		snprintf(num, sizeof num, "%lu", (unsigned long)(s->header + 2 + i));
		worksheet_write_string(ws, row, 0, BOSETT_SURVEY_ROW, NULL);
		worksheet_write_string(ws, row, 1, num, NULL);
		worksheet_write_string(ws, row, 2, cell_text(s->t, s->rows[i], "kommunenr"), NULL);
		worksheet_write_string(ws, row, 3, cell_text(s->t, s->rows[i], "kommune"), NULL);
	}
	worksheet_hide(ws);
	worksheet_protect(ws, NULL, NULL);
	return 0;
}

enum bosett_lang bosett_report_survey_lang(const struct bosett_table *t, const char *area)
{
	char county[3], err[BOSETT_ERRMAX];
	size_t n = 0, nynorsk = 0;

	if (!area) {
		if (only_county(t, county, err) != 0)
			return BOSETT_LANG_NB;
		area = county;
	}
	for (size_t i = 0; i < bosett_table_nrows(t); i++)
		if (in_area(t, i, area)) {
			n++;
			nynorsk += strcmp(cell_text(t, i, "malform"), "nynorsk") == 0;
		}
	return n && 2 * nynorsk > n ? BOSETT_LANG_NN : BOSETT_LANG_NB;
}

enum bosett_status bosett_report_write_survey(struct bosett_report *r, FILE *fp, const char *area)
{
	struct survey s;
	char county[3], title[256], year[16];
	int rc, failed;

	memset(&s, 0, sizeof s);
	s.r = r;
	s.t = r->t;
	r->fmt = BOSETT_REPORT_XLSX;
	if (area && !((strlen(area) == 2 || strlen(area) == 4) && strspn(area, "0123456789") == strlen(area))) {
		bosett_err(r->err, "not a county number (NN) or kommunenummer (NNNN): \"%s\"", area);
		return BOSETT_EUSAGE;
	}
	if (!area) {
		if (only_county(r->t, county, r->err) != 0)
			return BOSETT_EUSAGE;
		area = county;
	}
	s.area = area;
	if ((rc = pick_rows(&s)) != BOSETT_OK) {
		free(s.rows);
		return rc;
	}
	find_years(&s);
	plan_cols(&s);
	snprintf(year, sizeof year, "%ld", s.year);
	if (s.year)
		fill(&s, title, sizeof title, M_SV_TITLE_YEAR, year, NULL);
	else
		snprintf(title, sizeof title, "%s", rpt_msg(r, M_SV_TITLE));
	if (rpt_xlsx_open(r, &s.x, title, s.county_name[0] ? s.county_name : s.county,
	                  s.county_name[0] ? s.county_name : NULL) != 0) {
		free(s.rows);
		return BOSETT_EDATA;
	}
	failed = write_survey_sheet(&s, title, rpt_msg(r, M_SV_GUIDE_SHEET)) != 0 ||
	         write_guide(&s, title, rpt_msg(r, M_SV_SHEET), rpt_msg(r, M_SV_GUIDE_SHEET)) != 0 ||
	         write_mark(&s, rpt_msg(r, M_SV_SHEET)) != 0;
	free(s.rows);
	return rpt_xlsx_close(r, &s.x, fp, failed) == 0 ? BOSETT_OK : BOSETT_EDATA;
}
