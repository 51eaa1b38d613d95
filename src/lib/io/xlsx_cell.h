/*
 * xlsx_cell.h - the A1 name of a spreadsheet cell, for the workbook
 * writers' formulas and the readers' messages alike. Not installed.
 */
#ifndef BOSETT_XLSX_CELL_H
#define BOSETT_XLSX_CELL_H

#include <stddef.h>

/* "C7" for row 7 (1-based, as a sheet numbers it) and column 2 (0-based,
 * A = 0) into buf (n bytes, 16 are enough); returns buf. */
char *bosett_xlsx_cell_name(char *buf, size_t n, long row, size_t col);

#endif
