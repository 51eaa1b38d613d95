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
#include "solve/anchor.h"

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
		snprintf(buf, n, "the ceiling of %g per 1000 inhabitants (%ld)", m->max_per_1000, u->cap);
		break;
	default:
		snprintf(buf, n, "%s %g at %g per person (%ld)", bosett_use_columns[u->cap_source - CAP_USE],
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
		snprintf(b, n, "%g", u->last);
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

/* "asked rather than Tingvoll: last year 10 against 5, anchor ..., fair share ..." */
static void rival_words(const struct problem *p, const struct muni *u, const struct muni *r, int asked, char *b,
                        size_t n)
{
	static const char *const by_words[2][3] = {
		{ "a weaker claim on a place", "equal claims: the earlier kommunenummer goes first",
		  "equal claims: the solver's pick between equals" },
		{ "a stronger claim on a place", "equal claims: the earlier kommunenummer goes first",
		  "equal claims: the solver's pick between equals" },
	};
	char lu[96], lr[96];
	char last[256] = "";

	last_words(u, lu, sizeof lu);
	last_words(r, lr, sizeof lr);
	/* last year's numbers only where either has one */
	if (u->has_prev || r->has_prev)
		snprintf(last, sizeof last, "last year %s against %s, ", u->has_prev ? lu : "none", r->has_prev ? lr : "none");
	snprintf(b, n, "%s%s%s: %sfair share %.1f against %.1f, %s", asked ? "asked rather than " : "", r->name,
	         asked ? "" : " was asked instead", last, u->fair, r->fair, by_words[asked][rival_by(p, u, r, asked)]);
}

static void reason_body(const struct problem *p, const struct muni *u, char *buf, size_t n);

/* Not asked because of its own answers (an offer of 0, a council that said
 * no) or held at 0 by continuity alone: these words, never a rival's
 * "stronger claim". 0 when none applies. */
static int not_asked_words(const struct problem *p, const struct muni *u, char *buf, size_t n)
{
	char aw[128], flag[160] = "";

	if (u->flagged)
		snprintf(flag, sizeof flag, "; its fair share is %.1f, and continuity alone holds it at 0: flagged for the "
		         "adviser to weigh", u->fair);
	if (u->has_offer && u->offered < 1)
		snprintf(buf, n, "not asked: it offers no places this year (offered 0)");
	else if (u->anchor == ANCHOR_SAID_NO)
		snprintf(buf, n, "not asked: %s, and the criteria do not weigh heavily enough to ask it anyway%s",
		         solve_anchor_words(u, aw, sizeof aw), flag);
	else if (u->flagged)
		snprintf(buf, n, "not asked this year, nor last year%s", flag);
	else
		return 0;
	(void)p;
	return 1;
}

/* The reason, and where a criterion moved the fair share, which and by how
 * much: the departures of the default from practice say what caused them. */
void bosett_explain_reason(const struct problem *p, const struct muni *u, char *buf, size_t n)
{
	size_t len;

	reason_body(p, u, buf, n);
	/* asked though its council said no last year: the reason says so first */
	if (u->anchor == ANCHOR_SAID_NO && u->x + u->e > 0) {
		char body[1024], aw[128];

		snprintf(body, sizeof body, "%s", buf);
		snprintf(buf, n, "asked though %s; %s",
		         solve_anchor_words(u, aw, sizeof aw), body);
	}
	len = strlen(buf);
	/* anchored on a decision below the request: said once, at the end */
	if (u->anchor == ANCHOR_DECISION && u->limit != LIMIT_NOT_ASKED && len < n) {
		if (u->req_prev >= 0)
			snprintf(buf + len, n - len, "; last year's number is the council's decision (IMDi asked for %g)",
			         u->req_prev);
		else
			snprintf(buf + len, n - len, "; last year's number is the council's decision");
		len = strlen(buf);
	}
	if (u->moved_in >= 0 && fabs(u->fair - u->fair_key) >= 0.5 && len < n)
		snprintf(buf + len, n - len, "; secondary moves %s its fair share by %.1f (%g refugees settled elsewhere "
		         "moved in last year)", u->fair < u->fair_key ? "lower" : "raise", fabs(u->fair - u->fair_key),
		         u->moved_in);
}

static void reason_body(const struct problem *p, const struct muni *u, char *buf, size_t n)
{
	const struct bosett_model *m = p->m;
	long L = (long)m->min_settle, tot = u->x + u->e;
	char cap[160], price[96] = "", em[64] = "", lw[96], head[256] = "";
	const struct muni *r;

	cap_words(m, u, cap, sizeof cap);
	last_words(u, lw, sizeof lw);
	if (u->price != 0)
		snprintf(price, sizeof price, "; one more would be worth %.3f", u->price);
	if (u->e > 0)
		snprintf(em, sizeof em, " (%ld unaccompanied minor%s)", u->e, u->e == 1 ? "" : "s");
	/* a cut says so first: clearly fewer than last year */
	if (tot > 0 && u->has_prev && u->last >= 5 && (double)tot < 0.8 * u->last) {
		if (m->continuity_scaled && u->prev < 0.8 * u->last)
			snprintf(head, sizeof head, "%s last year, %ld now (the county's total is %.0f %% of last year's): ",
			         lw, tot, 100 * u->prev / u->last);
		else
			snprintf(head, sizeof head, "%s last year, %ld now: ", lw, tot);
	}
	switch (u->limit) {
	case LIMIT_NONE:
		snprintf(buf, n, "share %.4f of the key, rounded", u->share);
		return;
	case LIMIT_NOT_ASKED: {
		char why[400];

		r = bosett_explain_rival(p, u, NULL);
		why[0] = '\0';
		if (not_asked_words(p, u, buf, n))
			return;
		if (u->cap < (L > 0 ? L : 1)) {
			snprintf(why, sizeof why, "%s is below the minimum of %ld", cap, L);
		} else {
			size_t k = 0;

			if (u->has_prev && u->last > 0 && m->continuity_scaled && u->prev < (double)L)
				k = (size_t)snprintf(why, sizeof why, "last year's %s scaled to this year's total is %.1f, below "
				                     "the minimum of %ld%s", lw, u->prev, L, r ? "; " : "");
			else if (u->fair < L)
				k = (size_t)snprintf(why, sizeof why, "fair share %.1f is below the minimum of %ld%s", u->fair, L,
				                     r ? "; " : "");
			if (r && k < sizeof why)
				rival_words(p, u, r, 0, why + k, sizeof why - k);
			else if (!k)
				snprintf(why, sizeof why, "the total is placed where it fits the criteria better");
		}
		if (u->anchor == ANCHOR_DECISION) {
			char aw[128];

			snprintf(buf, n, "not asked this year though %s, because %s", solve_anchor_words(u, aw, sizeof aw), why);
		} else if (u->has_prev && u->last >= 1)
			snprintf(buf, n, "not asked this year though asked for %s last year, because %s", lw, why);
		else
			snprintf(buf, n, "not asked: %s", why);
		return;
	}
	case LIMIT_CAP:
		snprintf(buf, n, "%sat cap: %s%s%s", head, cap, em, price);
		return;
	case LIMIT_REGION: {
		const struct regional *rg = &p->regions[u->region_row];

		snprintf(buf, n, "%s%s of region %s are full (%g for the region)%s%s", head, bosett_use_columns[rg->res],
		         rg->region_name, rg->capacity, em, price);
		return;
	}
	case LIMIT_EM:
		snprintf(buf, n, "at its places for unaccompanied minors (%ld)%s", u->em_cap, price);
		return;
	case LIMIT_OFFERED:
		snprintf(buf, n, "%sat its offer: it says it can settle %g this year (offered)%s%s", head, u->offered, em,
		         price);
		return;
	case LIMIT_OFFER_EXCEEDED:
		snprintf(buf, n, "%sabove its offer of %g by %g: the county's total cannot be placed otherwise%s", head,
		         u->offered, (double)tot - u->offered, em);
		return;
	case LIMIT_MIN: {
		char sel[320] = "";

		if (u->price != 0)
			snprintf(price, sizeof price, "; each person the minimum adds here costs %.3f", u->price);
		if ((r = rival(p, u, 1)) != NULL) {
			sel[0] = ';', sel[1] = ' ';
			rival_words(p, u, r, 1, sel + 2, sizeof sel - 2);
		}
		if (u->fair >= L && u->has_prev && u->prev < L)
			snprintf(buf, n, "%sat the minimum of %ld: last year's %s scaled to this year's total is %.1f, below it "
			         "(fair share %.1f)%s%s%s", head, L, lw, u->prev, u->fair, sel, em, price);
		else
			snprintf(buf, n, "%sat the minimum of %ld (fair share %.1f)%s%s%s", head, L, u->fair, sel, em, price);
		return;
	}
	case LIMIT_FAIR:
		snprintf(buf, n, "%sfair share %.1f%s", head, u->fair, em);
		return;
	case LIMIT_CONTINUITY: {
		const char *edge = "";

		if (m->continuity_band > 0 && fabs((double)tot - u->prev * (1 - m->continuity_band)) < 1 &&
		    (double)tot < u->prev - 0.5)
			edge = "at the lower edge of the band, ";
		else if (m->continuity_band > 0 && fabs((double)tot - u->prev * (1 + m->continuity_band)) < 1 &&
		         (double)tot > u->prev + 0.5)
			edge = "at the upper edge of the band, ";
		if (m->continuity_scaled && fabs(u->prev - u->last) > 0.05)
			snprintf(buf, n, "%s%s fair share %.1f: %skept near last year's %s, scaled to this year's total "
			         "%.1f (continuity)%s", head, (double)tot > u->fair ? "above" : "below", u->fair, edge, lw, u->prev,
			         em);
		else
			snprintf(buf, n, "%s%s fair share %.1f: %skept near last year's %s (continuity)%s", head,
			         (double)tot > u->fair ? "above" : "below", u->fair, edge, lw, em);
		return;
	}
	default:
		if (u->lower > 0 && u->x == u->lower)
			snprintf(buf, n, "kept at %ld from the smaller scenario", u->lower);
		else if (u->has_prev && u->last > 0 && (double)tot > u->prev + 0.5 && (double)tot <= u->fair + 0.5)
			snprintf(buf, n, "%sabove last year's %s scaled to this year's total (%.1f), toward its fair share "
			         "%.1f: it takes the people the minimum or the caps move from others%s", head, lw, u->prev,
			         u->fair, em);
		else if (u->has_prev && u->last > 0 && (double)tot < u->prev - 0.5 && (double)tot >= u->fair - 0.5)
			snprintf(buf, n, "%sbelow last year's %s scaled to this year's total (%.1f), toward its fair share "
			         "%.1f: it gives up the people the minimum moves to others%s", head, lw, u->prev, u->fair, em);
		else if ((double)tot > u->fair)
			snprintf(buf, n, "%sabove fair share %.1f: %s%s", head, u->fair,
			         u->score > 0 ? "its score pulls it up" : "takes what others cannot", em);
		else
			snprintf(buf, n, "%sbelow fair share %.1f: %s%s", head, u->fair,
			         u->score < 0 ? "its score pulls it down" : "the total is short elsewhere", em);
		return;
	}
}
