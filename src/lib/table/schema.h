/*
 * schema.h - the known columns of bosett-data(5), their kinds and checks.
 */
#ifndef BOSETT_SCHEMA_H
#define BOSETT_SCHEMA_H

#include <stddef.h>

enum bosett_kind {
	KIND_CODE4,     /* kommunenummer: 4 digits, leading zero kept */
	KIND_CODE2,     /* fylkesnummer: 2 digits */
	KIND_TEXT,
	KIND_COUNT,     /* whole number >= 0 */
	KIND_REAL,      /* any finite number */
	KIND_NONNEG,    /* number >= 0 */
	KIND_FRACTION,  /* number in [0, 1] */
	KIND_FLAG       /* 0 or 1 (also yes/no, ja/nei, true/false) */
};

struct bosett_column {
	const char *name;
	enum bosett_kind kind;
	int required;
	int markers;     /* "." and ":" allowed */
	const char *doc;
};

/* The entry for a column name (matched without regard to case), or NULL. */
const struct bosett_column *bosett_schema_find(const char *name);
/* The i-th known column, NULL past the end. */
const struct bosett_column *bosett_schema_entry(size_t i);

/* The vocabulary (schema_names.c). The known column a header names: its
 * canonical name or an alias (bokmål, nynorsk, English), with or without a
 * per-cent mark ("Ledighet (%)"); *percent is 1 when the header means per
 * cent. NULL if the header names no known column. */
const struct bosett_column *bosett_schema_lookup(const char *header, int *percent);
/* 1 if a column is written by bosett-score or bosett-solve (score_*, cap,
 * recommended, ...). */
int bosett_schema_written(const char *name);
/* 1 if a column needs no warning: known, an alias, written by the tools,
 * or deliberately extra (an x_ prefix). */
int bosett_schema_expected(const char *name);
/* The known name (canonical or alias) nearest to a header, NULL if none is
 * close enough to be a slip of the keyboard. */
const char *bosett_schema_suggest(const char *header);
/* The i-th alias, its column and per-cent flag; NULL past the end. */
const char *bosett_schema_alias(size_t i, const char **col, int *percent);
/* "kommunenr, kommunenummer, knr, ..." into buf: every accepted name. */
const char *bosett_schema_names(const char *col, char *buf, size_t n);

/* Check and canonicalise one cell of a known column. Returns 0, or -1 with
 * "what is wrong" in why (a short phrase). */
int bosett_schema_cell(const struct bosett_column *c, const char *in, int decimal_comma,
                       char *out, size_t outsize, double *value, int *kind, const char **why);

#endif
