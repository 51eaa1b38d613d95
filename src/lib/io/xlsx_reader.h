/*
 * xlsx_reader.h - one sheet of an Excel workbook (.xlsx, Office Open XML)
 * as a grid of text cells, handed over one row at a time through the same
 * callback as csv_reader.h, so that every reader of CSV (the table reader,
 * bosett-import's readers and its sheet-layout parsers) reads a workbook
 * unchanged. Not installed.
 *
 * The grid is what Excel's "CSV (semikolonseparert)" would save: column A
 * is field 0 (an empty column A stays an empty first field), every row has
 * as many fields as the sheet's widest row, rows with no value are skipped,
 * and the "line" of a row is its row number in the sheet. Numbers are
 * written in the shortest form that reads back as the same value, with a
 * decimal point (decimal_comma is 0); shared and inline strings, booleans
 * (TRUE or FALSE, as Excel's CSV export writes them: never a number) and
 * error values (#N/A) are given as text; a formula gives its cached value.
 * Limits, checked while the sheet is read: Excel's own rows and columns,
 * at most BOSETT_CELLS_MAX cells (rows with a value x the widest row) and
 * BOSETT_INPUT_MAX bytes of text, a shared string counted once per cell
 * that uses it (base/internal.h).
 */
#ifndef BOSETT_XLSX_READER_H
#define BOSETT_XLSX_READER_H

#include <stddef.h>

#include "io/csv_reader.h"

/* 1 if data looks like a zip archive (an .xlsx starts "PK\3\4"). */
int bosett_xlsx_detect(const void *data, size_t len);

/* Parse one sheet: the one named sheet, or the first if sheet is NULL.
 * Returns 0, the callback's nonzero value, or -1 with "NAME: reason" in
 * err (not a workbook, no such sheet: the names there are listed). */
int bosett_xlsx_parse(const char *name, const void *data, size_t len, const char *sheet,
                      bosett_csv_record_fn fn, void *ctx, char *err);

#endif
