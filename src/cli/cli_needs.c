/*
 * cli_needs.c - the columns a model needs, checked against the table before
 * a solve: a rule whose column is missing does nothing for every
 * municipality (continuity without last year's requests took Bergen from
 * 400 to 693 without a word), so it is said, and refused under --strict.
 * The columns of the capacity rules (housing_units, jobs, ...) are
 * optional inputs by design (no figure, no limit) and are not checked.
 * A minimal table (kommunenr, kommune, population) lacks them on purpose,
 * so the warning is given where a header may have meant one: when the
 * table has a column no tool knows; --strict refuses it always. Only the
 * public API: what the model uses is read with bosett_model_get and
 * bosett_model_column.
 */
#include "cli.h"

#include <stdio.h>

#include <bosett/bosett.h>

/* The rule, the columns that serve it (any one), and what is lost. */
static int need(const struct bosett_table *t, const char *rule, const char *const *cols, const char *lost,
                int quiet, int *bad)
{
	char list[256] = "";
	size_t o = 0;

	for (size_t i = 0; cols[i]; i++) {
		if (bosett_table_col(t, cols[i]) != BOSETT_NPOS)
			return 0;
		o += (size_t)snprintf(list + o, sizeof list - o, "%s'%s'", i ? bosett_messages_text(" or ") : "", cols[i]);
		if (o >= sizeof list)
			break;
	}
	/* rule and lost are English, translated here (the catalogue has them) */
	rule = bosett_messages_text(rule);
	lost = bosett_messages_text(lost);
	if (cli_strict())
		cli_warn("%s: column %s: the model's %s needs it, and the table has none: %s (--strict)",
		         bosett_table_source(t), list, rule, lost);
	else if (!quiet)
		cli_warn("%s: column %s: the model's %s needs it, and the table has none: %s", bosett_table_source(t),
		         list, rule, lost);
	*bad = 1;
	return 1;
}

int cli_model_needs(const struct bosett_model *m, const struct bosett_table *t, int quiet)
{
	static const char *const prev[] = { "requested_prev", "decided_prev", NULL };
	double v;
	int bad = 0;
	size_t unknown = 0;

	bosett_table_unknown_columns(t, &unknown);
	if (!unknown && !cli_strict())
		return BOSETT_OK; /* every column known: the missing ones are missing on purpose */

	if (bosett_model_get(m, "continuity.weight", &v) == BOSETT_OK && v > 0)
		need(t, "continuity rule", prev, "no municipality is kept near last year's number", quiet, &bad);
	for (size_t k = 0; bosett_model_column(m, k); k++) {
		const char *one[2] = { bosett_model_column(m, k), NULL };

		need(t, "distribution key", one, "the key weighs it as 0 everywhere", quiet, &bad);
	}
	return bad && cli_strict() ? BOSETT_EDATA : BOSETT_OK;
}
