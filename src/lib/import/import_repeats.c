/*
 * import_repeats.c - one input names each municipality once. Two rows of
 * one input for the same kommunenummer (or, in IMDi's key figures, the
 * same name and county) and year used to be summed as if they were two old
 * municipalities merged (population 100,000 from two rows of 50,000); they
 * are an error naming both lines. Merges of old municipalities have
 * different codes in the input, so they are not repeats.
 */
#include "import/import_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct imp_fact *facts_of;

/* The key of a fact: its code, else its name and county. */
static int cmp_key(const struct imp_fact *x, const struct imp_fact *y)
{
	int c;

	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	if ((c = strcmp(x->code, y->code)) != 0)
		return c;
	if (!x->code[0]) {
		if ((c = strcmp(x->name ? x->name : "", y->name ? y->name : "")) != 0)
			return c;
		if ((c = strcmp(x->county ? x->county : "", y->county ? y->county : "")) != 0)
			return c;
	}
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return strcmp(x->col, y->col);
}

static int cmp_index(const void *a, const void *b)
{
	const struct imp_fact *x = &facts_of[*(const size_t *)a], *y = &facts_of[*(const size_t *)b];
	int c = cmp_key(x, y);

	return c ? c : (x->line > y->line) - (x->line < y->line);
}

int imp_check_repeats(struct bosett_import *imp)
{
	size_t *ix = malloc((imp->nfacts ? imp->nfacts : 1) * sizeof *ix);
	int rc = 0;

	if (!ix) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < imp->nfacts; i++)
		ix[i] = i;
	facts_of = imp->facts;
	qsort(ix, imp->nfacts, sizeof *ix, cmp_index);
	for (size_t i = 1; i < imp->nfacts && !rc; i++) {
		const struct imp_fact *a = &imp->facts[ix[i - 1]], *b = &imp->facts[ix[i]];
		char q[200], year[24] = "";

		if (cmp_key(a, b) != 0 || a->line == b->line || (!a->code[0] && !a->name))
			continue;
		if (a->year)
			snprintf(year, sizeof year, " for %d", a->year);
		if (a->code[0])
			bosett_err(imp->err, "%s:%ld: and line %ld: kommunenummer %s given twice%s (column '%s'): "
			           "one row per municipality", imp->inputs[b->file].name, b->line, a->line, a->code, year, a->col);
		else
			bosett_err(imp->err, "%s:%ld: and line %ld: \"%s\" given twice%s (column '%s'): "
			           "one row per municipality", imp->inputs[b->file].name, b->line, a->line,
			           bosett_quote(a->name, strlen(a->name), q, sizeof q), year, a->col);
		rc = -1;
	}
	facts_of = NULL;
	free(ix);
	return rc;
}
