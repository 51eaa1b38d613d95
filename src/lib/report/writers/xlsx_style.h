/*
 * xlsx_style.h - what the two workbooks of bosett-report share (the
 * recommendation, report_xlsx.c, and the survey, report_survey.c): one
 * house style of formats, the title block above a sheet's table, true
 * document properties, and the scratch file the workbook is written to
 * before it is copied whole to the output. Not installed.
 */
#ifndef BOSETT_XLSX_STYLE_H
#define BOSETT_XLSX_STYLE_H

#include <stdio.h>

#include <xlsxwriter.h>

#include "report/report_impl.h"

struct rpt_xlsx {
	lxw_workbook *wb;
	char path[4096];
	/* the house style */
	lxw_format *title;    /* the sheet's title, large and bold */
	lxw_format *subtitle; /* the lines under it */
	lxw_format *head;     /* a table's header row: bold, wrapped, a rule below */
	lxw_format *text;     /* text, top-aligned */
	lxw_format *wrap;     /* running text, wrapped */
	lxw_format *whole;    /* #,##0 */
	lxw_format *dec2;     /* #,##0.00 */
	lxw_format *bold;     /* a label of a total */
	lxw_format *total;    /* a total: whole, bold, a rule above */
	lxw_format *answer;   /* a cell to fill with a whole number: unlocked, tinted */
	lxw_format *answer_text; /* a cell to fill with text: unlocked, tinted */
};

/* Open a workbook in a scratch file with the house style and its document
 * properties: title, subject, the author and company from the letter's
 * contact or signature and sender (else bosett-report and the county
 * council of county, when known), created on the report's date (1 January
 * 2000 without one: never the clock). 0, or -1 with the message on r. */
int rpt_xlsx_open(struct bosett_report *r, struct rpt_xlsx *x, const char *title, const char *subject,
                  const char *county);
/* The title block at the top of ws: title in A1, then the n lines, then an
 * empty row. Returns the first row below it. */
lxw_row_t rpt_xlsx_title(struct rpt_xlsx *x, lxw_worksheet *ws, const char *title, const char *const *lines,
                         size_t n);
/* A sheet for printing: A4, landscape (or portrait), one page wide, the
 * row header_row repeated on every page (none if header_row is 0). */
void rpt_xlsx_print(struct rpt_xlsx *x, lxw_worksheet *ws, int landscape, lxw_row_t header_row);
/* Text that may come from the input (a name, a reason, a provenance
 * value) into a cell of sheet: Excel holds at most 32,767 characters in a
 * cell and libxlsxwriter leaves a longer one empty, so such text is an
 * error that names the sheet and the cell (the first one, on r->err),
 * never a silent loss. */
void rpt_xlsx_text(struct bosett_report *r, struct rpt_xlsx *x, lxw_worksheet *ws, const char *sheet, lxw_row_t row,
                   lxw_col_t col, const char *s, lxw_format *f);
/* Close the workbook and copy it to fp (failed, or a message on r: only
 * clean up). Removes
 * the scratch file. 0, or -1 with the message on r. */
int rpt_xlsx_close(struct bosett_report *r, struct rpt_xlsx *x, FILE *fp, int failed);

#endif
