/*
 * bosett.h - the public interface of libbosett, the library behind the
 * bosett-* tools: reading municipality tables and models, scoring, solving
 * the allocation with GLPK and explaining it.
 *
 * Ownership, once for all public headers: an object made by a _new function
 * is released by the matching _free, and _free(NULL) does nothing; _set
 * functions borrow (the library copies what it keeps); strings returned by
 * accessors belong to the object and live until it is changed or freed.
 * The library never prints and never exits: a function that fails returns a
 * status other than BOSETT_OK and leaves a one-line message on the object,
 * read with the object's _error function. Every public function is marked
 * BOSETT_API (bosett/export.h); libbosett.so exports those and nothing else.
 */
#ifndef BOSETT_BOSETT_H
#define BOSETT_BOSETT_H

#include <stddef.h>

#include <bosett/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes; the numbers are the tools' exit statuses. */
enum bosett_status {
	BOSETT_OK = 0,
	BOSETT_EDATA = 1,       /* bad input data, I/O or runtime failure */
	BOSETT_EUSAGE = 2,      /* a request that makes no sense */
	BOSETT_EINFEASIBLE = 3  /* no allocation meets every rule */
};

/* Version of the library, as "0.1.0". */
BOSETT_API const char *bosett_version(void);
/* Versions of the libraries it was built with, as "GLPK 5.0, cJSON 1.7.15, libcsv 3.0.3". */
BOSETT_API const char *bosett_version_deps(void);

/* Checked number parsing: the whole string must be a number (no trailing
 * junk, no NaN, no infinity, no overflow). Return 0 on success, -1 if not. */
BOSETT_API int bosett_parse_long(const char *s, long *out);
BOSETT_API int bosett_parse_double(const char *s, double *out);

/* Shortest text that reads back as the same double ("12.5", "300"), never
 * locale-dependent. Writes at most n bytes; returns buf. */
BOSETT_API char *bosett_format_double(char *buf, size_t n, double v);

/* The path of the bundled data file NAME ("kommune_crosswalk.csv",
 * "fylke_anmodning.csv"): in $BOSETT_DATADIR alone when it is set, else in
 * the source tree's data/ the library was built from, else in the installed
 * share directory. Writes at most size bytes; 0 if found, -1 if not. */
BOSETT_API int bosett_data_path(const char *name, char *path, size_t size);
/* IMDi's request to county fylkenr ("15") for year (0: the latest year
 * given) from the county totals at path (NULL: the bundled
 * fylke_anmodning.csv). 0 with *total, *year_found and the file read in
 * msg; -1 with the reason in msg (size bytes). */
BOSETT_API int bosett_county_total(const char *path, const char *fylkenr, int year, long *total, int *year_found,
                        char *msg, size_t size);

#ifdef __cplusplus
}
#endif

#include <bosett/table.h>
#include <bosett/model.h>
#include <bosett/solve.h>
#include <bosett/report.h>
#include <bosett/score.h>
#include <bosett/backtest.h>

#endif
