/*
 * table.h - the table of municipalities (bosett-data(5)): one row per
 * municipality, named columns in any order, unknown columns kept. Read from
 * CSV (comma, semicolon or tab; UTF-8 with or without BOM, or Windows-1252)
 * or from the pipeline's JSON document, which also carries provenance.
 */
#ifndef BOSETT_TABLE_H
#define BOSETT_TABLE_H

#include <stdio.h>
#include <stddef.h>

#include <bosett/export.h>
#include <bosett/sink.h>
#include <bosett/status.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bosett_table;

/* What a cell holds. ABSENT is IMDi's "." (no value: not asked, not
 * applicable); SUPPRESSED is ":" (withheld for confidentiality). Both are
 * kept apart from EMPTY (nothing given) and from zero. */
enum bosett_cell {
	BOSETT_CELL_EMPTY = 0,
	BOSETT_CELL_NUMBER,
	BOSETT_CELL_TEXT,
	BOSETT_CELL_ABSENT,
	BOSETT_CELL_SUPPRESSED
};

enum bosett_format {
	BOSETT_FORMAT_CSV = 0,
	BOSETT_FORMAT_JSON
};

/* "csv" or "json": BOSETT_OK and *out, or BOSETT_EUSAGE. */
BOSETT_API enum bosett_status bosett_format_parse(const char *s, enum bosett_format *out);

/* Limits on what a reader accepts (bosett-data(5), LIMITS). */
#define BOSETT_FIELD_MAX 65536
#define BOSETT_ROWS_MAX 1000000
/* Most rows a table file (CSV or JSON) may hold: a kommunenummer has four
 * digits. Tables built in memory may hold up to BOSETT_ROWS_MAX. */
#define BOSETT_FILE_ROWS_MAX 10000
#define BOSETT_COLS_MAX 1000

BOSETT_API struct bosett_table *bosett_table_new(void);
BOSETT_API void bosett_table_free(struct bosett_table *t);
/* The message of the last failure, "" if none. */
BOSETT_API const char *bosett_table_error(const struct bosett_table *t);

/* Read a table, replacing the contents. path NULL or "-" is standard input,
 * named "<stdin>" in messages. CSV, JSON or an Excel workbook (.xlsx) is
 * told from the content. Known columns are checked and their numbers put
 * in canonical form. */
BOSETT_API enum bosett_status bosett_table_read_file(struct bosett_table *t, const char *path);
BOSETT_API enum bosett_status bosett_table_read_mem(struct bosett_table *t, const char *name,
                          const void *data, size_t len);

/* The form the table was last read in (CSV for a table made in memory):
 * tools write the same form unless told otherwise, so that the JSON
 * document, and the provenance it carries, goes through a pipeline. */
BOSETT_API enum bosett_format bosett_table_read_format(const struct bosett_table *t);

/* Columns no tool knows (a misspelt header, "max_setle") are kept but
 * warned about, naming the nearest known name; with strict set, reading
 * fails instead. Columns named in keep (comma-separated), and any column
 * whose name starts with x_, are deliberate extras: no warning. */
BOSETT_API void bosett_table_set_strict(struct bosett_table *t, int strict);
/* The sheet of a workbook to read (NULL: the first); row numbers of the
 * sheet are the lines in messages. */
BOSETT_API enum bosett_status bosett_table_set_sheet(struct bosett_table *t, const char *sheet);
BOSETT_API enum bosett_status bosett_table_set_keep_columns(struct bosett_table *t, const char *list);
/* The warnings of the last read ("FILE:LINE: column 'x': ..."). */
BOSETT_API size_t bosett_table_warning_count(const struct bosett_table *t);
BOSETT_API const char *bosett_table_warning(const struct bosett_table *t, size_t i);

/* Write as CSV (comma, UTF-8, no BOM, LF) or as the JSON document. Text
 * cells that a spreadsheet would run as a formula are neutralised in CSV. */
BOSETT_API enum bosett_status bosett_table_write(struct bosett_table *t, FILE *fp, enum bosett_format f);
/* The same to memory (*data for bosett_free, NUL-terminated; *len bytes)
 * or to a callback (bosett/sink.h): for a caller with no FILE *. */
BOSETT_API enum bosett_status bosett_table_write_mem(struct bosett_table *t, enum bosett_format f, char **data,
                                                     size_t *len);
BOSETT_API enum bosett_status bosett_table_write_cb(struct bosett_table *t, enum bosett_format f, bosett_write_fn fn,
                                                    void *ctx);

BOSETT_API size_t bosett_table_nrows(const struct bosett_table *t);
BOSETT_API size_t bosett_table_ncols(const struct bosett_table *t);
BOSETT_API const char *bosett_table_colname(const struct bosett_table *t, size_t col);
/* Index of the named column, or BOSETT_NPOS. */
BOSETT_API size_t bosett_table_col(const struct bosett_table *t, const char *name);
/* The source name and line a row was read from (0 if made in memory). */
BOSETT_API const char *bosett_table_source(const struct bosett_table *t);
BOSETT_API long bosett_table_row_line(const struct bosett_table *t, size_t row);

/* A cell's kind; for NUMBER, *value gets the number (value may be NULL). */
BOSETT_API enum bosett_cell bosett_table_cell(const struct bosett_table *t, size_t row,
                                              size_t col, double *value);
/* The cell as text ("" for EMPTY, "." for ABSENT, ":" for SUPPRESSED). */
BOSETT_API const char *bosett_table_text(const struct bosett_table *t, size_t row, size_t col);
/* Look a cell up by column name: the kind, BOSETT_CELL_EMPTY if no such column. */
BOSETT_API enum bosett_cell bosett_table_get(const struct bosett_table *t, size_t row,
                                             const char *name, double *value);
/* The row of a kommunenummer, or BOSETT_NPOS. */
BOSETT_API size_t bosett_table_find(const struct bosett_table *t, const char *kommunenr);

/* Append a column; its index in *col (col may be NULL), the existing one
 * if the name is taken. BOSETT_EDATA past BOSETT_COLS_MAX or out of memory. */
BOSETT_API enum bosett_status bosett_table_add_col(struct bosett_table *t, const char *name, size_t *col);
/* Append an empty row; its index in *row (row may be NULL). BOSETT_EDATA
 * past BOSETT_ROWS_MAX or out of memory. */
BOSETT_API enum bosett_status bosett_table_add_row(struct bosett_table *t, size_t *row);
BOSETT_API enum bosett_status bosett_table_set_text(struct bosett_table *t, size_t row, size_t col, const char *s);
/* Set a number with a fixed count of decimals (-1: shortest exact form). */
BOSETT_API enum bosett_status bosett_table_set_number(struct bosett_table *t, size_t row, size_t col,
                                                      double v, int decimals);
BOSETT_API enum bosett_status bosett_table_set_kind(struct bosett_table *t, size_t row, size_t col,
                                                    enum bosett_cell kind);
/* Keep only the rows for which keep[row] is nonzero, in order. */
BOSETT_API enum bosett_status bosett_table_filter(struct bosett_table *t, const unsigned char *keep);
/* Keep only the municipalities of county fylkenr, two digits ("15"), by
 * the column fylkenr. BOSETT_EUSAGE if fylkenr is not two digits;
 * BOSETT_EDATA if the column is missing or no row is of that county. */
BOSETT_API enum bosett_status bosett_table_keep_county(struct bosett_table *t, const char *fylkenr);
/* BOSETT_OK if s is a county number as bosett_table_keep_county takes it
 * (two digits), else BOSETT_EUSAGE. */
BOSETT_API enum bosett_status bosett_county_check(const char *s);
/* Keep only the named columns, in the order given (a comma-separated
 * list); an unknown name is an error. */
BOSETT_API enum bosett_status bosett_table_select(struct bosett_table *t, const char *list);
/* Sort rows by kommunenummer. */
BOSETT_API void bosett_table_sort(struct bosett_table *t);
/* Check the known columns (types, ranges, duplicate kommunenummer) of a table
 * made in memory, as the readers do for files. */
BOSETT_API enum bosett_status bosett_table_check(struct bosett_table *t);

/* Provenance carried by the JSON document: ordered key/value pairs
 * ("year", "model", ...) and the input files behind the table. */
BOSETT_API enum bosett_status bosett_table_meta_set(struct bosett_table *t, const char *key, const char *value);
BOSETT_API const char *bosett_table_meta_get(const struct bosett_table *t, const char *key);
BOSETT_API size_t bosett_table_meta_count(const struct bosett_table *t);
BOSETT_API const char *bosett_table_meta_key(const struct bosett_table *t, size_t i);
BOSETT_API enum bosett_status bosett_table_input_add(struct bosett_table *t, const char *name,
                           unsigned long long bytes, const char *sha256hex);
/* Add a file by path: its base name, size and SHA-256 ("-", standard input,
 * only as "<stdin>" when this table was read from it as CSV);
 * the file this table was read from is not read again: its size and
 * digest are those of the bytes parsed (a pipe or FIFO can be read once). */
BOSETT_API enum bosett_status bosett_table_input_add_file(struct bosett_table *t, const char *path);
BOSETT_API size_t bosett_table_input_count(const struct bosett_table *t);
BOSETT_API enum bosett_status bosett_table_input_get(const struct bosett_table *t, size_t i, const char **name,
                           unsigned long long *bytes, const char **sha256hex);
/* Copy another table's provenance (meta and inputs) into this one. */
BOSETT_API enum bosett_status bosett_table_provenance_copy(struct bosett_table *dst, const struct bosett_table *src);

/* The known columns of bosett-data(5): their names, one line of meaning and
 * unit each. Returns NULL past the end. */
BOSETT_API const char *bosett_column_name(size_t i);
BOSETT_API const char *bosett_column_doc(size_t i);
/* How many columns of t no tool knows (not of bosett-data(5), not written
 * by a tool, not an x_ extra or one kept by bosett_table_set_keep_columns)
 * into *count. BOSETT_OK. */
BOSETT_API enum bosett_status bosett_table_unknown_columns(const struct bosett_table *t, size_t *count);

/* SHA-256 of a buffer as 64 lower-case hex digits plus NUL. */
BOSETT_API void bosett_sha256_hex(const void *data, size_t len, char out[65]);

#ifdef __cplusplus
}
#endif
#endif
