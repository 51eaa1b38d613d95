/*
 * diagnose.c - when no allocation meets every rule: a quick check of the
 * totals against the caps, then the elastic model that minimises the total
 * violation and says which rules give way (bosett(7), DIAGNOSIS).
 */
#include "solve/solver.h"
#include "base/number.h"
#include "base/tolerance.h"

/* What would place the total (diagnose_ceiling.c), and what gives way
 * first under --allow-shortfall: appended to the diagnosis. */
static void ceiling_words(struct bosett_solver *s, long total, long sum)
{
	const struct problem *p = &s->p;
	double fixed, c = bosett_uniform_ceiling(p, total, (long)s->m->min_settle, &fixed);
	size_t have = strlen(s->diagnosis);

	if (c >= 0)
		bosett_snprintf(s->diagnosis + have, sizeof s->diagnosis - have,
		         "\n  a ceiling of %.1f per 1,000 inhabitants (now %g, max_per_1000) would place the total",
		         c, s->m->max_per_1000);
	else
		bosett_snprintf(s->diagnosis + have, sizeof s->diagnosis - have,
		         "\n  the caps the municipalities and capacities give hold %.0f: %.0f more places are needed "
		         "there", fixed, (double)total - fixed);
	have = strlen(s->diagnosis);
	snprintf(s->diagnosis + have, sizeof s->diagnosis - have,
	         "\n  with --allow-shortfall the total gives way first: at most %ld placed, every cap and the minimum kept", sum);
}

/* Plain-words checks before the solver: the ones a person would do first.
 * Writes the first line of the diagnosis; returns 0 if none applies. */
int solve_precheck(struct bosett_solver *s)
{
	const struct problem *p = &s->p;
	struct variant v = { 0 };
	long sum = 0, L = (long)s->m->min_settle, em_sum = 0;
	size_t shut = 0, optin = 0;

	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];

		if (solve_askable(p, u, &v))
			sum += u->cap;
		else
			shut++;
		if (u->em_ok) {
			optin++;
			em_sum += u->em_cap;
		}
	}
	if (p->quota + p->em_quota > sum) {
		char extra[160] = "";

		if (shut)
			snprintf(extra, sizeof extra, "; %zu of the %zu municipalities have a cap below the minimum of %ld",
			         shut, p->n, L);
		bosett_err(s->diagnosis, "quota %ld is more than the %ld that all caps allow (short by %ld)%s",
		           p->quota + p->em_quota, sum, p->quota + p->em_quota - sum, extra);
		ceiling_words(s, p->quota + p->em_quota, sum);
		return 1;
	}
	if (p->em_quota > 0 && optin == 0) {
		bosett_err(s->diagnosis, "%ld unaccompanied minors, but no municipality has opted in (column em_optin: "
		           "1 for each municipality that settles minors)", p->em_quota);
		return 1;
	}
	if (p->em_quota > em_sum) {
		bosett_err(s->diagnosis, "%ld unaccompanied minors is more than the %ld places (column em_places) of the "
		           "%zu municipalities that opted in (column em_optin; short by %ld)", p->em_quota, em_sum, optin,
		           p->em_quota - em_sum);
		return 1;
	}
	if (p->quota + p->em_quota > 0 && p->quota + p->em_quota < L) {
		bosett_err(s->diagnosis, "quota %ld is less than the minimum of %ld that any one municipality is "
		           "asked for", p->quota + p->em_quota, L);
		return 1;
	}
	return 0;
}

/* The elastic model: every rule group may give way at a price of one per
 * person; the least total violation says which groups collide and by how
 * much. Appends plain-language lines to the diagnosis. */
void solve_diagnose_elastic(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	struct variant el = { 0 };
	glp_prob *lp;
	struct bosett_buf b = { 0 };
	struct giveway *gw = malloc((p->n ? p->n : 1) * sizeof *gw);
	double caps = 0, mins = 0;
	size_t ncap = 0, nmin = 0;

	if (!gw) {
		solve_nomem(s);
		return;
	}
	el.elastic = 1;
	if (!(lp = solve_build(s, t, &el))) {
		free(gw);
		return;
	}
	if (solve_dispatch(s, t, &el, &lp, 0) == BOSETT_SOLVE_INFEASIBLE) {
		bosett_buf_adds(&b, "\n  even with every cap, minimum and regional limit relaxed the totals cannot be met");
		goto out;
	}
	for (size_t i = 0; i < p->n; i++) {
		double c = solve_mip_value(lp, p->mu[i].col_scap), mn = solve_mip_value(lp, p->mu[i].col_smin);

		gw[i].index = i;
		gw[i].amount = c;
		caps += c;
		ncap += c > 0.5;
		mins += mn;
		nmin += mn > 0.5;
	}
	if (caps > 0.5) {
		qsort(gw, p->n, sizeof *gw, solve_cmp_giveway);
		bosett_buf_printf(&b, "\n  caps give way by %.0f %s", caps, caps < 1.5 ? "person" : "people");
		/* one municipality taking all is the solver's pick among equals: name it only in a spread */
		if (ncap > 1) {
			bosett_buf_printf(&b, " in %zu municipalities:", ncap);
			for (size_t k = 0; k < p->n && k < 5 && gw[k].amount > 0.5; k++)
				bosett_buf_printf(&b, "%s %s %s +%.0f", k ? "," : "", p->mu[gw[k].index].code,
				                  p->mu[gw[k].index].name, gw[k].amount);
			if (ncap > 5)
				bosett_buf_adds(&b, ", ...");
		}
	}
	if (mins > 0.5)
		bosett_buf_printf(&b, "\n  the minimum of %g gives way by %.0f %s in %zu %s", s->m->min_settle, mins,
		                  mins < 1.5 ? "person" : "people", nmin, nmin == 1 ? "municipality" : "municipalities");
	for (size_t r = 0; r < p->nregions; r++) {
		double sl = solve_mip_value(lp, p->regions[r].col_slack);

		if (sl > BOSETT_EPS_SLACK)
			bosett_buf_printf(&b, "\n  %s in region %s give way by %.1f (capacity %g)",
			                  bosett_use_columns[p->regions[r].res], p->regions[r].region_name, sl,
			                  p->regions[r].capacity);
	}
out:
	if (b.data) {
		size_t have = strlen(s->diagnosis);

		snprintf(s->diagnosis + have, sizeof s->diagnosis - have, "%s", b.data);
	}
	bosett_buf_free(&b);
	free(gw);
	glp_delete_prob(lp);
}

/* The most the rules allow to place, up to the totals. */
int solve_max_placed(struct bosett_solver *s, const struct bosett_table *t, long *placed, long *placed_em)
{
	struct variant v = { 0 };
	glp_prob *lp;
	enum bosett_solve_status st;

	v.max_placed = 1;
	if (!(lp = solve_build(s, t, &v)))
		return -1;
	st = solve_dispatch(s, t, &v, &lp, 0);
	*placed = *placed_em = 0;
	if (st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE)
		for (size_t i = 0; i < s->p.n; i++) {
			*placed += lround(solve_mip_value(lp, s->p.mu[i].col_x));
			*placed_em += lround(solve_mip_value(lp, s->p.mu[i].col_e));
		}
	/* no municipality can be asked at all: the most that fits is 0 */
	if (glp_get_num_cols(lp) == 0)
		st = BOSETT_SOLVE_OPTIMAL;
	glp_delete_prob(lp);
	return st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE ? 0 : -1;
}
