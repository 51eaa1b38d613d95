/*
 * csv_reader.h - the one CSV front end of the library, on libcsv: decodes
 * the bytes to UTF-8, finds the separator and hands over one record at a
 * time with the line it started on. The table reader and the import
 * readers all go through it.
 */
#ifndef BOSETT_CSV_READER_H
#define BOSETT_CSV_READER_H

#include <stddef.h>

#include "base/internal.h"

#include <bosett/table.h>

/* Most fields in one record: a hundred times the widest real file (IMDi's
 * wide exports reach about 1,100), and a bound on the memory a hostile line
 * of separators can take (each field is a separate allocation). */
#define BOSETT_CSV_FIELDS_MAX 100000

struct bosett_csv_info {
	char sep;           /* ',', ';' or '\t' */
	int decimal_comma;  /* 1 where the separator is ';' or TAB */
	int latin1;         /* 1 if the bytes were decoded as Windows-1252 */
};

/* Called once per record (blank lines are skipped). fields[i] is
 * NUL-terminated UTF-8 of length lens[i]. Return 0 to go on; nonzero stops
 * the parse and is returned by bosett_csv_parse (set err first). */
typedef int (*bosett_csv_record_fn)(void *ctx, long line, size_t nfields,
                                    char **fields, const size_t *lens);

/* Parse a whole buffer. sep 0 detects the separator from the first lines.
 * Returns 0, the callback's nonzero value, or -1 with "NAME:LINE: reason"
 * in err. */
int bosett_csv_parse(const char *name, const char *data, size_t len, char sep,
                     bosett_csv_record_fn fn, void *ctx, char *err,
                     struct bosett_csv_info *info);

#endif
