/*
 * import_joined.c - one value of the joined table of facts (a column, a
 * year and a row) found by binary search: the one lookup of the fill phase
 * (import_fill.c) and of the columns made from hidden counts
 * (import_derive.c), in a file of its own so that neither calls the other.
 */
#include "import/import_join.h"

#include <string.h>

/* The value of column col, year and row among the joined values (sorted
 * by column, year and row), or NULL. */
const struct cval *imp_joined_find(const struct joined *j, const char *col, int year, long row)
{
	size_t lo = 0, hi = j->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct cval *c = &j->v[mid];
		int k = strcmp(c->col, col);

		if (!k)
			k = c->year < year ? -1 : c->year > year;
		if (!k)
			k = c->row < row ? -1 : c->row > row;
		if (!k)
			return c;
		if (k < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}
