/*
 * report_xlsx.c - the report as the Excel workbook an adviser forwards
 * (bosett-report -f xlsx), written with libxlsxwriter: a recommendation
 * sheet with headings in the report's language, numbers as numbers, the
 * header row frozen and filtered, a total row and the reason of every
 * number in words; and a provenance sheet (the tools, the model, the input
 * files with their SHA-256, every key the tools recorded). The main
 * decision: the workbook's dates (document properties) are the report's
 * date (SOURCE_DATE_EPOCH) or a fixed one, never the clock, so the same
 * inputs give the same bytes.
 */
#include "report/report_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io/xlsx_libs.h"

/* libxlsxwriter, loaded by rpt_xlsx on first use (xlsx_libs.h) */
static const struct bosett_xlsx_write_lib *xw;

/* Sheet names, at most 31 characters and none of []:*?/\ */
static const char *const sheet_rec[] = { "Recommendation", "Tilråding", "Tilråding" };
static const char *const sheet_prov[] = { "Provenance", "Kilder", "Kjelder" };

struct xcol {
	const char *head;
	double width;
};

/* Text that may come from the input (a name, a reason, a provenance
 * value): Excel holds at most 32,767 characters in a cell and
 * libxlsxwriter leaves a longer one empty, so it is an error that names
 * the cell (r->err; rpt_xlsx fails), never a silent loss. */
static void put_text(struct bosett_report *r, lxw_worksheet *ws, const char *sheet, lxw_row_t row, lxw_col_t col,
                     const char *s, lxw_format *f)
{
	size_t chars = 0;
	char colname[4] = "";

	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		chars += (*p & 0xc0) != 0x80;
	if (chars <= 32767) {
		xw->worksheet_write_string(ws, row, col, s, f);
		return;
	}
	if (r->err[0])
		return;
	if (col >= 26)
		snprintf(colname, sizeof colname, "%c%c", 'A' + (int)(col / 26) - 1, 'A' + (int)(col % 26));
	else
		snprintf(colname, sizeof colname, "%c", 'A' + (int)col);
	bosett_err(r->err, "%s: -f xlsx: sheet \"%s\", cell %s%lu (row %lu, column %s): %zu characters, more than "
	           "the 32767 a cell of Excel holds", bosett_table_source(r->t), sheet, colname, (unsigned long)row + 1,
	           (unsigned long)row + 1, colname, chars);
}

static void put_val(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, struct rpt_val v, lxw_format *num,
                    lxw_format *text)
{
	if (v.kind == BOSETT_CELL_NUMBER)
		xw->worksheet_write_number(ws, row, col, v.v, num);
	else if (v.kind == BOSETT_CELL_ABSENT)
		xw->worksheet_write_string(ws, row, col, ".", text);
	else if (v.kind == BOSETT_CELL_SUPPRESSED)
		xw->worksheet_write_string(ws, row, col, ":", text);
}

static int write_recommendation(struct bosett_report *r, lxw_workbook *wb, lxw_format *head,
                                lxw_format *whole, lxw_format *dec2, lxw_format *text, lxw_format *bold)
{
	static const enum rpt_msg prevmsg[NPREV] = { M_REQ_PREV, M_DEC_PREV, M_SET_PREV };
	lxw_worksheet *ws = xw->workbook_add_worksheet(wb, sheet_rec[r->lang]);
	struct bosett_buf b = { 0 };
	lxw_col_t ncol = 0, reason;
	lxw_row_t row;

	if (!ws)
		return -1;
	xw->worksheet_write_string(ws, 0, ncol, rpt_msg(r, M_CODE), head);
	xw->worksheet_set_column(ws, ncol++, 0, 10, NULL);
	xw->worksheet_write_string(ws, 0, ncol, rpt_msg(r, M_MUNI), head);
	xw->worksheet_set_column(ws, ncol++, 0, 18, NULL);
	xw->worksheet_write_string(ws, 0, ncol++, rpt_msg(r, M_REC), head);
	if (r->has_em)
		xw->worksheet_write_string(ws, 0, ncol++, rpt_msg(r, M_REC_EM), head);
	if (r->has_fair)
		xw->worksheet_write_string(ws, 0, ncol++, rpt_msg(r, M_FAIR), head);
	if (r->has_cap)
		xw->worksheet_write_string(ws, 0, ncol++, rpt_msg(r, M_CAP), head);
	for (int k = 0; k < NPREV; k++)
		if (r->has_prev[k])
			xw->worksheet_write_string(ws, 0, ncol++, rpt_msg(r, prevmsg[k]), head);
	if (r->has_score)
		xw->worksheet_write_string(ws, 0, ncol++, rpt_msg(r, M_SCORE), head);
	xw->worksheet_set_column(ws, 2, (lxw_col_t)(ncol - 1), 13, NULL);
	reason = ncol;
	xw->worksheet_write_string(ws, 0, reason, rpt_msg(r, M_REASON), head);
	xw->worksheet_set_column(ws, reason, reason, 90, NULL);
	xw->worksheet_set_row(ws, 0, 30, NULL);

	for (size_t i = 0; i < r->n; i++) {
		const struct rpt_row *u = &r->rows[i];
		lxw_col_t c = 0;
		int marked = 0;

		row = (lxw_row_t)(i + 1);
		xw->worksheet_write_string(ws, row, c++, u->code, text);
		put_text(r, ws, sheet_rec[r->lang], row, c++, u->name, text);
		put_val(ws, row, c++, u->rec, whole, text);
		if (r->has_em)
			put_val(ws, row, c++, u->em, whole, text);
		if (r->has_fair)
			put_val(ws, row, c++, u->fair, dec2, text);
		if (r->has_cap)
			put_val(ws, row, c++, u->cap, whole, text);
		for (int k = 0; k < NPREV; k++)
			if (r->has_prev[k])
				put_val(ws, row, c++, u->prev[k], whole, text);
		if (r->has_score)
			put_val(ws, row, c++, u->score, dec2, text);
		b.len = 0;
		rpt_reason(r, u, &b, &marked);
		if (b.len && bosett_buf_addc(&b, '\0') == 0)
			put_text(r, ws, sheet_rec[r->lang], row, reason, b.data, text);
	}
	bosett_buf_free(&b);
	/* the total row: only the columns that add up, as numbers */
	row = (lxw_row_t)(r->n + 1);
	xw->worksheet_write_string(ws, row, 1, rpt_msg(r, M_TOTAL), bold);
	xw->worksheet_write_number(ws, row, 2, r->total_rec, whole);
	if (r->has_em)
		xw->worksheet_write_number(ws, row, 3, r->total_em, whole);
	if (r->has_fair)
		/* whole, as in the other formats: the two-decimal shares need not add up exactly */
		xw->worksheet_write_number(ws, row, (lxw_col_t)(3 + r->has_em), round(r->total_fair), whole);
	xw->worksheet_freeze_panes(ws, 1, 2);
	xw->worksheet_autofilter(ws, 0, 0, (lxw_row_t)r->n, reason);
	return 0;
}

static int write_provenance(struct bosett_report *r, lxw_workbook *wb, lxw_format *head, lxw_format *text,
                            lxw_format *whole)
{
	lxw_worksheet *ws = xw->workbook_add_worksheet(wb, sheet_prov[r->lang]);
	const struct bosett_table *t = r->t;
	lxw_row_t row = 0;
	const char *src = rpt_msg(r, M_SOURCE);

	if (!ws)
		return -1;
	xw->worksheet_set_column(ws, 0, 0, 34, NULL);
	xw->worksheet_set_column(ws, 1, 1, 70, NULL);
	xw->worksheet_set_column(ws, 2, 2, 66, NULL);
	xw->worksheet_write_string(ws, row, 0, rpt_msg(r, M_INPUTS), head);
	xw->worksheet_write_string(ws, row, 1, rpt_msg(r, M_BYTES), head);
	xw->worksheet_write_string(ws, row, 2, rpt_msg(r, M_SHA256), head);
	row++;
	for (size_t i = 0; i < bosett_table_input_count(t); i++, row++) {
		const char *name, *sha;
		unsigned long long bytes;

		if (bosett_table_input_get(t, i, &name, &bytes, &sha) != 0)
			break;
		put_text(r, ws, sheet_prov[r->lang], row, 0, name, text);
		xw->worksheet_write_number(ws, row, 1, (double)bytes, whole);
		xw->worksheet_write_string(ws, row, 2, sha, text);
	}
	row++;
	xw->worksheet_write_string(ws, row, 0, rpt_msg(r, M_KEY), head);
	xw->worksheet_write_string(ws, row, 1, rpt_msg(r, M_VALUE), head);
	row++;
	for (size_t i = 0; i < bosett_table_meta_count(t); i++, row++) {
		const char *k = bosett_table_meta_key(t, i);

		put_text(r, ws, sheet_prov[r->lang], row, 0, k, text);
		put_text(r, ws, sheet_prov[r->lang], row, 1, bosett_table_meta_get(t, k), text);
	}
	row++;
	if (src && *src)
		xw->worksheet_write_string(ws, row, 0, src, text);
	return 0;
}

int rpt_xlsx(struct bosett_report *r, FILE *fp)
{
	char path[4096], title[256], author[32];
	lxw_workbook *wb;
	lxw_doc_properties props;
	lxw_format *head, *whole, *dec2, *text, *bold;
	lxw_error e;
	int rc = 0;

	if (!(xw = bosett_xlsx_write_lib(r->err, sizeof r->err)))
		return BOSETT_EDATA;
	if (bosett_scratch_new(path, sizeof path, r->err) != 0)
		return BOSETT_EDATA;
	wb = xw->workbook_new(path);
	if (!wb) {
		unlink(path);
		bosett_err(r->err, "out of memory");
		return BOSETT_EDATA;
	}
	memset(&props, 0, sizeof props);
	/* libxlsxwriter's properties are char * but only read: copies keep const */
	snprintf(title, sizeof title, "%s", rpt_msg(r, M_TITLE));
	snprintf(author, sizeof author, "bosett-report");
	props.title = title;
	props.author = author;
	/* no clock in the output: the report's date, else 1 January 2000 */
	props.created = r->has_date ? (time_t)r->date : (time_t)946684800;
	xw->workbook_set_properties(wb, &props);
	head = xw->workbook_add_format(wb);
	xw->format_set_bold(head);
	xw->format_set_text_wrap(head);
	xw->format_set_align(head, LXW_ALIGN_VERTICAL_TOP);
	xw->format_set_bottom(head, LXW_BORDER_THIN);
	whole = xw->workbook_add_format(wb);
	xw->format_set_num_format(whole, "#,##0");
	dec2 = xw->workbook_add_format(wb);
	xw->format_set_num_format(dec2, "#,##0.00");
	text = xw->workbook_add_format(wb);
	xw->format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
	bold = xw->workbook_add_format(wb);
	xw->format_set_bold(bold);
	r->err[0] = '\0';
	if (write_recommendation(r, wb, head, whole, dec2, text, bold) != 0 ||
	    write_provenance(r, wb, head, text, whole) != 0)
		rc = -1;
	e = xw->workbook_close(wb);
	if (r->err[0]) { /* a cell too long for Excel (put_text) */
		unlink(path);
		return BOSETT_EDATA;
	}
	if (rc || e != LXW_NO_ERROR) {
		bosett_err(r->err, "cannot write the workbook: %s", rc ? "out of memory" : xw->lxw_strerror(e));
		unlink(path);
		return BOSETT_EDATA;
	}
	if (bosett_scratch_copy(path, fp, r->err) != 0)
		return BOSETT_EDATA;
	return BOSETT_OK;
}
