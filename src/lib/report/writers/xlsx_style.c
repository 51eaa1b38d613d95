/*
 * xlsx_style.c - the house style of bosett-report's workbooks
 * (xlsx_style.h): one set of formats, one title block and one way to set
 * the document properties, so that the recommendation and the survey a
 * county sends look alike. The main decision: the properties tell the
 * truth (who wrote it for whom, the report's date), and the date is never
 * the clock, so the same inputs and SOURCE_DATE_EPOCH give the same bytes.
 */
#include "report/writers/xlsx_style.h"
#include "base/number.h"

#include "io/xlsx_cell.h"

#include <string.h>
#include <unistd.h>

/* The tint of a cell to fill (a light yellow, as forms use) and the grey
 * of the lines under a title. */
#define ANSWER_FILL 0xFFF2CC
#define SUBTITLE_GREY 0x404040

/* The first line of a letter field ("a\nb" -> "a") into buf. */
static const char *first_line(const char *s, char *buf, size_t n)
{
	size_t len;

	if (!s || !*s)
		return NULL;
	len = strcspn(s, "\n");
	if (len >= n)
		len = n - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return buf;
}

static void add_formats(struct rpt_xlsx *x)
{
	lxw_workbook *wb = x->wb;

	x->title = workbook_add_format(wb);
	format_set_bold(x->title);
	format_set_font_size(x->title, 14);
	x->subtitle = workbook_add_format(wb);
	format_set_font_color(x->subtitle, SUBTITLE_GREY);
	x->head = workbook_add_format(wb);
	format_set_bold(x->head);
	format_set_text_wrap(x->head);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_TOP);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	x->text = workbook_add_format(wb);
	format_set_align(x->text, LXW_ALIGN_VERTICAL_TOP);
	x->wrap = workbook_add_format(wb);
	format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
	format_set_text_wrap(x->wrap);
	x->whole = workbook_add_format(wb);
	format_set_num_format(x->whole, "#,##0");
	format_set_align(x->whole, LXW_ALIGN_VERTICAL_TOP);
	x->dec2 = workbook_add_format(wb);
	format_set_num_format(x->dec2, "#,##0.00");
	format_set_align(x->dec2, LXW_ALIGN_VERTICAL_TOP);
	x->bold = workbook_add_format(wb);
	format_set_bold(x->bold);
	x->total = workbook_add_format(wb);
	format_set_bold(x->total);
	format_set_num_format(x->total, "#,##0");
	format_set_top(x->total, LXW_BORDER_THIN);
	x->answer = workbook_add_format(wb);
	format_set_num_format(x->answer, "#,##0");
	format_set_unlocked(x->answer);
	format_set_pattern(x->answer, LXW_PATTERN_SOLID);
	format_set_bg_color(x->answer, ANSWER_FILL);
	format_set_border(x->answer, LXW_BORDER_HAIR);
	format_set_border_color(x->answer, 0xBFBFBF);
	x->answer_text = workbook_add_format(wb);
	format_set_unlocked(x->answer_text);
	format_set_align(x->answer_text, LXW_ALIGN_VERTICAL_TOP);
	format_set_text_wrap(x->answer_text);
	format_set_pattern(x->answer_text, LXW_PATTERN_SOLID);
	format_set_bg_color(x->answer_text, ANSWER_FILL);
	format_set_border(x->answer_text, LXW_BORDER_HAIR);
	format_set_border_color(x->answer_text, 0xBFBFBF);
}

int rpt_xlsx_open(struct bosett_report *r, struct rpt_xlsx *x, const char *title, const char *subject,
                  const char *county)
{
	/* libxlsxwriter's properties are char * but only read: copies keep const */
	char t[256], s[256], author[256], company[256];
	lxw_doc_properties props;
	struct bosett_buf org = { 0 };

	memset(x, 0, sizeof *x);
	r->err[0] = '\0'; /* a message from here on fails the workbook (rpt_xlsx_text) */
	if (bosett_scratch_new(x->path, sizeof x->path, r->err) != 0)
		return -1;
	x->wb = workbook_new(x->path);
	if (!x->wb) {
		unlink(x->path);
		bosett_err(r->err, "out of memory");
		return -1;
	}
	memset(&props, 0, sizeof props);
	snprintf(t, sizeof t, "%s", title);
	snprintf(s, sizeof s, "%s", subject ? subject : "");
	props.title = t;
	props.subject = s;
	/* who wrote it: the letter's case officer or signature, else the tool */
	if (!first_line(r->contact, author, sizeof author) && !first_line(r->signature, author, sizeof author))
		snprintf(author, sizeof author, "bosett-report");
	props.author = author;
	/* for whom: the letter's sender, else the county council of the county */
	if (!first_line(r->sender, company, sizeof company)) {
		company[0] = '\0';
		if (county && *county) {
			rpt_subst(&org, rpt_msg(r, M_COUNTY_ORG), county, NULL, NULL);
			snprintf(company, sizeof company, "%s", org.data ? org.data : "");
			bosett_buf_free(&org);
		}
	}
	if (company[0])
		props.company = company;
	/* no clock in the output: the report's date, else 1 January 2000 */
	props.created = r->has_date ? (time_t)r->date : (time_t)946684800;
	workbook_set_properties(x->wb, &props);
	add_formats(x);
	return 0;
}

lxw_row_t rpt_xlsx_title(struct rpt_xlsx *x, lxw_worksheet *ws, const char *title, const char *const *lines,
                         size_t n)
{
	lxw_row_t row = 0;

	worksheet_write_string(ws, row, 0, title, x->title);
	worksheet_set_row(ws, row++, 20, NULL);
	for (size_t i = 0; i < n; i++)
		if (lines[i] && *lines[i])
			worksheet_write_string(ws, row++, 0, lines[i], x->subtitle);
	return row + 1;
}

void rpt_xlsx_print(struct rpt_xlsx *x, lxw_worksheet *ws, int landscape, lxw_row_t header_row)
{
	if (landscape)
		worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9); /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);
	if (header_row)
		worksheet_repeat_rows(ws, header_row, header_row);
}

void rpt_xlsx_text(struct bosett_report *r, struct rpt_xlsx *x, lxw_worksheet *ws, const char *sheet, lxw_row_t row,
                   lxw_col_t col, const char *s, lxw_format *f)
{
	size_t chars = 0;
	char cell[16], colname[16];

	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		chars += (*p & 0xc0) != 0x80;
	if (chars <= 32767) {
		worksheet_write_string(ws, row, col, s, f);
		return;
	}
	if (r->err[0])
		return;
	bosett_xlsx_cell_name(cell, sizeof cell, (long)row + 1, col);
	snprintf(colname, sizeof colname, "%.*s", (int)strcspn(cell, "0123456789"), cell);
	bosett_err(r->err, "%s: -f xlsx: sheet \"%s\", cell %s (row %lu, column %s): %zu characters, more than "
	           "the 32767 a cell of Excel holds", bosett_table_source(r->t), sheet, cell, (unsigned long)row + 1,
	           colname, chars);
}

int rpt_xlsx_close(struct bosett_report *r, struct rpt_xlsx *x, FILE *fp, int failed)
{
	locale_t old = bosett_locale_enter(); /* libxlsxwriter writes its numbers with printf's %.16G */
	lxw_error e = workbook_close(x->wb);

	bosett_locale_leave(old);
	x->wb = NULL;
	if (failed || r->err[0] || e != LXW_NO_ERROR) {
		if (!r->err[0])
			bosett_err(r->err, "cannot write the workbook: %s", failed ? "out of memory" : lxw_strerror(e));
		unlink(x->path);
		return -1;
	}
	if (bosett_scratch_copy(x->path, fp, r->err) != 0)
		return -1;
	return 0;
}
