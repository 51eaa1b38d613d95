/*
 * import.h - bosett-import's library side: read the files advisers have
 * (SSB, IMDi and NAV downloads, the municipality list, commuting regions,
 * centroids, a code history or crosswalk, plain spreadsheets, the toolkit's
 * own tables), map old municipality codes to the current (2024) structure
 * and join everything on kommunenummer into one bosett-data(5) table.
 */
#ifndef BOSETT_IMPORT_H
#define BOSETT_IMPORT_H

#include <stddef.h>
#include <stdio.h>

#include <bosett/export.h>
#include <bosett/status.h>
#include <bosett/table.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bosett_import;

BOSETT_API struct bosett_import *bosett_import_new(void);
BOSETT_API void bosett_import_free(struct bosett_import *imp);
/* The message of the last failure, "" if none. */
BOSETT_API const char *bosett_import_error(const struct bosett_import *imp);

/* The year the table is made for (settlement history: the year itself,
 * the year before and the mean of the three years before). 0: the latest
 * year of the settlement history. */
BOSETT_API enum bosett_status bosett_import_set_year(struct bosett_import *imp, int year);
/* Nonzero: an input municipality that matches nothing, a column no tool
 * knows, or a --map key that matches no column is an error (else a warning). */
BOSETT_API void bosett_import_set_strict(struct bosett_import *imp, int strict);
/* Nonzero (the default): when no input is a code history, read the bundled
 * crosswalk (bosett_data_path "kommune_crosswalk.csv") so that old codes
 * map to today's; zero: old codes that match nothing are left out. */
BOSETT_API void bosett_import_set_history_default(struct bosett_import *imp, int use);
/* Column name map (JSON object {"their name": "bosett name", ...}); a
 * mapping to "" drops the column. */
BOSETT_API enum bosett_status bosett_import_set_map(struct bosett_import *imp, const char *name,
                          const void *data, size_t len);
/* The sheet of the workbook inputs (.xlsx) to read, for the inputs added
 * after this call; NULL: the first sheet. */
BOSETT_API enum bosett_status bosett_import_set_sheet(struct bosett_import *imp, const char *sheet);
/* Extra columns (comma-separated) kept without a warning; x_ columns are
 * always kept quietly. */
BOSETT_API enum bosett_status bosett_import_set_keep_columns(struct bosett_import *imp, const char *list);

/* Kinds of input, told from the content; bosett_import_add_* take a kind
 * name to force one (NULL: detect). */
BOSETT_API const char *bosett_import_kind_name(size_t i);   /* NULL past the end */
BOSETT_API const char *bosett_import_kind_doc(size_t i);

/* Read one input (path NULL or "-" is standard input). Its name, size and
 * SHA-256 go with the table made. */
BOSETT_API enum bosett_status bosett_import_add_file(struct bosett_import *imp, const char *path, const char *kind);
BOSETT_API enum bosett_status bosett_import_add_mem(struct bosett_import *imp, const char *name, const void *data,
                                                    size_t len, const char *kind);
/* The kind detected (or forced) for input i, NULL past the end. */
BOSETT_API const char *bosett_import_input_kind(const struct bosett_import *imp, size_t i);

/* Join every input into t (replaced): sorted by kommunenummer, known
 * columns first in the order of bosett-data(5), provenance in its meta and
 * inputs. */
BOSETT_API enum bosett_status bosett_import_run(struct bosett_import *imp, struct bosett_table *t);

/* Write the code history of the inputs resolved to today's structure, as
 * CSV: every code with its years of validity and, for a code no longer in
 * use, the municipalities of today it became and the share going to each
 * (the same rules as bosett_import_run). Readable again as a code history. */
BOSETT_API enum bosett_status bosett_import_write_crosswalk(struct bosett_import *imp, FILE *fp);

/* Write the county totals of the inputs (IMDi's county table, kind
 * imdi-county) as CSV "fylkenr,fylke,year,requested", one row per county
 * and year sorted by county number, the names matched to the county list
 * among the inputs (bosett-data(5), FILES). */
BOSETT_API enum bosett_status bosett_import_write_county_totals(struct bosett_import *imp, FILE *fp);

/* Warnings collected while reading and joining ("NAME:LINE: ..."). */
BOSETT_API size_t bosett_import_warning_count(const struct bosett_import *imp);
BOSETT_API const char *bosett_import_warning(const struct bosett_import *imp, size_t i);
/* The same warnings by cause: one line per input and kind of warning, the
 * first in full with the count and lines of the others ("NAME:LINE: ...
 * (and 831 more like it: lines 12, 14, 16, ...)"). Returns the number of
 * lines; valid until the next call that adds warnings. */
BOSETT_API size_t bosett_import_warning_groups(struct bosett_import *imp);
BOSETT_API const char *bosett_import_warning_group(const struct bosett_import *imp, size_t i);

#ifdef __cplusplus
}
#endif
#endif
