/*
 * prove.c - each reason proven by its counterfactual (bosett(7),
 * EXPLANATION): every policy rule in force is relaxed alone, as a model
 * file would relax it, and the county solved again; a municipality's
 * reason is the rule whose relaxation moves its number most, and the
 * number it would then get is the `without_rule` column. Where no rule
 * moves it, the reason is its share by the key: rounded to the nearest
 * whole number, or adjusted to meet the total, or (rarely) several rules
 * at once. The main decision: relax through a copy of the model and a
 * fresh load of the table, never through solver switches, so that what
 * the reason claims is exactly what a user gets with the edited model file.
 * One rule no model key relaxes: the municipality's own cap, a figure of
 * the table (max_settle replaces the per-capita ceiling, bosett(7) DATA);
 * it is relaxed as the table with its max_settle cells left empty.
 * The solves themselves are the handle's (solver.c, solve_prove_reasons);
 * this file says what to relax and what the answers mean.
 */
#include "solve/solver.h"

/* The relaxation of each rule in model-file terms (bosett-model(5)). */
void solve_relax_rule(struct bosett_model *m, int rule)
{
	switch (rule) {
	case RULE_CONTINUITY: m->continuity_weight = 0; break;   /* "continuity": {"weight": 0} */
	case RULE_MIN: m->min_settle = 0; break;                 /* "min_settle": 0 */
	case RULE_PER_CAPITA:                                   /* "max_per_1000": 1000, "max_times_average": 0 */
		m->max_per_1000 = 1000;
		m->max_times_average = 0;
		break;
	case RULE_SCORE: m->score_weight = 0; break;            /* "score_weight": 0 */
	case RULE_MOVED_IN: m->moved_in_weight = 0; break;      /* "moved_in_weight": 0 */
	case RULE_CRITERIA: m->corridor = 0; break;             /* "corridor": 0: the anchor is the target */
	case RULE_OFFERED: m->offered_weight = 0; break;        /* "offered_weight": 0: the offer no ceiling */
	case RULE_EM: m->em_use = 0.01; break;                  /* "em_use": 0.01: a hundred times the places */
	case RULE_OWN_CAP: m->no_own_cap = 1; break;            /* the table's max_settle cells left empty */
	default:
		if (rule >= RULE_USE && rule < RULE_USE + NUSE)
			m->use[rule - RULE_USE] = 0;                /* "use": {"jobs": 0} */
		break;
	}
}

/* Is the rule in force and can it touch any municipality? A rule that
 * cannot is not solved again (its relaxation changes nothing). */
int solve_rule_on(const struct problem *p, int rule)
{
	const struct bosett_model *m = p->m;
	int any = 0;

	for (size_t i = 0; i < p->n && !any; i++) {
		const struct muni *u = &p->mu[i];

		switch (rule) {
		case RULE_CONTINUITY: any = m->continuity_weight > 0 && u->has_prev; break;
		case RULE_MIN: any = m->min_settle > 0; break;
		case RULE_PER_CAPITA: any = u->cap_source == CAP_PER_CAPITA; break;
		case RULE_SCORE: any = m->score_weight != 0 && u->score != 0; break;
		case RULE_MOVED_IN: any = m->moved_in_weight > 0 && u->moved_in > 0; break;
		case RULE_CRITERIA: any = u->target >= 0 && fabs(u->target - u->prev) >= 0.05; break;
		case RULE_OFFERED: any = m->offered_weight > 0 && u->has_offer; break;
		case RULE_EM: any = p->em_quota > 0 && u->em_ok; break;
		case RULE_OWN_CAP: any = u->cap_source == CAP_OWN; break;
		default: any = m->use[rule - RULE_USE] > 0 && u->cap_source == CAP_USE + (rule - RULE_USE); break;
		}
	}
	if (!any && rule >= RULE_USE)
		for (size_t r = 0; r < p->nregions && !any; r++)
			any = p->regions[r].res == rule - RULE_USE;
	return any;
}

/* The rule a classified limit names, or -1 (no relaxable rule). */
static int rule_of_limit(const struct problem *p, const struct muni *u)
{
	switch (u->limit) {
	case LIMIT_CONTINUITY: return RULE_CONTINUITY;
	case LIMIT_CRITERIA: return RULE_CRITERIA;
	case LIMIT_MIN:
	case LIMIT_NOT_ASKED: return p->m->min_settle > 0 ? RULE_MIN : -1;
	case LIMIT_OFFERED:
	case LIMIT_OFFER_EXCEEDED: return RULE_OFFERED;
	case LIMIT_EM: return RULE_EM;
	case LIMIT_CAP:
		if (u->cap_source == CAP_PER_CAPITA)
			return RULE_PER_CAPITA;
		return u->cap_source >= CAP_USE ? RULE_USE + (u->cap_source - CAP_USE) : RULE_OWN_CAP;
	case LIMIT_REGION: return RULE_USE + p->regions[u->region_row].res;
	default: return -1;
	}
}

/* The reason of one municipality from the counterfactuals cf[rule]
 * (NULL: not solved). */
static void decide(const struct problem *p, struct muni *u, size_t i, long *const *cf)
{
	long x = u->x + u->e;
	int cr = rule_of_limit(p, u), best = -1;
	long bd = 0;

	u->without = -1;
	/* held at 0 "by continuity alone" only if without continuity it is asked */
	if (u->flagged && cf[RULE_CONTINUITY] && cf[RULE_CONTINUITY][i] == 0)
		u->flagged = 0;
	/* the key's share rounded to the nearest whole number is its own reason */
	if (x == lround(u->fair) && !(x == 0 && u->limit == LIMIT_NOT_ASKED && u->fair >= 0.5)) {
		u->rule = RULE_KEY;
		return;
	}
	/* a rule of its own before a rule of the others, then the larger move,
	 * then the classified limit, then the order of the rules */
	for (int k = 0; k <= NRULES; k++) {
		/* k = 0 the classified rule, then every other rule in order */
		int r = k == 0 ? cr : k - 1 + (cr >= 0 && k - 1 >= cr);
		long d;

		if (r < 0 || r >= NRULES || !cf[r] || cf[r][i] == x)
			continue;
		u->rule = r;
		u->without = cf[r][i];
		d = labs(cf[r][i] - x) + (bosett_rule_direct(p, u) ? 1000000 : 0);
		if (d > bd) {
			best = r;
			bd = d;
		}
	}
	u->without = -1;
	if (best >= 0) {
		u->rule = best;
		u->without = cf[best][i];
	} else if (cr >= 0 && !cf[cr] && !p->proved) {
		u->rule = cr; /* not proven: no counterfactual was solved */
	} else if (fabs((double)x - u->fair) < 1) {
		u->rule = RULE_KEY_TOTAL;
	} else {
		u->rule = RULE_COMBINED;
	}
}

/* Is the rule the municipality's own (it holds this number) or another's
 * (it moves people to or from this one)? */
int bosett_rule_direct(const struct problem *p, const struct muni *u)
{
	long x = u->x + u->e;
	/* its own cap holds it: at the cap, or shut out by a cap below its minimum */
	int held = x >= u->cap || (x == 0 && u->cap < (u->min > 0 ? u->min : 1));

	switch (u->rule) {
	case RULE_CONTINUITY:
		return u->has_prev && (u->without < 0 || fabs((double)u->without - u->prev) > fabs((double)x - u->prev));
	case RULE_MIN: return x == 0 || x == u->min;
	case RULE_PER_CAPITA: return held && u->cap_source == CAP_PER_CAPITA;
	/* its own score, where it moved the number the way the score points */
	case RULE_SCORE: return u->score != 0 && (u->without < 0 || (u->score > 0) == (x > u->without));
	case RULE_MOVED_IN: return u->moved_in > 0 && fabs(u->fair - u->fair_key) >= 0.005;
	case RULE_CRITERIA: return u->target >= 0 && fabs(u->target - u->prev) >= 0.5;
	/* held by its own offer: at or above it, or not asked on an offer of 0 */
	case RULE_OFFERED: return u->has_offer && ((double)x >= u->offered || (x == 0 && u->offered < 1));
	case RULE_EM: return u->em_ok && u->e >= u->em_cap;
	case RULE_OWN_CAP: return held && u->cap_source == CAP_OWN;
	default:
		if (u->rule >= RULE_USE && u->rule < RULE_USE + NUSE)
			return (held && u->cap_source == CAP_USE + (u->rule - RULE_USE)) ||
			       (u->limit == LIMIT_REGION && p->regions[u->region_row].res == u->rule - RULE_USE);
		return 1;
	}
}

void solve_decide_reasons(struct problem *p, long *const *cf, int proved)
{
	p->proved = proved;
	for (size_t i = 0; i < p->n; i++)
		decide(p, &p->mu[i], i, cf);
}
