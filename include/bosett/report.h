/*
 * report.h - the report on an allocation (bosett-report(1)): the summary,
 * the table per municipality with its reasons, what each rule costs, where
 * capacity is short, the scenarios, a comparison with a second allocation
 * and the provenance, written as Markdown, self-contained HTML with SVG
 * charts, plain text, a roff letter (groff -ms), JSON or an Excel
 * workbook, in bokmål,
 * nynorsk or English. The same inputs give byte-identical output.
 */
#ifndef BOSETT_REPORT_H
#define BOSETT_REPORT_H

#include <stdio.h>

#include <bosett/export.h>
#include <bosett/lang.h>
#include <bosett/sink.h>
#include <bosett/status.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bosett_table;
struct bosett_report;

enum bosett_report_format {
	BOSETT_REPORT_MD = 0,
	BOSETT_REPORT_HTML,
	BOSETT_REPORT_TXT,
	BOSETT_REPORT_ROFF,
	BOSETT_REPORT_JSON,
	BOSETT_REPORT_XLSX          /* an Excel workbook (binary) */
};

/* enum bosett_lang is in bosett/lang.h. */

/* A report on one solved table (bosett-solve's output), borrowed: the
 * table must outlive the report and stay unchanged. */
BOSETT_API struct bosett_report *bosett_report_new(const struct bosett_table *t);
BOSETT_API void bosett_report_free(struct bosett_report *r);
BOSETT_API const char *bosett_report_error(const struct bosett_report *r);

BOSETT_API void bosett_report_set_lang(struct bosett_report *r, enum bosett_lang lang);
/* The date printed in the report, as seconds since 1970 (SOURCE_DATE_EPOCH);
 * without it the report carries no date at all. */
BOSETT_API void bosett_report_set_date(struct bosett_report *r, long long epoch);
/* The roff letter's sender ("sender", instead of the county council),
 * contact person ("contact") and signature ("signature"): each call adds
 * one line to the field (copied). A file of "key: value" lines, # for
 * comments, does the same. Control characters are refused. */
BOSETT_API enum bosett_status bosett_report_set_letter(struct bosett_report *r, const char *key, const char *value);
BOSETT_API enum bosett_status bosett_report_read_letter_file(struct bosett_report *r, const char *path);
/* A second allocation to compare with (borrowed), joined on kommunenr; its
 * `recommended` column, else `requested`, else `decided`. label names it
 * in the report (copied). */
BOSETT_API enum bosett_status bosett_report_set_compare(struct bosett_report *r, const struct bosett_table *other,
                                                        const char *label);

/* Write the report. Fails with BOSETT_EDATA (message on the report) when
 * the table is not an allocation (no kommunenr or recommended column) or on
 * a write error. */
BOSETT_API enum bosett_status bosett_report_write(struct bosett_report *r, FILE *fp, enum bosett_report_format f);
/* The same to memory (*data for bosett_free; *len bytes, an xlsx workbook
 * holds NUL bytes) or to a callback (bosett/sink.h). */
BOSETT_API enum bosett_status bosett_report_write_mem(struct bosett_report *r, enum bosett_report_format f,
                                                      char **data, size_t *len);
BOSETT_API enum bosett_status bosett_report_write_cb(struct bosett_report *r, enum bosett_report_format f,
                                                     bosett_write_fn fn, void *ctx);

/* The county's survey workbook (bosett-survey(5)): one row per municipality
 * of area (a 2-digit county number; a 4-digit kommunenummer for that
 * municipality's own workbook; NULL for the table's one county), prefilled
 * from the table and locked, the answers to fill in unlocked and
 * validated, a guidance sheet, in the report's language, dated with the
 * report's date. The table needs kommunenr and kommune. BOSETT_EUSAGE when
 * area is not a number of that form, names no municipality of the table,
 * or is NULL for a table of several counties; BOSETT_EDATA on a write
 * error. */
BOSETT_API enum bosett_status bosett_report_write_survey(struct bosett_report *r, FILE *fp, const char *area);
/* The survey's language when none is asked for: nynorsk where more than
 * half of area's municipalities write nynorsk (column malform), else
 * bokmål. */
BOSETT_API enum bosett_lang bosett_report_survey_lang(const struct bosett_table *t, const char *area);

/* "md", "html", "txt", "roff", "json", "xlsx" / "nb", "nn", "en": BOSETT_OK and
 * *out, or BOSETT_EUSAGE. */
BOSETT_API enum bosett_status bosett_report_format_parse(const char *s, enum bosett_report_format *out);
BOSETT_API enum bosett_status bosett_report_lang_parse(const char *s, enum bosett_lang *out);
/* The language when none is asked for: from a locale name (the first set
 * of LC_ALL, LC_MESSAGES, LANG; NULL or "" is C) and the table's county.
 * nn_* is nynorsk; nb_* and no_* are bokmål, except nynorsk for the
 * counties that write nynorsk (15 Møre og Romsdal, 46 Vestland);
 * anything else is English. */
BOSETT_API enum bosett_lang bosett_report_lang_auto(const struct bosett_table *t, const char *locale);

#ifdef __cplusplus
}
#endif
#endif
