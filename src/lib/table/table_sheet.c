/*
 * table_sheet.c - what an adviser's own sheet holds around the table: title
 * rows above the header ("Busetjing av flyktningar 2027"), a total row
 * ("Sum", "I alt", "Totalt") below it, and per-cent columns that hold
 * fractions. The main decision: a row is skipped only when it cannot be a
 * municipality (one value or none above the header; a total word and no
 * kommunenummer below it), and every skip is a note, so nothing is
 * dropped without a word.
 */
#include "table/table_impl.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "table/schema.h"

int bosett_sheet_title_row(size_t n, char **f)
{
	size_t values = 0;
	int pct;

	for (size_t i = 0; i < n; i++) {
		if (!*f[i])
			continue;
		if (bosett_schema_lookup(f[i], &pct))
			return 0; /* names a column: the header */
		values++;
	}
	return values <= 1;
}

/* A total's word, folded: "Sum", "Sum:", "Summar", "I alt", "I alt
 * Vestland", "Totalt", "Total", "Samla", "Samlet". */
static int total_word(const char *s)
{
	static const char *const words[] = { "sum", "sum:", "summar", "summer", "summen", "totalt", "total",
	                                     "samla", "samlet", "i alt", "i alt:" };

	while (*s == ' ')
		s++;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (!strcasecmp(s, words[i]))
			return 1;
	/* NAV's "I alt Vestland" */
	return !strncasecmp(s, "i alt ", 6) || !strncasecmp(s, "sum ", 4);
}

int bosett_sheet_total_row(size_t n, char **f, int code_field)
{
	size_t i;

	if (code_field >= 0 && (size_t)code_field < n) {
		const char *c = f[code_field];

		/* a kommunenummer: a municipality whatever its name says */
		if (c[0] >= '0' && c[0] <= '9')
			return 0;
	}
	for (i = 0; i < n && !*f[i]; i++)
		;
	return i < n && total_word(f[i]);
}

enum bosett_status bosett_table_unknown_columns(const struct bosett_table *t, size_t *count)
{
	*count = 0;
	for (size_t j = 0; j < t->ncols; j++) {
		char key[300];

		snprintf(key, sizeof key, ",%s,", t->colnames[j]);
		*count += !bosett_schema_expected(t->colnames[j]) && !(t->keep && strstr(t->keep, key));
	}
	return BOSETT_OK;
}
