/*
 * table_county.c - a table cut to one county's municipalities (column
 * fylkenr), as a county solves its own share. The county is given as its
 * two-digit number; a county with no municipality in the table is an error,
 * not an empty result.
 */
#include <bosett/bosett.h>

#include <stdlib.h>
#include <string.h>

#include "base/internal.h"
#include "table/table_impl.h"

enum bosett_status bosett_county_check(const char *fylkenr)
{
	return fylkenr && strlen(fylkenr) == 2 && strspn(fylkenr, "0123456789") == 2 ? BOSETT_OK : BOSETT_EUSAGE;
}

enum bosett_status bosett_table_keep_county(struct bosett_table *t, const char *fylkenr)
{
	size_t col, n = t->nrows, kept = 0;
	unsigned char *keep;

	if (bosett_county_check(fylkenr) != BOSETT_OK) {
		bosett_err(t->err, "not a 2-digit county number: \"%s\"", fylkenr ? fylkenr : "");
		return BOSETT_EUSAGE;
	}
	col = bosett_table_col(t, "fylkenr");
	if (col == BOSETT_NPOS) {
		bosett_err(t->err, "%s: column 'fylkenr': needed to select a county but missing", bosett_table_source(t));
		return BOSETT_EDATA;
	}
	keep = malloc(n ? n : 1);
	if (!keep) {
		bosett_err(t->err, "out of memory");
		return BOSETT_ENOMEM;
	}
	for (size_t i = 0; i < n; i++)
		kept += keep[i] = strcmp(bosett_table_text(t, i, col), fylkenr) == 0;
	if (!kept) {
		free(keep);
		bosett_err(t->err, "%s: no municipality in county %s", bosett_table_source(t), fylkenr);
		return BOSETT_EDATA;
	}
	bosett_table_filter(t, keep);
	free(keep);
	return BOSETT_OK;
}
