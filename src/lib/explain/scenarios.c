/*
 * scenarios.c - a sweep over several totals, each never below the one before.
 */
#include "solve/solver.h"
#include "base/glpk_call.h"

static int cmp_scen(const void *a, const void *b)
{
	const struct scen *x = a, *y = b;

	if (x->q + x->em != y->q + y->em)
		return x->q + x->em < y->q + y->em ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* The sweep itself, once GLPK's error hook is in place. */
static int sweep(struct bosett_solver *s, struct bosett_table *t, const struct scen *sc, size_t n,
                 bosett_progress_fn progress, void *ctx, struct bosett_buf *list, struct bosett_buf *shortfalls,
                 struct bosett_buf *engines)
{
	struct problem *p = &s->p;
	int rc = BOSETT_OK;
	/* the sweep's status is its weakest scenario's: time-limited if any
	 * was, with the largest gap; a shortfall says so beside it */
	enum bosett_solve_status worst = BOSETT_SOLVE_OPTIMAL;
	double gap = 0;

	for (size_t k = 0; k < n && rc == BOSETT_OK; k++) {
		long total = sc[k].q + sc[k].em; /* scenarios are named by their whole total */
		char col[64], ecol[64];

		p->quota = s->quota = sc[k].q;
		p->em_quota = s->em_quota = sc[k].em;
		for (size_t i = 0; i < p->n; i++)
			p->mu[i].fair = (double)(sc[k].q + sc[k].em) * p->mu[i].share;
		solve_continuity_anchor(p);
		/* the criteria targets rest on the anchor just scaled to this
		 * scenario's total, not on the largest total's */
		if (bosett_criteria_targets(p, t, s->err) != 0) {
			rc = BOSETT_EDATA;
			break;
		}
		if (s->method != BOSETT_METHOD_OPTIMISE) {
			solve_run_baseline(s);
		} else {
			s->shortfall = 0;
			rc = solve_optimise(s, t, 0);
			if (rc == BOSETT_EINFEASIBLE && s->allow_shortfall) {
				rc = solve_optimise_shortfall(s, t, 0);
				if (rc == BOSETT_OK)
					bosett_buf_printf(shortfalls, "%s%ld:%ld", shortfalls->len ? "," : "", total, s->shortfall);
			}
			if (rc == BOSETT_EINFEASIBLE)
				bosett_err(s->err, "scenario %ld: no allocation meets every rule%s: %s", total,
				           k ? " with the numbers of the smaller scenarios kept as floors" : "", s->diagnosis);
			else if (rc != BOSETT_OK) {
				char why[BOSETT_ERRMAX];

				memcpy(why, s->err, sizeof why);
				bosett_err(s->err, "scenario %ld: %s", total, why);
			}
			if (rc != BOSETT_OK)
				break;
			if (s->status == BOSETT_SOLVE_FEASIBLE || (s->status == BOSETT_SOLVE_SHORTFALL && s->gap > 0))
				worst = BOSETT_SOLVE_FEASIBLE;
			if (s->gap > gap)
				gap = s->gap;
		}
		snprintf(col, sizeof col, "recommended_q%ld", total);
		snprintf(ecol, sizeof ecol, "em_q%ld", total);
		for (size_t i = 0; i < p->n && rc == BOSETT_OK; i++) {
			struct muni *u = &p->mu[i];

			if (solve_set_num(s, t, i, col, (double)(u->x + u->e), 0) != 0 ||
			    (sc[k].em > 0 && solve_set_num(s, t, i, ecol, (double)u->e, 0) != 0))
				rc = BOSETT_EDATA;
			if (s->method == BOSETT_METHOD_OPTIMISE) {
				/* the floors that keep every number from falling */
				u->lower = u->x;
				u->lower_em = u->e;
			}
		}
		bosett_buf_printf(list, "%s%ld", k ? "," : "", total);
		/* the engine of each scenario, in the order of solve.scenarios */
		bosett_buf_printf(engines, "%s%s", k ? "," : "",
		                  s->method != BOSETT_METHOD_OPTIMISE ? "formula" : s->engine ? s->engine : "none");
		if (progress)
			progress(ctx, k + 1, n, total);
	}
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].lower = p->mu[i].lower_em = 0;
	s->status = shortfalls->len ? BOSETT_SOLVE_SHORTFALL : worst;
	s->gap = gap;
	return rc;
}

struct sweep_arg {
	struct bosett_solver *s;
	struct bosett_table *t;
	const struct scen *sc;
	size_t n;
	bosett_progress_fn progress;
	void *ctx;
	struct bosett_buf *list, *shortfalls, *engines;
};

/* The sweep inside GLPK's guard (base/glpk_call.c). */
static int sweep_call(void *arg)
{
	struct sweep_arg *a = arg;

	return sweep(a->s, a->t, a->sc, a->n, a->progress, a->ctx, a->list, a->shortfalls, a->engines);
}

enum bosett_status bosett_solver_run_scenarios(struct bosett_solver *s, struct bosett_table *t, const long *quotas,
                                               const long *em_quotas, size_t n, bosett_progress_fn progress, void *ctx)
{
	struct bosett_model bm;
	struct scen *volatile sc = malloc((n ? n : 1) * sizeof *sc);
	struct bosett_buf list = { 0 }, shortfalls = { 0 }, engines = { 0 };
	int rc;

	if (!sc) {
		bosett_err(s->err, "out of memory");
		return BOSETT_EDATA;
	}
	for (size_t k = 0; k < n; k++) {
		sc[k].q = quotas[k];
		sc[k].em = em_quotas ? em_quotas[k] : 0;
		sc[k].index = k;
	}
	/* increasing totals, each scenario's numbers the floor of the next */
	qsort(sc, n, sizeof *sc, cmp_scen);
	for (size_t k = 1; k < n; k++)
		if (sc[k].q < sc[k - 1].q || sc[k].em < sc[k - 1].em || sc[k].q == sc[k - 1].q) {
			bosett_err(s->err, "scenarios must differ and grow together: %ld (minors %ld) and %ld (minors %ld)",
			           sc[k - 1].q, sc[k - 1].em, sc[k].q, sc[k].em);
			free(sc);
			return BOSETT_EUSAGE;
		}
	/* the per-capita ceiling of the largest total holds in every scenario */
	s->quota = n ? sc[n - 1].q : 0;
	s->em_quota = n ? sc[n - 1].em : 0;
	rc = solve_start(s, t, &bm);
	if (rc == BOSETT_OK) {
		struct sweep_arg a = { s, t, sc, n, progress, ctx, &list, &shortfalls, &engines };

		rc = bosett_glpk_call(sweep_call, &a, s->err, "the solver failed");
		if (rc == -1) {
			s->lp = NULL; /* abandoned to GLPK (base/glpk_call.h) */
			rc = BOSETT_EDATA;
		}
	}
	if (rc == BOSETT_OK) {
		bosett_table_meta_set(t, "solve.method", bosett_method_name(s->method));
		bosett_table_meta_set(t, "solve.scenarios", list.data ? list.data : "");
		bosett_table_meta_set(t, "solve.status", solve_status_name(s->status));
		if (s->method == BOSETT_METHOD_OPTIMISE)
			solve_meta_num(t, "solve.gap", s->gap);
		if (shortfalls.len)
			bosett_table_meta_set(t, "solve.shortfall", shortfalls.data);
		bosett_table_meta_set(t, "solve.engine", engines.data ? engines.data : "");
	}
	free(sc);
	bosett_buf_free(&list);
	bosett_buf_free(&shortfalls);
	bosett_buf_free(&engines);
	return bosett_status_of(rc);
}
