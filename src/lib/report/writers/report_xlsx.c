/*
 * report_xlsx.c - the report as the Excel workbook an adviser forwards
 * (bosett-report -f xlsx), written with libxlsxwriter in the house style
 * it shares with the survey (xlsx_style.c): a recommendation sheet under a
 * title block (the title, the county, the planning year, the date), with
 * headings in the report's language, numbers as numbers, the header row
 * frozen and filtered, a total row of SUM formulas and the reason of every
 * number in words; and a provenance sheet (the input files with their
 * SHA-256 and every key the tools recorded, in words). The main decision:
 * the workbook's date (title block and document properties) is the
 * report's date (SOURCE_DATE_EPOCH, else the run's day), never a second
 * clock, so the same inputs and date give the same bytes.
 */
#include "report/report_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "io/xlsx_cell.h"
#include "report/writers/xlsx_style.h"

/* Sheet names, at most 31 characters and none of []:*?/\ */
static const char *const sheet_rec[] = { "Recommendation", "Tilråding", "Tilråding" };
static const char *const sheet_prov[] = { "Provenance", "Kilder", "Kjelder" };

static void put_val(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, struct rpt_val v, lxw_format *num,
                    lxw_format *text)
{
	if (v.kind == BOSETT_CELL_NUMBER)
		worksheet_write_number(ws, row, col, v.v, num);
	else if (v.kind == BOSETT_CELL_ABSENT)
		worksheet_write_string(ws, row, col, ".", text);
	else if (v.kind == BOSETT_CELL_SUPPRESSED)
		worksheet_write_string(ws, row, col, ":", text);
}

/* The planning year the table names, 0 if none. */
static long planning_year(const struct bosett_report *r)
{
	const char *y = rpt_meta(r, "year");
	long v;

	return y && bosett_parse_long(y, &v) == 0 && v >= 1900 && v <= 2200 ? v : 0;
}

/* The title block: the title (with the planning year), the county, the
 * planning year and the date. Returns the header row below it. */
static lxw_row_t title_block(struct bosett_report *r, struct rpt_xlsx *x, lxw_worksheet *ws, const char *title)
{
	char county[192] = "", year[64] = "", date[96] = "", d[64];
	const char *lines[3] = { county, year, date };
	long y = planning_year(r);

	if (r->county[0] && r->county_name)
		snprintf(county, sizeof county, "%s: %s (%s)", rpt_msg(r, M_COUNTY), r->county_name, r->county);
	else if (r->county[0])
		snprintf(county, sizeof county, "%s: %s", rpt_msg(r, M_COUNTY), r->county);
	if (y)
		snprintf(year, sizeof year, "%s: %ld", rpt_msg(r, M_XL_PLAN_YEAR), y);
	if (r->has_date) {
		rpt_date(r, d, sizeof d);
		snprintf(date, sizeof date, "%s: %s", rpt_msg(r, M_DATE), d);
	}
	return rpt_xlsx_title(x, ws, title, lines, 3);
}

/* The total of column col over the rows first..last, as a formula whose
 * cached value is the total the other formats print. */
static void put_sum(struct rpt_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, lxw_row_t first,
                    lxw_row_t last, double total)
{
	char a[16], b[16], f[48];

	/* the sheet numbers rows from 1, libxlsxwriter from 0 */
	snprintf(f, sizeof f, "=SUM(%s:%s)", bosett_xlsx_cell_name(a, sizeof a, (long)first + 1, col),
	         bosett_xlsx_cell_name(b, sizeof b, (long)last + 1, col));
	worksheet_write_formula_num(ws, row, col, f, x->total, total);
}

static int write_recommendation(struct bosett_report *r, struct rpt_xlsx *x, const char *title)
{
	static const enum rpt_msg prevmsg[NPREV] = { M_REQ_PREV, M_DEC_PREV, M_SET_PREV };
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, sheet_rec[r->lang]);
	struct bosett_buf b = { 0 };
	lxw_col_t ncol = 0, reason, fair = 0;
	lxw_row_t h, row;

	if (!ws)
		return -1;
	h = title_block(r, x, ws, title);
	worksheet_write_string(ws, h, ncol, rpt_msg(r, M_CODE), x->head);
	worksheet_set_column(ws, ncol++, 0, 10, NULL);
	worksheet_write_string(ws, h, ncol, rpt_msg(r, M_MUNI), x->head);
	worksheet_set_column(ws, ncol++, 0, 18, NULL);
	worksheet_write_string(ws, h, ncol++, rpt_msg(r, M_REC), x->head);
	if (r->has_em)
		worksheet_write_string(ws, h, ncol++, rpt_msg(r, M_REC_EM), x->head);
	if (r->has_fair) {
		fair = ncol;
		worksheet_write_string(ws, h, ncol++, rpt_msg(r, M_FAIR), x->head);
	}
	if (r->has_cap)
		worksheet_write_string(ws, h, ncol++, rpt_msg(r, M_CAP), x->head);
	for (int k = 0; k < NPREV; k++)
		if (r->has_prev[k])
			worksheet_write_string(ws, h, ncol++, rpt_msg(r, prevmsg[k]), x->head);
	if (r->has_score)
		worksheet_write_string(ws, h, ncol++, rpt_msg(r, M_SCORE), x->head);
	worksheet_set_column(ws, 2, (lxw_col_t)(ncol - 1), 13, NULL);
	reason = ncol;
	worksheet_write_string(ws, h, reason, rpt_msg(r, M_REASON), x->head);
	worksheet_set_column(ws, reason, reason, 90, NULL);
	worksheet_set_row(ws, h, 30, NULL);

	for (size_t i = 0; i < r->n; i++) {
		const struct rpt_row *u = &r->rows[i];
		lxw_col_t c = 0;
		int marked = 0;

		row = (lxw_row_t)(h + 1 + i);
		worksheet_write_string(ws, row, c++, u->code, x->text);
		rpt_xlsx_text(r, x, ws, sheet_rec[r->lang], row, c++, u->name, x->text);
		put_val(ws, row, c++, u->rec, x->whole, x->text);
		if (r->has_em)
			put_val(ws, row, c++, u->em, x->whole, x->text);
		if (r->has_fair)
			put_val(ws, row, c++, u->fair, x->dec2, x->text);
		if (r->has_cap)
			put_val(ws, row, c++, u->cap, x->whole, x->text);
		for (int k = 0; k < NPREV; k++)
			if (r->has_prev[k])
				put_val(ws, row, c++, u->prev[k], x->whole, x->text);
		if (r->has_score)
			put_val(ws, row, c++, u->score, x->dec2, x->text);
		b.len = 0;
		rpt_reason(r, u, &b, &marked);
		if (b.len && bosett_buf_addc(&b, '\0') == 0) {
			rpt_xlsx_text(r, x, ws, sheet_rec[r->lang], row, reason, b.data, x->wrap);
			/* as high as the reason's lines: no reader grows a row on opening */
			worksheet_set_row(ws, row, 15.0 * (double)(rpt_width(b.data) / 100 + 1), NULL);
		}
	}
	bosett_buf_free(&b);
	/* the total row: the columns that add up, as formulas a reader can follow */
	row = (lxw_row_t)(h + r->n + 1);
	worksheet_write_string(ws, row, 1, rpt_msg(r, M_TOTAL), x->bold);
	if (r->n) {
		put_sum(x, ws, row, 2, h + 1, (lxw_row_t)(h + r->n), r->total_rec);
		if (r->has_em)
			put_sum(x, ws, row, 3, h + 1, (lxw_row_t)(h + r->n), r->total_em);
		if (r->has_fair)
			/* whole, as in the other formats: the two-decimal shares need not add up exactly */
			put_sum(x, ws, row, fair, h + 1, (lxw_row_t)(h + r->n), round(r->total_fair));
	}
	worksheet_freeze_panes(ws, h + 1, 2);
	worksheet_autofilter(ws, h, 0, (lxw_row_t)(h + r->n), reason);
	rpt_xlsx_print(x, ws, 1, h);
	return 0;
}

static int write_provenance(struct bosett_report *r, struct rpt_xlsx *x)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, sheet_prov[r->lang]);
	const struct bosett_table *t = r->t;
	struct bosett_buf b = { 0 };
	lxw_row_t row = 0;
	const char *src = rpt_msg(r, M_SOURCE);

	if (!ws)
		return -1;
	worksheet_set_column(ws, 0, 0, 40, NULL);
	worksheet_set_column(ws, 1, 1, 70, NULL);
	worksheet_set_column(ws, 2, 2, 66, NULL);
	worksheet_write_string(ws, row, 0, rpt_msg(r, M_INPUTS), x->head);
	worksheet_write_string(ws, row, 1, rpt_msg(r, M_BYTES), x->head);
	worksheet_write_string(ws, row, 2, rpt_msg(r, M_SHA256), x->head);
	row++;
	for (size_t i = 0; i < bosett_table_input_count(t); i++, row++) {
		const char *name, *sha;
		unsigned long long bytes;

		if (bosett_table_input_get(t, i, &name, &bytes, &sha) != 0)
			break;
		rpt_xlsx_text(r, x, ws, sheet_prov[r->lang], row, 0, name, x->text);
		worksheet_write_number(ws, row, 1, (double)bytes, x->whole);
		worksheet_write_string(ws, row, 2, sha, x->text);
	}
	row++;
	worksheet_write_string(ws, row, 0, rpt_msg(r, M_KEY), x->head);
	worksheet_write_string(ws, row, 1, rpt_msg(r, M_VALUE), x->head);
	row++;
	/* each key in words (the catalogues' key: entries), the key itself beside it */
	for (size_t i = 0; i < bosett_table_meta_count(t); i++, row++) {
		const char *k = bosett_table_meta_key(t, i);

		rpt_key_words(r, k, &b);
		rpt_xlsx_text(r, x, ws, sheet_prov[r->lang], row, 0, b.len ? b.data : k, x->text);
		rpt_xlsx_text(r, x, ws, sheet_prov[r->lang], row, 1, bosett_table_meta_get(t, k), x->text);
		rpt_xlsx_text(r, x, ws, sheet_prov[r->lang], row, 2, k, x->subtitle);
	}
	bosett_buf_free(&b);
	row++;
	if (src && *src)
		worksheet_write_string(ws, row, 0, src, x->text);
	return 0;
}

int rpt_xlsx(struct bosett_report *r, FILE *fp)
{
	char title[256];
	struct rpt_xlsx x;
	long y = planning_year(r);
	int failed;

	if (y)
		snprintf(title, sizeof title, "%s %ld", rpt_msg(r, M_TITLE), y);
	else
		snprintf(title, sizeof title, "%s", rpt_msg(r, M_TITLE));
	if (rpt_xlsx_open(r, &x, title, r->county_name ? r->county_name : r->county, r->county_name) != 0)
		return BOSETT_EDATA;
	failed = write_recommendation(r, &x, title) != 0 || write_provenance(r, &x) != 0;
	return rpt_xlsx_close(r, &x, fp, failed) == 0 ? BOSETT_OK : BOSETT_EDATA;
}
