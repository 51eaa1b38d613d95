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

/* Check and canonicalise one cell of a known column. Returns 0, or -1 with
 * "what is wrong" in why (a short phrase). */
int bosett_schema_cell(const struct bosett_column *c, const char *in, int decimal_comma,
                       char *out, size_t outsize, double *value, int *kind, const char **why);

#endif
