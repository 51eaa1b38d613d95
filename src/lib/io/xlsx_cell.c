/*
 * xlsx_cell.c - the A1 name of a cell (xlsx_cell.h): columns in base 26
 * without a zero (A..Z, AA..), rows as the sheet numbers them.
 */
#include "io/xlsx_cell.h"

#include <stdio.h>

char *bosett_xlsx_cell_name(char *buf, size_t n, long row, size_t col)
{
	char letters[8];
	size_t k = sizeof letters - 1, c = col + 1;

	letters[k] = '\0';
	while (c && k) {
		letters[--k] = (char)('A' + (c - 1) % 26);
		c = (c - 1) / 26;
	}
	snprintf(buf, n, "%s%ld", letters + k, row);
	return buf;
}
