/*
 * import_registry.c - the readers of sheet layouts, in one table: a name
 * for --as, a line of documentation for --list-kinds, a test of the layout
 * and the reader. A new layout is a new file and one line here, never
 * another branch of a strcmp chain. The grid they read comes from a CSV
 * file (import_read.c) or from any other source of rows of text cells.
 */
#include "import_impl.h"

#include <string.h>

static const struct imp_reader *const readers[] = {
	&imp_reader_imdi_keyfigures,
	&imp_reader_imdi_county,
	&imp_reader_nav_sheet,
};

#define NREADERS (sizeof readers / sizeof readers[0])

const struct imp_reader *imp_grid_reader(size_t i)
{
	return i < NREADERS ? readers[i] : NULL;
}

int imp_read_grid(struct bosett_import *imp, int file, const struct imp_grid *g, const char *kind)
{
	for (size_t i = 0; i < NREADERS; i++) {
		if (kind ? strcmp(kind, readers[i]->name) != 0 : !readers[i]->detect(g))
			continue;
		imp->inputs[file].kind = readers[i]->name;
		return readers[i]->read(imp, file, g) == 0 ? 0 : BOSETT_EDATA;
	}
	return -2;
}
