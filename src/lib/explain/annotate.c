/*
 * annotate.c - the solution written into the table: each municipality's
 * number, its binding limit and reason, and the run's metadata.
 */
#include "base/tolerance.h"
#include "base/number.h"
#include "solve/solver.h"

/* What the allocation uses of each regional limit (s->member, of the
 * model just solved), summed once: NREGIONS numbers the caller frees. */
double *solve_region_use(struct bosett_solver *s)
{
	const struct problem *p = &s->p;
	double *used = calloc(p->nregions ? p->nregions : 1, sizeof *used);

	if (!used) {
		solve_nomem(s);
		return NULL;
	}
	for (size_t j = 0; j < p->n; j++)
		for (int k = 0; k < NUSE; k++) {
			int g = s->member[j * NUSE + (size_t)k];

			if (g >= 0)
				used[g] += p->m->use[k] * (double)(p->mu[j].x + p->mu[j].e);
		}
	return used;
}

/* A large fair share left at 0 by continuity alone (bosett(7), ANCHOR):
 * not asked, its anchor 0 because it was not asked last year or its
 * council said no, no offer, and a fair share and cap of at least the
 * minimum. Flagged to the adviser, never ranked against another. */
int solve_held_at_zero(const struct problem *p, const struct muni *u)
{
	double L = p->m->min_settle > 0 ? p->m->min_settle : 1;

	return u->x + u->e == 0 && (u->anchor == ANCHOR_SAID_NO || u->anchor == ANCHOR_NOT_ASKED) && !u->has_offer &&
	       u->fair >= L && (double)u->cap >= L;
}

/* Decide each municipality's limit from the integer solution. The use of
 * each regional limit is summed once: summing it again for every
 * municipality was quadratic. */
void solve_classify(struct bosett_solver *s)
{
	struct problem *p = &s->p;
	const struct bosett_model *m = p->m;
	double *used = solve_region_use(s);

	if (!used)
		return;
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		long tot = u->x + u->e;

		u->limit = LIMIT_TOTAL;
		u->region_row = -1;
		u->flagged = 0;
		if (tot == 0) {
			u->limit = LIMIT_NOT_ASKED;
			u->flagged = solve_held_at_zero(p, u);
			continue;
		}
		if (u->has_offer && (double)tot > u->offered) {
			u->limit = LIMIT_OFFER_EXCEEDED;
			continue;
		}
		if (tot >= u->cap) {
			u->limit = LIMIT_CAP;
			continue;
		}
		/* the first full regional limit, in the order of the rows */
		for (int k = 0; k < NUSE; k++) {
			int g = s->member[i * NUSE + (size_t)k];

			if (g >= 0 && used[g] > p->regions[g].capacity - m->use[k] + BOSETT_EPS_CAPACITY &&
			    (u->region_row < 0 || g < u->region_row)) {
				u->limit = LIMIT_REGION;
				u->region_row = g;
			}
		}
		if (u->limit == LIMIT_REGION)
			continue;
		if (p->em_quota > 0 && u->em_ok && u->e >= u->em_cap && u->em_cap > 0 && u->x == 0)
			u->limit = LIMIT_EM;
		else if (u->has_offer && (double)tot == u->offered)
			u->limit = LIMIT_OFFERED;
		else if (u->min > 0 && tot == u->min && (u->fair < u->min || (u->has_prev && u->prev < u->min)))
			u->limit = LIMIT_MIN; /* the minimum lifts it above its fair share or its anchor */
		else if (u->target >= 0 && fabs(u->target - u->prev) >= 0.5 && fabs((double)tot - u->target) < 1)
			u->limit = LIMIT_CRITERIA; /* the criteria moved it from the anchor (criteria.c) */
		else if ((double)tot == floor(u->fair) || (double)tot == ceil(u->fair))
			u->limit = LIMIT_FAIR;
		else if (u->has_prev && (fabs((double)tot - u->prev * (1 - bosett_criteria_band(m, u))) < 1 ||
		                         fabs((double)tot - u->prev * (1 + bosett_criteria_band(m, u))) < 1 ||
		                         fabs((double)tot - u->prev) < 1))
			u->limit = LIMIT_CONTINUITY;
	}
	free(used);
}

int solve_set_num(struct bosett_solver *s, struct bosett_table *t, size_t row, const char *col, double v, int dec)
{
	int c = bosett_table_iadd_col(t, col);

	if (c < 0 || bosett_table_set_number(t, row, (size_t)c, v, dec) != 0) {
		bosett_err(s->err, "%s", bosett_table_error(t));
		return -1;
	}
	return 0;
}

static int set_text(struct bosett_solver *s, struct bosett_table *t, size_t row, const char *col, const char *v)
{
	int c = bosett_table_iadd_col(t, col);

	if (c < 0 || bosett_table_set_text(t, row, (size_t)c, v) != 0) {
		bosett_err(s->err, "%s", bosett_table_error(t));
		return -1;
	}
	return 0;
}

int solve_meta_num(struct bosett_table *t, const char *key, double v)
{
	char buf[64];

	if (fabs(v) < 5e-7)
		v = 0;
	bosett_snprintf(buf, sizeof buf, "%.6f", v);
	/* trim trailing zeros: fixed, locale-free and short */
	for (char *e = buf + strlen(buf) - 1; e > buf && (*e == '0' || *e == '.'); e--) {
		char c = *e;

		*e = '\0';
		if (c == '.')
			break;
	}
	return bosett_table_meta_set(t, key, buf);
}

const char *solve_status_name(enum bosett_solve_status st)
{
	switch (st) {
	case BOSETT_SOLVE_OPTIMAL: return "optimal";
	case BOSETT_SOLVE_FEASIBLE: return "time-limited";
	case BOSETT_SOLVE_SHORTFALL: return "shortfall";
	case BOSETT_SOLVE_INFEASIBLE: return "infeasible";
	default: return "none";
	}
}

/* The criteria behind a reason (bosett-data(5)): `criteria_target`, the
 * anchor moved by the criteria; `criterion`, the one that moved it most,
 * and `criterion_move`, by how many people. Empty where none moved it. */
static int solve_criteria_facts(struct bosett_solver *s, struct bosett_table *t, size_t i)
{
	const struct muni *u = &s->p.mu[i];
	double mv = 0;
	int k = s->method == BOSETT_METHOD_OPTIMISE ? bosett_criteria_top(&s->p, u, &mv) : -1;

	if (k >= 0 && fabs(mv) >= 0.05)
		return solve_set_num(s, t, i, "criteria_target", u->target, 2) ||
		       set_text(s, t, i, "criterion", bosett_criterion_key(&s->p, (size_t)k)) ||
		       solve_set_num(s, t, i, "criterion_move", mv, 1);
	return bosett_table_iadd_col(t, "criteria_target") < 0 || bosett_table_iadd_col(t, "criterion") < 0 ||
	       bosett_table_iadd_col(t, "criterion_move") < 0;
}

/* The facts behind a reason, as data for the report to word in any
 * language (bosett-data(5)): `anchor`, last year's number scaled to this
 * year's total, where continuity applies; `rival`, the kommunenr the reason
 * names (asked rather than it, or it asked instead), and `rival_by`, what
 * decided between them. Every row gets the columns, empty where they do
 * not apply. */
/* What the continuity anchor rests on, where it is not last year's request
 * (bosett-data(5) `anchor_from`), for the report to word. */
static const char *anchor_from(int anchor)
{
	switch (anchor) {
	case ANCHOR_DECISION: return "decision";
	case ANCHOR_SAID_NO: return "said_no";
	case ANCHOR_OFFERED: return "offered";
	default: return "";
	}
}

static int solve_reason_facts(struct bosett_solver *s, struct bosett_table *t, size_t i)
{
	static const char *const by_key[] = { "claim", "kommunenr", "solver" };
	const struct problem *p = &s->p;
	const struct muni *u = &p->mu[i], *r;
	enum rival_by by = RIVAL_BY_CLAIM;

	if (s->method == BOSETT_METHOD_OPTIMISE && p->m->continuity_weight > 0 && u->has_prev) {
		if (solve_set_num(s, t, i, "anchor", u->prev, 4))
			return -1;
	} else if (bosett_table_iadd_col(t, "anchor") < 0) {
		return -1;
	}
	if (set_text(s, t, i, "rule", bosett_rule_key(p, u)) ||
	    set_text(s, t, i, "anchor_from", s->method == BOSETT_METHOD_OPTIMISE ? anchor_from(u->anchor) : ""))
		return -1;
	if (u->without >= 0) {
		if (solve_set_num(s, t, i, "without_rule", (double)u->without, 0))
			return -1;
	} else if (bosett_table_iadd_col(t, "without_rule") < 0) {
		return -1;
	}
	if (s->method == BOSETT_METHOD_OPTIMISE) {
		if (solve_set_num(s, t, i, "rule_limit", bosett_rule_limit(p, u), 4) ||
		    solve_set_num(s, t, i, "rule_own", u->rule < NRULES ? bosett_rule_direct(p, u) : 1, 0))
			return -1;
	} else if (bosett_table_iadd_col(t, "rule_limit") < 0 || bosett_table_iadd_col(t, "rule_own") < 0) {
		return -1;
	}
	if (solve_criteria_facts(s, t, i))
		return -1;
	r = bosett_explain_rival(p, u, &by);
	if (set_text(s, t, i, "rival", r ? r->code : "") || set_text(s, t, i, "rival_by", r ? by_key[by] : ""))
		return -1;
	return 0;
}

/* `flag`, only where a municipality is flagged to the adviser:
 * "held_at_zero", a large fair share left at 0 by continuity alone. */
static int solve_flag_column(struct bosett_solver *s, struct bosett_table *t)
{
	const struct problem *p = &s->p;
	size_t k = 0;

	for (size_t i = 0; i < p->n; i++)
		k += p->mu[i].flagged != 0;
	for (size_t i = 0; k && i < p->n; i++)
		if (set_text(s, t, i, "flag", p->mu[i].flagged ? "held_at_zero" : ""))
			return -1;
	return 0;
}

/* The result columns and meta keys of bosett-solve(1). */
int solve_annotate(struct bosett_solver *s, struct bosett_table *t)
{
	struct problem *p = &s->p;
	char buf[1024];

	bosett_explain_prepare(p);
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long tot = u->x + u->e;

		bosett_explain_reason(p, u, buf, sizeof buf);
		if (solve_set_num(s, t, i, "cap", (double)u->cap, 0) || solve_set_num(s, t, i, "fair_share", u->fair, 2) ||
		    solve_set_num(s, t, i, "fair_gap", (double)tot - u->fair, 2) ||
		    solve_set_num(s, t, i, "recommended", (double)tot, 0) ||
		    (p->em_quota > 0 && solve_set_num(s, t, i, "recommended_em", (double)u->e, 0)) ||
		    set_text(s, t, i, "limit", bosett_limit_key(p, u)))
			return BOSETT_EDATA;
		if (s->method == BOSETT_METHOD_OPTIMISE && u->price != 0) {
			if (solve_set_num(s, t, i, "shadow_price", u->price, 4))
				return BOSETT_EDATA;
		} else if (bosett_table_iadd_col(t, "shadow_price") < 0) {
			return BOSETT_EDATA;
		}
		if (set_text(s, t, i, "binding", buf) || solve_reason_facts(s, t, i))
			return BOSETT_EDATA;
	}
	if (solve_flag_column(s, t) != 0)
		return BOSETT_EDATA;
	bosett_table_meta_set(t, "solve.method", bosett_method_name(s->method));
	/* the key the fair shares follow, for the report to explain once */
	bosett_table_meta_set(t, "solve.fair_key", p->m->fair_key);
	if (!strcmp(p->m->fair_key, "population"))
		solve_meta_num(t, "solve.fair_exponent", p->m->fair_exponent);
	/* the engine that answered (solve/dispatch.c) */
	bosett_table_meta_set(t, "solve.engine", s->engine ? s->engine : "none");
	bosett_table_meta_set(t, "solve.status", s->approximate && s->status == BOSETT_SOLVE_FEASIBLE ? "approximate"
	                                                                                          : solve_status_name(s->status));
	snprintf(buf, sizeof buf, "%ld", s->quota);
	bosett_table_meta_set(t, "solve.quota", buf);
	snprintf(buf, sizeof buf, "%ld", s->em_quota);
	bosett_table_meta_set(t, "solve.em_quota", buf);
	if (s->method == BOSETT_METHOD_OPTIMISE) {
		solve_meta_num(t, "solve.objective", s->objective);
		solve_meta_num(t, "solve.gap", s->gap);
		if (!s->approximate)
			solve_meta_num(t, "solve.price.total", s->price_total);
		else
			bosett_table_meta_set(t, "solve.approximate", s->approx_how ? s->approx_how : "");
		if (s->rule_prices && !s->approximate) {
			/* a rule the solver could not price is left out, not written as 0 */
			if (!isnan(s->price_min))
				solve_meta_num(t, "solve.price.min_settle", s->price_min);
			if (!isnan(s->price_continuity))
				solve_meta_num(t, "solve.price.continuity", s->price_continuity);
			if (!isnan(s->price_fairness))
				solve_meta_num(t, "solve.price.fairness", s->price_fairness);
		}
	}
	if (s->status == BOSETT_SOLVE_SHORTFALL) {
		snprintf(buf, sizeof buf, "%ld", s->shortfall);
		bosett_table_meta_set(t, "solve.shortfall", buf);
		bosett_table_meta_set(t, "solve.diagnosis", s->diagnosis);
	}
	return BOSETT_OK;
}
