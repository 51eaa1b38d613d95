/*
 * bosett.h - the public interface of libbosett, the library behind the
 * bosett-* tools: reading municipality tables and models, scoring, solving
 * the allocation with GLPK and explaining it.
 *
 * The contract, once for all public headers:
 * - Status. Every function that can fail returns enum bosett_status
 *   (bosett/status.h): BOSETT_OK (0) on success, else BOSETT_EDATA (bad
 *   data or a runtime failure), BOSETT_EIO (a file could not be opened,
 *   read or written), BOSETT_ENOMEM (out of memory), BOSETT_EUSAGE (a
 *   request that makes no sense: an unknown name, an index past the end)
 *   or BOSETT_EINFEASIBLE (the solver only). The tools map them to their
 *   exit statuses (src/cli). Nothing returns -1 for failure.
 * - Messages. The library never prints and never exits: a function that
 *   fails on an object leaves a one-line message on it, read with the
 *   object's _error function (bosett_table_error(), bosett_solver_error(),
 *   ...); "" when there is none. Messages are English unless the caller
 *   asks for bokmål or nynorsk (bosett_messages_set_lang, bosett/lang.h);
 *   what the library writes into its outputs never changes with it. Functions of no object (bosett_parse_long,
 *   bosett_report_format_parse, ...) and lookups on a const object return
 *   the status alone.
 * - Ownership. An object made by a _new function is released by the
 *   matching _free, and _free(NULL) does nothing; _set functions borrow (the
 *   library copies what it keeps); strings returned by accessors belong to
 *   the object and live until it is changed or freed. No function hands
 *   out memory for the caller to free(): a text is written to a FILE *,
 *   or a _mem writer hands it over for bosett_free (bosett/sink.h).
 * - Writers take a FILE * the caller opened and closes; each has a _cb
 *   (callback) and a _mem (memory) form beside it, for a binding.
 * - Indexes and counts of rows, columns and items are size_t; an index
 *   that is none is BOSETT_NPOS (bosett_table_col, bosett_table_find), and
 *   a call that makes one returns a status and the index through a
 *   size_t * (bosett_table_add_col, bosett_table_add_row). Numbers of
 *   people (quotas, shortfall) and line numbers are long, years int.
 * - Names. Enum values begin with the upper-case start of their type's
 *   name (BOSETT_CELL_, BOSETT_FORMAT_, BOSETT_METHOD_, BOSETT_SCORE_SCOPE_,
 *   BOSETT_REPORT_, BOSETT_LANG_, BOSETT_SOLVE_), bosett_status's being
 *   BOSETT_OK and BOSETT_E*. Every enum a tool or a file spells as a word
 *   is parsed in the library: bosett_TYPE_parse(s, &out), BOSETT_EUSAGE
 *   for an unknown word (bosett_format_parse, bosett_method_parse, ...).
 * Every public function is marked BOSETT_API (bosett/export.h);
 * libbosett.so exports those and nothing else.
 */
#ifndef BOSETT_BOSETT_H
#define BOSETT_BOSETT_H

#include <stddef.h>

#include <bosett/export.h>
#include <bosett/status.h> /* enum bosett_status */
#include <bosett/version.h> /* BOSETT_VERSION_STRING, made from project(VERSION) */

#ifdef __cplusplus
extern "C" {
#endif

/* Version of the library, as "0.1.0". */
BOSETT_API const char *bosett_version(void);
/* Versions of the libraries it was built with, as "GLPK 5.0, cJSON 1.7.15, libcsv 3.0.3". */
BOSETT_API const char *bosett_version_deps(void);

/* Checked number parsing: the whole string must be a number (no trailing
 * junk, no NaN, no infinity, no overflow). BOSETT_OK, or BOSETT_EDATA if not. */
BOSETT_API enum bosett_status bosett_parse_long(const char *s, long *out);
BOSETT_API enum bosett_status bosett_parse_double(const char *s, double *out);

/* Shortest text that reads back as the same double ("12.5", "300"), never
 * locale-dependent. Writes at most n bytes; returns buf. */
BOSETT_API char *bosett_format_double(char *buf, size_t n, double v);

/* The path of the bundled data file NAME ("kommune_crosswalk.csv",
 * "fylke_anmodning.csv"): in $BOSETT_DATADIR alone when it is set, else in
 * ../share/bosett beside the running program (a build tree links it to
 * the source's data/), else in the installed share directory. Writes at
 * most size bytes; BOSETT_OK if found, BOSETT_EDATA if not. */
BOSETT_API enum bosett_status bosett_data_path(const char *name, char *path, size_t size);
/* The largest total a county may be asked for: bosett-solve's -q and the
 * county totals file are held to the same range (0 to this). */
#define BOSETT_TOTAL_MAX 100000000L

/* IMDi's request to county fylkenr ("15") for year (0: the latest year
 * given) from the county totals at path (NULL: the bundled
 * fylke_anmodning.csv); where year is not given, the latest year before it,
 * a placeholder (*year_found != year: say so). BOSETT_OK with *total,
 * *year_found and the file read in msg; BOSETT_EDATA with the reason in
 * msg (size bytes). */
BOSETT_API enum bosett_status bosett_county_total(const char *path, const char *fylkenr, int year, long *total, int *year_found,
                        char *msg, size_t size);

#ifdef __cplusplus
}
#endif

#include <bosett/lang.h>
#include <bosett/table.h>
#include <bosett/model.h>
#include <bosett/solve.h>
#include <bosett/report.h>
#include <bosett/score.h>
#include <bosett/backtest.h>

#endif
