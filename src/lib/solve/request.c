/*
 * request.c - a run as a county states it, for every caller alike (the
 * tool, a binding): totals with the unaccompanied minors included, split
 * here into the quota and the minors' sub-quota; and the columns a run
 * adds, so that a list of columns to write is checked before any solve.
 */
#include <bosett/bosett.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/internal.h"
#include "base/number.h"
#include "solve/solver.h"

static const char *const solved_columns[] = { "cap", "fair_share", "fair_gap", "recommended", "recommended_em",
	                                      "limit", "shadow_price", "binding", "anchor", "anchor_from", "rival", "rival_by",
	                                      "rule", "without_rule", "rule_limit", "rule_own", "criteria_target",
	                                      "criterion", "criterion_move", "flag" };

const char *bosett_solver_column(size_t i)
{
	return i < sizeof solved_columns / sizeof solved_columns[0] ? solved_columns[i] : NULL;
}

enum bosett_status bosett_solver_set_total(struct bosett_solver *s, long total, long em)
{
	if (total < 0 || em < 0 || em > total) {
		bosett_err(s->err, "%ld minors is more than the total of %ld", em, total);
		return BOSETT_EUSAGE;
	}
	bosett_solver_set_quota(s, total - em);
	bosett_solver_set_em_quota(s, em);
	return BOSETT_OK;
}

enum bosett_status bosett_solver_run_totals(struct bosett_solver *s, struct bosett_table *t, const long *totals,
                                            size_t n, const long *em, size_t n_em, bosett_progress_fn progress,
                                            void *ctx)
{
	long *q, *e;
	enum bosett_status rc;

	if (em && n_em != 1 && n_em != n) {
		bosett_err(s->err, "%zu totals of minors for %zu scenarios", n_em, n);
		return BOSETT_EUSAGE;
	}
	q = malloc((n ? n : 1) * sizeof *q);
	e = malloc((n ? n : 1) * sizeof *e);
	if (!q || !e) {
		free(q);
		free(e);
		bosett_err(s->err, "out of memory");
		return BOSETT_ENOMEM;
	}
	for (size_t k = 0; k < n; k++) {
		e[k] = em ? em[n_em == 1 ? 0 : k] : 0;
		if (e[k] < 0 || e[k] > totals[k]) {
			bosett_err(s->err, "%ld minors is more than the total of %ld", e[k], totals[k]);
			free(q);
			free(e);
			return BOSETT_EUSAGE;
		}
		q[k] = totals[k] - e[k];
	}
	rc = bosett_solver_run_scenarios(s, t, q, e, n, progress, ctx);
	free(q);
	free(e);
	return rc;
}

/* 1 if name is a column the run adds for these totals. */
static int is_solved(const char *name, const long *totals, size_t n)
{
	for (size_t i = 0; bosett_solver_column(i); i++)
		if (strcmp(name, bosett_solver_column(i)) == 0)
			return 1;
	for (size_t i = 0; n > 1 && i < n; i++) {
		char a[48], b[48];

		bosett_snprintf(a, sizeof a, "recommended_q%ld", totals[i]);
		bosett_snprintf(b, sizeof b, "em_q%ld", totals[i]);
		if (strcmp(name, a) == 0 || strcmp(name, b) == 0)
			return 1;
	}
	return 0;
}

enum bosett_status bosett_solver_check_columns(const struct bosett_table *t, const char *list, const long *totals,
                                               size_t n, char *msg, size_t size)
{
	const char *p = list;

	while (*p) {
		size_t len = strcspn(p, ",");
		char name[256];

		if (len == 0 || len >= sizeof name) {
			snprintf(msg, size, "not a list of column names: \"%s\"", list);
			return BOSETT_EUSAGE;
		}
		memcpy(name, p, len);
		name[len] = '\0';
		for (const char *q = p + len; *q; q += strcspn(q, ",")) {
			q++;
			if (strncmp(q, name, len) == 0 && (q[len] == ',' || !q[len])) {
				snprintf(msg, size, "column '%s' twice", name);
				return BOSETT_EUSAGE;
			}
		}
		if (bosett_table_col(t, name) == BOSETT_NPOS && !is_solved(name, totals, n)) {
			snprintf(msg, size, "no column '%s' to select", name);
			return BOSETT_EUSAGE;
		}
		p += len;
		if (*p == ',')
			p++;
	}
	return BOSETT_OK;
}
