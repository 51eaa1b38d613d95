/*
 * table_index.c - the public index calls of the table (include/bosett/
 * table.h): size_t indexes, BOSETT_NPOS for none and a status for failure,
 * over the library's own signed forms in table.c (-1 for none or failure).
 */
#include <bosett/bosett.h>

#include "base/internal.h"

size_t bosett_table_col(const struct bosett_table *t, const char *name)
{
	int col = bosett_table_icol(t, name);

	return col < 0 ? BOSETT_NPOS : (size_t)col;
}

size_t bosett_table_find(const struct bosett_table *t, const char *kommunenr)
{
	long row = bosett_table_ifind(t, kommunenr);

	return row < 0 ? BOSETT_NPOS : (size_t)row;
}

enum bosett_status bosett_table_add_col(struct bosett_table *t, const char *name, size_t *col)
{
	int c = bosett_table_iadd_col(t, name);

	if (c < 0)
		return BOSETT_EDATA;
	if (col)
		*col = (size_t)c;
	return BOSETT_OK;
}

enum bosett_status bosett_table_add_row(struct bosett_table *t, size_t *row)
{
	long r = bosett_table_iadd_row(t);

	if (r < 0)
		return BOSETT_EDATA;
	if (row)
		*row = (size_t)r;
	return BOSETT_OK;
}
