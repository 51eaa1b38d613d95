/*
 * explain.c - the reason for every number, in words (the `binding` and
 * `limit` columns of bosett-solve(1)). The limit is decided from the whole-
 * number solution (explain/annotate.c, classify); its shadow price comes from the
 * LP with the yes/no choices fixed. Words are English; bosett-report
 * translates from the `limit` key.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/tolerance.h"
#include "base/number.h"
#include "solve/anchor.h"
#include "solve/solve_internal.h"

static const char *region_key(int res)
{
	static const char *keys[NUSE] = { "region_housing_units", "region_adult_ed", "region_upper_secondary",
	                                  "region_jobs" };

	return keys[res];
}

const char *bosett_limit_key(const struct problem *p, const struct muni *u)
{
	switch (u->limit) {
	case LIMIT_NOT_ASKED: return "not_asked";
	case LIMIT_CAP:
		if (u->cap_source == CAP_OWN)
			return "max_settle";
		if (u->cap_source == CAP_PER_CAPITA)
			return "per_capita";
		return bosett_use_columns[u->cap_source - CAP_USE];
	case LIMIT_REGION: return region_key(p->regions[u->region_row].res);
	case LIMIT_MIN: return "min_settle";
	case LIMIT_FAIR: return "fair_share";
	case LIMIT_CONTINUITY: return "continuity";
	case LIMIT_CRITERIA: return "criteria";
	case LIMIT_EM: return "em_places";
	case LIMIT_TOTAL: return "total";
	case LIMIT_OFFERED: return "offered";
	case LIMIT_OFFER_EXCEEDED: return "offered_exceeded";
	default: return "none";
	}
}

static void cap_words(const struct bosett_model *m, const struct muni *u, char *buf, size_t n)
{
	switch (u->cap_source) {
	case CAP_OWN:
		snprintf(buf, n, "its own cap (max_settle %ld)", u->cap);
		break;
	case CAP_PER_CAPITA:
		bosett_snprintf(buf, n, "the ceiling of %g per 1000 inhabitants (%ld)", m->max_per_1000, u->cap);
		break;
	default:
		bosett_snprintf(buf, n, "%s %g at %g per person (%ld)", bosett_use_columns[u->cap_source - CAP_USE],
		         u->cap_input, m->use[u->cap_source - CAP_USE], u->cap);
		break;
	}
}

/* Last year's number in words: ":" (2.5) is "1-4 (suppressed)". */
static const char *last_words(const struct muni *u, char *b, size_t n)
{
	if (u->last == 2.5)
		snprintf(b, n, "1-4 (suppressed)");
	else
		bosett_snprintf(b, n, "%g", u->last);
	return b;
}

/* What asking the minimum gains over asking no one: the claim a
 * municipality has on a place at the margin (bosett(7), EXPLANATION). */
static double claim(const struct problem *p, const struct muni *u)
{
	struct variant v = { 0 };
	double L = p->m->min_settle > 0 ? p->m->min_settle : 1;

	return bosett_value(p->m, u, L, &v) - bosett_value(p->m, u, 0, &v);
}

/* The closest rivals at the margin, found once for all reasons (a search
 * per municipality was quadratic): the municipality not asked (that could
 * be) with the highest claim, and the one asked at the minimum with the
 * lowest. Ties go to the earlier kommunenummer (row order). */
void bosett_explain_prepare(struct problem *p)
{
	double cout = 0, cin = 0;
	long L = (long)p->m->min_settle;

	p->rival_out = p->rival_in = NULL;
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *r = &p->mu[i];
		long t = r->x + r->e;
		double c;

		if (t == 0 && r->cap >= (L > 0 ? L : 1) && !r->flagged) {
			c = claim(p, r);
			if (!p->rival_out || c > cout + BOSETT_EPS_ZERO)
				p->rival_out = r, cout = c;
		} else if (t == L && r->lower == 0) {
			c = claim(p, r);
			if (!p->rival_in || c < cin - BOSETT_EPS_ZERO)
				p->rival_in = r, cin = c;
		}
	}
}

/* The rival of u: for one asked at the minimum, the strongest not asked;
 * for one not asked, the weakest asked at the minimum. */
static const struct muni *rival(const struct problem *p, const struct muni *u, int asked)
{
	const struct muni *r = asked ? p->rival_out : p->rival_in;

	return r == u ? NULL : r;
}

/* What decides between u and its rival r: the claims, or between equal
 * claims the earlier kommunenummer, or the solver's pick. */
static enum rival_by rival_by(const struct problem *p, const struct muni *u, const struct muni *r, int asked)
{
	if (fabs(claim(p, u) - claim(p, r)) >= BOSETT_EPS_ZERO)
		return RIVAL_BY_CLAIM;
	return strcmp(asked ? u->code : r->code, asked ? r->code : u->code) < 0 ? RIVAL_BY_KOMMUNENR : RIVAL_BY_SOLVER;
}

/* The rival a reason names (the same for every language: the English of
 * reason_body and the `rival` column of explain/annotate.c): asked rather than
 * it at the minimum, or it asked instead of one not asked. */
const struct muni *bosett_explain_rival(const struct problem *p, const struct muni *u, enum rival_by *by)
{
	long L = (long)p->m->min_settle;
	const struct muni *r = NULL;
	int asked = u->limit == LIMIT_MIN;

	if (u->limit == LIMIT_MIN)
		r = rival(p, u, 1);
	else if (u->limit == LIMIT_NOT_ASKED && u->cap >= (L > 0 ? L : 1) && !u->flagged &&
	         u->anchor != ANCHOR_SAID_NO && !(u->has_offer && u->offered < 1))
		r = rival(p, u, 0);
	if (r && by)
		*by = rival_by(p, u, r, asked);
	return r;
}

/* The `rule` key of a reason (bosett-solve(1)): the rule's name as the
 * model file and the `limit` column spell it, or what names no rule. */
const char *bosett_rule_key(const struct problem *p, const struct muni *u)
{
	static const char *const keys[] = { "continuity", "min_settle", "per_capita", "score", "moved_in", "criteria",
		                            "offered", "em_places", "max_settle" };
	static const char *const other[] = { "key", "key_total", "combined" };
	int k = u->rule - RULE_USE;

	if (u->rule < RULE_USE)
		return keys[u->rule];
	if (u->rule >= NRULES)
		return other[u->rule - NRULES];
	/* a capacity pooled over the region, or the municipality's own */
	if (p->m->regional[k] && u->region >= 0)
		return region_key(k);
	return bosett_use_columns[k];
}

/* The rule's own number (the `rule_limit` column): the minimum, the cap,
 * the region's capacity, the anchor, the score, what the secondary moves
 * take off the share; for the key's reasons the share by the key. */
double bosett_rule_limit(const struct problem *p, const struct muni *u)
{
	switch (u->rule) {
	case RULE_CONTINUITY: return u->prev;
	case RULE_MIN: return (double)u->min;
	case RULE_PER_CAPITA:
	case RULE_OWN_CAP: return (double)u->cap;
	case RULE_EM: return (double)u->em_cap;
	case RULE_OFFERED: return u->offered;
	case RULE_SCORE: return u->score;
	case RULE_MOVED_IN: return u->fair_key - u->fair;
	case RULE_CRITERIA: return u->target;
	case RULE_KEY:
	case RULE_KEY_TOTAL:
	case RULE_COMBINED: return u->fair;
	default:
		if (u->limit == LIMIT_REGION && p->regions[u->region_row].res == u->rule - RULE_USE)
			return p->regions[u->region_row].capacity;
		return (double)u->cap;
	}
}

/* "employment rate of the commuting region -1.1, ...": each component of
 * the criteria index that moved u's target by a tenth of a person or more,
 * the largest first (criteria.c). */
static void criteria_words(const struct problem *p, const struct muni *u, char *b, size_t n)
{
	size_t i = (size_t)(u - p->mu), len = 0, K = p->crit_n;
	unsigned char done[64] = { 0 };

	b[0] = '\0';
	for (size_t j = 0; p->crit_move && j < K && j < sizeof done && len < n; j++) {
		const double *mv = p->crit_move + i * K;
		size_t best = K;

		for (size_t k = 0; k < K && k < sizeof done; k++)
			if (!done[k] && fabs(mv[k]) >= 0.05 && (best == K || fabs(mv[k]) > fabs(mv[best])))
				best = k;
		if (best == K)
			break;
		done[best] = 1;
		len += (size_t)bosett_snprintf(b + len, n - len, "%s%s %+.1f", j ? ", " : "", bosett_criterion_words(p, best),
		                        mv[best]);
	}
}

/* A rule that holds this municipality's own number, in words. */
static void direct_words(const struct problem *p, const struct muni *u, char *b, size_t n)
{
	const struct bosett_model *m = p->m;
	long tot = u->x + u->e;
	char cap[160], lw[32];

	cap_words(m, u, cap, sizeof cap);
	last_words(u, lw, sizeof lw);
	switch (u->rule) {
	case RULE_CONTINUITY:
		if (u->anchor == ANCHOR_OFFERED)
			bosett_snprintf(b, n, "kept near its offer of %g, its anchor, as it was not asked last year (continuity)",
			                u->offered);
		else if (m->continuity_scaled && fabs(u->prev - u->last) > 0.005)
			bosett_snprintf(b, n, "kept near last year's %s, %.2f at this year's total (continuity)", lw, u->prev);
		else
			snprintf(b, n, "kept near last year's %s (continuity)", lw);
		return;
	case RULE_MIN:
		if (tot == 0)
			bosett_snprintf(b, n, "not asked: a municipality that is asked gets at least %ld, and its share by the key "
			         "is %.2f", u->min, u->fair);
		else
			bosett_snprintf(b, n, "at the minimum of %ld for a municipality that is asked (share by the key %.2f)", u->min,
			         u->fair);
		return;
	case RULE_SCORE:
		bosett_snprintf(b, n, "its score, %.2f, moves it %s its share by the key, %.2f", u->score,
		         (double)tot > u->fair ? "above" : "below", u->fair);
		return;
	case RULE_MOVED_IN:
		bosett_snprintf(b, n, "secondary moves lower its share by the key by %.1f (%g refugees settled elsewhere moved in "
		         "last year)", u->fair_key - u->fair, u->moved_in);
		return;
	case RULE_CRITERIA: {
		char cw[600];

		criteria_words(p, u, cw, sizeof cw);
		bosett_snprintf(b, n, "the criteria move its target from last year's %s, %.2f at this year's total, to %.2f "
		         "(corridor %g %%): %s", lw, u->prev, u->target, m->corridor, cw);
		return;
	}
	case RULE_EM: snprintf(b, n, "at its places for unaccompanied minors (%ld)", u->em_cap); return;
	case RULE_OFFERED:
		if (tot == 0)
			snprintf(b, n, "not asked: it offers no places this year (offered 0)");
		else
			bosett_snprintf(b, n, "at its offer: it says it can settle %g this year (offered)", u->offered);
		return;
	default:
		if (u->limit == LIMIT_REGION) {
			const struct regional *rg = &p->regions[u->region_row];

			bosett_snprintf(b, n, "%s of region %s are full (%g for the region)", bosett_use_columns[rg->res],
			         rg->region_name, rg->capacity);
		} else if (tot == 0) {
			snprintf(b, n, "not asked: its cap, %s, is below the minimum of %ld", cap, u->min);
		} else {
			snprintf(b, n, "at cap: %s", cap);
		}
		return;
	}
}

/* A rule of other municipalities that moves people to or from this one. */
static void indirect_words(const struct problem *p, const struct muni *u, char *b, size_t n)
{
	static const char *const names[] = { "continuity", "the minimum", "the ceiling per 1,000 inhabitants",
	                                     "the scores", "the correction for secondary moves",
	                                     "the criteria of work and education", "the offers",
	                                     "the places for unaccompanied minors", "the own caps" };
	const char *dir = u->without > u->x + u->e ? "away from it" : "to it";

	if (u->rule < RULE_USE)
		bosett_snprintf(b, n, "%s for other municipalities %s people %s (share by the key %.2f)", names[u->rule],
		                u->rule == RULE_SCORE ? "move" : "moves", dir, u->fair);
	else
		bosett_snprintf(b, n, "the limits of %s elsewhere move people %s (share by the key %.2f)",
		         bosett_use_columns[u->rule - RULE_USE], dir, u->fair);
	(void)p;
}

/* For the analyst only (the `binding` column, never the report's words):
 * the closest rival at the margin, "asked rather than Tingvoll: last
 * year 10 against 5, fair share ... against ..., a stronger claim". */
static void rival_words(const struct problem *p, const struct muni *u, const struct muni *r, int asked, char *b,
                        size_t n)
{
	static const char *const by_words[2][3] = {
		{ "a weaker claim on a place", "equal claims: the earlier kommunenummer goes first",
		  "equal claims: the solver's pick between equals" },
		{ "a stronger claim on a place", "equal claims: the earlier kommunenummer goes first",
		  "equal claims: the solver's pick between equals" },
	};
	char lu[32], lr[32];
	char last[96] = "";

	last_words(u, lu, sizeof lu);
	last_words(r, lr, sizeof lr);
	/* last year's numbers only where either has one */
	if (u->has_prev || r->has_prev)
		snprintf(last, sizeof last, "last year %s against %s, ", u->has_prev ? lu : "none", r->has_prev ? lr : "none");
	bosett_snprintf(b, n, "%s%s%s: %sshare by the key %.2f against %.2f, %s", asked ? "asked rather than " : "", r->name,
	         asked ? "" : " was asked instead", last, u->fair, r->fair, by_words[asked][rival_by(p, u, r, asked)]);
}

static void reason_body(const struct problem *p, const struct muni *u, char *buf, size_t n)
{
	long tot = u->x + u->e;
	char what[800], head[160] = "", lw[32];
	size_t len;

	last_words(u, lw, sizeof lw);
	/* a cut says so first: clearly fewer than last year */
	if (tot > 0 && u->has_prev && u->last >= 5 && (double)tot < 0.8 * u->last) {
		if (p->m->continuity_scaled && u->prev < 0.8 * u->last)
			bosett_snprintf(head, sizeof head, "%s last year, %ld now (the county's total is %.0f %% of last year's): ",
			         lw, tot, 100 * u->prev / u->last);
		else
			snprintf(head, sizeof head, "%s last year, %ld now: ", lw, tot);
	}
	switch (u->rule) {
	case RULE_KEY:
		bosett_snprintf(what, sizeof what, "its share by the key, %.2f, rounded to the nearest whole number", u->fair);
		break;
	case RULE_KEY_TOTAL:
		bosett_snprintf(what, sizeof what, "its share by the key, %.2f, adjusted to %ld so that the county's total is met",
		         u->fair, tot);
		break;
	case RULE_COMBINED:
		bosett_snprintf(what, sizeof what, "its share by the key is %.2f; no single rule decides its number alone", u->fair);
		break;
	default:
		if (bosett_rule_direct(p, u))
			direct_words(p, u, what, sizeof what);
		else
			indirect_words(p, u, what, sizeof what);
		break;
	}
	snprintf(buf, n, "%s%s", head, what);
	len = strlen(buf);
	if (u->without >= 0 && len < n)
		snprintf(buf + len, n - len, "; without this rule it would %s %ld", tot == 0 ? "be asked for" : "get",
		         u->without);
	len = strlen(buf);
	if ((u->limit == LIMIT_MIN || u->limit == LIMIT_NOT_ASKED) && len + 2 < n) {
		enum rival_by by;
		const struct muni *r = bosett_explain_rival(p, u, &by);

		if (r) {
			memcpy(buf + len, "; ", 3);
			rival_words(p, u, r, u->limit == LIMIT_MIN, buf + len + 2, n - len - 2);
		}
	}
	len = strlen(buf);
	if (u->e > 0 && len < n)
		snprintf(buf + len, n - len, " (%ld unaccompanied minor%s)", u->e, u->e == 1 ? "" : "s");
	len = strlen(buf);
	/* the price of the limit, where the reason names a rule */
	if (u->price != 0 && u->rule < NRULES && len < n)
		bosett_snprintf(buf + len, n - len, "; %s %.3f", u->limit == LIMIT_MIN ? "each person the minimum adds here costs"
		                                                                 : "one more would be worth", u->price);
}

/* The municipality's own answers as its reason (bosett(7), ANCHOR): an
 * offer that gave way (said first, then the rule proven to have pushed it
 * there), a council that said no, or a large fair share held at 0 by
 * continuity alone (flagged, never ranked against another's claim). An
 * offer it is held to, or of 0, is the proven rule's own words
 * (direct_words). 0 when none applies. */
static int answer_words(const struct problem *p, const struct muni *u, char *buf, size_t n)
{
	char aw[128], flag[224] = "";
	long tot = u->x + u->e;

	if (u->limit == LIMIT_OFFER_EXCEEDED) {
		size_t k = (size_t)bosett_snprintf(buf, n, "above its offer of %g by %g: the county's total cannot be placed "
		                                   "otherwise", u->offered, (double)tot - u->offered);

		if (k + 2 >= n)
			return 1;
		if (u->rule != RULE_OFFERED) {
			memcpy(buf + k, "; ", 3);
			reason_body(p, u, buf + k + 2, n - k - 2);
		} else if (u->without >= 0) {
			snprintf(buf + k, n - k, "; without this rule it would get %ld", u->without);
		}
		return 1;
	}
	if (u->limit != LIMIT_NOT_ASKED)
		return 0;
	if (u->flagged) {
		size_t k = (size_t)bosett_snprintf(flag, sizeof flag, "; its fair share is %.1f, and continuity alone holds it at "
		                            "0", u->fair);

		if (u->rule == RULE_CONTINUITY && u->without > 0 && k < sizeof flag)
			k += (size_t)snprintf(flag + k, sizeof flag - k, " (without it, it would be asked for %ld)", u->without);
		if (k < sizeof flag)
			snprintf(flag + k, sizeof flag - k, ": flagged for the adviser to weigh");
	}
	if (u->anchor == ANCHOR_SAID_NO)
		snprintf(buf, n, "not asked: %s, and the criteria do not weigh heavily enough to ask it anyway%s",
		         solve_anchor_words(u, aw, sizeof aw), flag);
	else if (u->flagged)
		snprintf(buf, n, "not asked this year, nor last year%s", flag);
	else
		return 0;
	(void)p;
	return 1;
}

/* The reason in English (the `binding` column); a formula baseline has
 * no rules to prove: its number is the key's share, rounded. */
void bosett_explain_reason(const struct problem *p, const struct muni *u, char *buf, size_t n)
{
	size_t len;

	if (u->limit == LIMIT_NONE) {
		bosett_snprintf(buf, n, "share %.4f of the key, rounded", u->share);
		return;
	}
	if (!answer_words(p, u, buf, n))
		reason_body(p, u, buf, n);
	/* asked though its council said no last year: the reason says so first */
	if (u->anchor == ANCHOR_SAID_NO && u->x + u->e > 0) {
		char body[1024], aw[128];

		snprintf(body, sizeof body, "%s", buf);
		snprintf(buf, n, "asked though %s; %s", solve_anchor_words(u, aw, sizeof aw), body);
	}
	/* a departure from the anchor that another rule's reason names: which
	 * criteria moved its target, and by how much (criteria.c) */
	len = strlen(buf);
	if (u->rule != RULE_CRITERIA && u->x + u->e > 0 && u->target >= 0 && fabs(u->target - u->prev) >= 0.5 &&
	    len < n) {
		char cw[600];

		criteria_words(p, u, cw, sizeof cw);
		bosett_snprintf(buf + len, n - len, "; the criteria move its target from %.2f to %.2f: %s", u->prev,
		                u->target, cw);
	}
	/* anchored on a decision below the request: said once, at the end */
	len = strlen(buf);
	if (u->anchor == ANCHOR_DECISION && len < n) {
		if (u->req_prev >= 0)
			bosett_snprintf(buf + len, n - len, "; last year's number is the council's decision (IMDi asked for %g)",
			                u->req_prev);
		else
			snprintf(buf + len, n - len, "; last year's number is the council's decision");
	}
}
