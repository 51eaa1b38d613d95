/*
 * explain.c - the reason for every number, in words (the `binding` and
 * `limit` columns of bosett-solve(1)). The limit is decided from the whole-
 * number solution (solve_glpk.c, classify); its shadow price comes from the
 * LP with the yes/no choices fixed. Words are English; bosett-report
 * translates from the `limit` key.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "solve_internal.h"

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

void bosett_explain_reason(const struct problem *p, const struct muni *u, char *buf, size_t n)
{
	const struct bosett_model *m = p->m;
	long L = (long)m->min_settle, tot = u->x + u->e;
	char cap[160], price[96] = "", em[64] = "";

	cap_words(m, u, cap, sizeof cap);
	if (u->price != 0)
		snprintf(price, sizeof price, "; one more would be worth %.3f", u->price);
	if (u->e > 0)
		snprintf(em, sizeof em, " (%ld unaccompanied minors)", u->e);
	switch (u->limit) {
	case LIMIT_NONE:
		snprintf(buf, n, "share %.4f of the key, rounded", u->share);
		return;
	case LIMIT_NOT_ASKED:
		if (u->has_prev && u->last >= 1) {
			/* a drop says so: asked last year, not now, and why */
			/* 2.5 is a ":" (1-4 people, suppressed): real figures are whole */
			int k = u->last == 2.5 ? snprintf(buf, n, "not asked this year though asked for 1-4 (suppressed) last "
			                                  "year: ")
			                       : snprintf(buf, n, "not asked this year though asked for %g last year: ", u->last);

			if (k < 0 || (size_t)k >= n)
				return;
			buf += k, n -= (size_t)k;
			if (u->cap < (L > 0 ? L : 1))
				snprintf(buf, n, "%s is below the minimum of %ld", cap, L);
			else
				snprintf(buf, n, "last year's number scaled to this year's total is %.1f, nearer 0 than the "
				         "minimum of %ld", u->prev, L);
			return;
		}
		if (u->cap < (L > 0 ? L : 1))
			snprintf(buf, n, "not asked: %s is below the minimum of %ld", cap, L);
		else if (u->fair < L)
			snprintf(buf, n, "not asked: fair share %.1f is below the minimum of %ld", u->fair, L);
		else
			snprintf(buf, n, "not asked: the total is placed where it fits the criteria better");
		return;
	case LIMIT_CAP:
		snprintf(buf, n, "at cap: %s%s%s", cap, em, price);
		return;
	case LIMIT_REGION: {
		const struct regional *r = &p->regions[u->region_row];

		snprintf(buf, n, "%s of region %s are full (%g for the region)%s%s", bosett_use_columns[r->res],
		         r->region_name, r->capacity, em, price);
		return;
	}
	case LIMIT_EM:
		snprintf(buf, n, "at its places for unaccompanied minors (%ld)%s", u->em_cap, price);
		return;
	case LIMIT_MIN:
		if (u->price != 0)
			snprintf(price, sizeof price, "; each person the minimum adds here costs %.3f", u->price);
		snprintf(buf, n, "at the minimum of %ld (fair share %.1f)%s%s", L, u->fair, em, price);
		return;
	case LIMIT_FAIR:
		snprintf(buf, n, "fair share %.1f%s", u->fair, em);
		return;
	case LIMIT_CONTINUITY:
		if (m->continuity_scaled && fabs(u->prev - u->last) > 0.05)
			snprintf(buf, n, "%s fair share %.1f: kept near last year's %g, scaled to this year's total "
			         "%.1f (continuity)%s", (double)tot > u->fair ? "above" : "below", u->fair, u->last, u->prev, em);
		else
			snprintf(buf, n, "%s fair share %.1f: kept near last year's %g (continuity)%s",
			         (double)tot > u->fair ? "above" : "below", u->fair, u->last, em);
		return;
	default:
		if (u->lower > 0 && u->x == u->lower)
			snprintf(buf, n, "kept at %ld from the smaller scenario", u->lower);
		else if ((double)tot > u->fair)
			snprintf(buf, n, "above fair share %.1f: %s%s", u->fair,
			         u->score > 0 ? "its score pulls it up" : "takes what others cannot", em);
		else
			snprintf(buf, n, "below fair share %.1f: %s%s", u->fair,
			         u->score < 0 ? "its score pulls it down" : "the total is short elsewhere", em);
		return;
	}
}
