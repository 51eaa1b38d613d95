/*
 * table_impl.h - the inside of struct bosett_table, shared by the modules
 * that read and write it. Not installed.
 */
#ifndef BOSETT_TABLE_IMPL_H
#define BOSETT_TABLE_IMPL_H

#include <bosett/bosett.h>

#include "base/internal.h"

struct bosett_tcell {
	char *s;                 /* canonical text, NULL when EMPTY */
	double v;                /* the number, for NUMBER */
	unsigned char kind;      /* enum bosett_cell */
};

struct bosett_tinput {
	char *name;
	unsigned long long bytes;
	char sha256[65];
};

struct bosett_table {
	char err[BOSETT_ERRMAX];
	char *source;
	char **colnames;
	size_t ncols, colcap;
	struct bosett_tcell **rows;
	long *lines;
	size_t nrows, rowcap;
	char **mkeys, **mvals;
	size_t nmeta;
	struct bosett_tinput *inputs;
	size_t ninputs;
	enum bosett_format read_format;
	char **warns;            /* warnings of the last read */
	size_t nwarns;
	int strict;              /* an unknown column is an error */
	char *keep;              /* ",a,b,": extra columns kept without a warning */
	long header_line;        /* line of the CSV header, 0 for JSON */
	char *sheet;             /* the sheet of a workbook to read, NULL: the first */
	/* the file last read and its digest, taken from the bytes parsed:
	 * provenance never reads an input twice (a FIFO has no second time) */
	char *read_path;
	unsigned long long read_bytes;
	char read_sha256[65];
};

/* An adviser's sheet (table_sheet.c): 1 if a record above the header is a
 * title row (one value or none, naming no column); 1 if a record below it
 * is a total row ("Sum", "I alt ...", no kommunenummer in code_field). */
int bosett_sheet_title_row(size_t n, char **f);
int bosett_sheet_total_row(size_t n, char **f, int code_field);

/* A warning on the table (formatted; dropped when out of memory). */
void bosett_table_warn(struct bosett_table *t, const char *fmt, ...) BOSETT_PRINTF(2, 3);
/* Warn about (or, when strict, refuse) columns no tool knows. */
/* Forget the warnings of the last read (table.c). */
void bosett_table_clear_warnings(struct bosett_table *t);
int bosett_table_check_names(struct bosett_table *t);

/* Empty the table (keeps the handle and its error buffer). */
void bosett_table_clear(struct bosett_table *t);
int bosett_table_set_source(struct bosett_table *t, const char *name);
/* Store a cell as given: kind, canonical text (copied), number. */
int bosett_table_put(struct bosett_table *t, size_t row, size_t col, int kind,
                     const char *s, double v);
/* Check the known columns of every row; decimal_comma for text numbers. */
int bosett_table_check_cells(struct bosett_table *t, int decimal_comma);

int bosett_table_read_csv(struct bosett_table *t, const char *name, const char *data, size_t len);
int bosett_table_read_xlsx(struct bosett_table *t, const char *name, const char *data, size_t len,
                           const char *sheet);
int bosett_table_read_json(struct bosett_table *t, const char *name, const char *data, size_t len);
int bosett_table_write_csv(struct bosett_table *t, FILE *fp);
int bosett_table_write_json(struct bosett_table *t, FILE *fp);

#endif
