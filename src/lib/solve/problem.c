/*
 * problem.c - the allocation problem read off the table: each municipality's
 * fair share, caps, minimum, last year's number and commuting region, and the
 * regional limits (bosett(7), DATA). Region ids are hashed so the regional
 * work stays linear in the municipalities.
 */
#include "solve/solver.h"
#include "base/tolerance.h"

void solve_problem_free(struct problem *p)
{
	free(p->mu);
	free(p->regions);
	for (size_t i = 0; i < p->nregion_ids; i++)
		free(p->region_ids[i]);
	free(p->region_ids);
	free(p->crit_move);
	free(p->crit_name);
	free(p->crit_label);
	bosett_criteria_free(p);
	memset(p, 0, sizeof *p);
}

static int number(const struct bosett_table *t, size_t row, const char *col, double *v)
{
	return bosett_table_get(t, row, col, v) == BOSETT_CELL_NUMBER;
}

long solve_min_settle(const struct problem *p, const struct variant *v)
{
	return v->no_min ? 0 : (long)p->m->min_settle;
}

/* The minimum of one municipality under a variant: min_settle, or less
 * where the model keeps last year's smaller number (load). */
long solve_muni_min(const struct muni *u, const struct variant *v)
{
	return v->no_min ? 0 : u->min;
}

/* Can the municipality be asked at all under this variant? */
int solve_askable(const struct problem *p, const struct muni *u, const struct variant *v)
{
	long L = solve_muni_min(u, v);

	(void)p;
	if (v->elastic)
		return 1;
	return u->cap >= (L > 0 ? L : 1);
}

long bosett_min_settle(const struct problem *p, const struct variant *v) { return solve_min_settle(p, v); }
long bosett_muni_min(const struct muni *u, const struct variant *v) { return solve_muni_min(u, v); }

int bosett_askable(const struct problem *p, const struct muni *u, const struct variant *v) { return solve_askable(p, u, v); }

static size_t hash_text(const char *t)
{
	size_t h = 2166136261u;

	for (; *t; t++)
		h = (h ^ (unsigned char)*t) * 16777619u;
	return h;
}

/* The index of a region id, added when new (a hash table: a linear search
 * made reading 100,000 municipalities quadratic). */
static int region_index(struct bosett_solver *s, const char *id)
{
	struct problem *p = &s->p;
	size_t mask = s->rhash_cap - 1, h = hash_text(id) & mask;

	for (; s->rhash[h] >= 0; h = (h + 1) & mask)
		if (strcmp(p->region_ids[s->rhash[h]], id) == 0)
			return s->rhash[h];
	if (p->nregion_ids == s->rids_cap) {
		size_t cap = s->rids_cap ? 2 * s->rids_cap : 64;
		char **ids = realloc(p->region_ids, cap * sizeof *ids);

		if (!ids)
			return -1;
		p->region_ids = ids;
		s->rids_cap = cap;
	}
	if (!(p->region_ids[p->nregion_ids] = bosett_strdup(id)))
		return -1;
	s->rhash[h] = (int)p->nregion_ids;
	return (int)p->nregion_ids++;
}

/* The per-capita ceiling (bosett(7), CAPS): max_per_1000, or max_times_average
 * times the county's total per inhabitant where that is higher, so that it
 * grows with the need; and never below the minimum, so that no municipality
 * is shut out by its size alone. */
long bosett_per_capita_cap(const struct bosett_model *m, double pop, double avg)
{
	double c = pop * m->max_per_1000 / 1000;

	if (m->max_times_average > 0) {
		c = fmax(c, pop * m->max_times_average * avg);
		c = fmax(c, m->min_settle);
	}
	return (long)floor(c + BOSETT_EPS_FLOOR);
}

/* Read the rows: fair share, caps and their sources, regions, minors. */
/* One municipality's entry of the problem (bosett(7), DATA): last year's
 * number, its minimum, region, own cap and the caps its capacities give,
 * and the minors it can take. -1 when out of memory. */
static int load_muni(struct bosett_solver *s, const struct bosett_table *t, size_t i,
                     double avg, int kcol, int ncol, int rcol)
{
	const struct bosett_model *m = s->m;
	struct muni *u = &s->p.mu[i];
	double v;

	u->row = i;
	u->code = bosett_table_text(t, i, (size_t)kcol);
	u->name = bosett_table_text(t, i, (size_t)ncol);
	u->region = -1;
	number(t, i, "population", &u->pop);
	if (number(t, i, "score", &v))
		u->score = v;
	solve_anchor_read(m, t, i, u);
	/* asked for fewer than the minimum last year: as few may be asked again */
	u->min = (long)m->min_settle;
	if (m->keep_small && u->has_prev && u->last >= 1 && u->last < m->min_settle && u->last == floor(u->last))
		u->min = (long)u->last;
	/* a municipality that offers fewer than the minimum may be asked for its offer */
	if (u->has_offer && u->offered >= 1 && u->offered < (double)u->min)
		u->min = (long)u->offered;
	if (rcol >= 0 && bosett_table_text(t, i, (size_t)rcol)[0]) {
		u->region = region_index(s, bosett_table_text(t, i, (size_t)rcol));
		if (u->region < 0)
			return -1;
	}
	if (!m->no_own_cap && number(t, i, "max_settle", &v)) {
		u->cap = (long)v;
		u->cap_source = CAP_OWN;
		u->cap_input = v;
	} else {
		u->cap = per_capita_cap(m, u->pop, avg);
		u->cap_source = CAP_PER_CAPITA;
		u->cap_input = u->pop;
	}
	for (int k = 0; k < NUSE; k++) {
		long c;

		if (m->use[k] <= 0 || !number(t, i, bosett_use_columns[k], &v))
			continue;
		if (m->regional[k] && u->region >= 0)
			continue; /* pooled over the region below */
		c = (long)fmin(floor(v / m->use[k] + BOSETT_EPS_FLOOR), (double)u->cap); /* no overflow */
		if (c < u->cap) {
			u->cap = c;
			u->cap_source = CAP_USE + k;
			u->cap_input = v;
		}
	}
	v = 0;
	u->em_ok = bosett_table_get(t, i, "em_optin", &v) == BOSETT_CELL_NUMBER && v == 1;
	if (u->em_ok) {
		double places = 0;

		u->em_cap = number(t, i, "em_places", &places) ? (long)floor(places / m->em_use + BOSETT_EPS_FLOOR) : 0;
		if (u->em_cap > u->cap)
			u->em_cap = u->cap;
	}
	return 0;
}

/* The regional limits (bosett(7), REGIONS): the municipalities by region
 * id in row order, and one limit per region and pooled resource that has
 * figures. -1 when out of memory. */
static int load_regions(struct bosett_solver *s, const struct bosett_table *t, int rncol)
{
	struct problem *p = &s->p;
	const struct bosett_model *m = s->m;
	size_t n = p->n;

	/* municipalities by region id, in row order (a counting sort) */
	free(s->rstart), free(s->rlist);
	s->rstart = calloc(p->nregion_ids + 2, sizeof *s->rstart);
	s->rlist = malloc((n ? n : 1) * sizeof *s->rlist);
	if (!s->rstart || !s->rlist)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (p->mu[i].region >= 0)
			s->rstart[p->mu[i].region + 2]++;
	for (size_t r = 0; r < p->nregion_ids; r++)
		s->rstart[r + 2] += s->rstart[r + 1];
	for (size_t i = 0; i < n; i++)
		if (p->mu[i].region >= 0)
			s->rlist[s->rstart[p->mu[i].region + 1]++] = i;
	/* regional limits: one per region and pooled resource that has figures */
	free(s->rid);
	s->rid = NULL;
	for (size_t r = 0; r < p->nregion_ids; r++) {
		for (int k = 0; k < NUSE; k++) {
			double cap = 0;
			int members = 0;
			const char *rname = NULL;

			if (!m->regional[k] || m->use[k] <= 0)
				continue;
			for (size_t q = s->rstart[r]; q < s->rstart[r + 1]; q++) {
				size_t i = s->rlist[q];
				double v;

				if (!number(t, i, bosett_use_columns[k], &v))
					continue;
				cap += v;
				members++;
				if (!rname && rncol >= 0 && bosett_table_text(t, i, (size_t)rncol)[0])
					rname = bosett_table_text(t, i, (size_t)rncol);
			}
			if (!members)
				continue;
			if (p->nregions == s->regions_cap) {
				size_t c = s->regions_cap ? 2 * s->regions_cap : 64;
				struct regional *rr = realloc(p->regions, c * sizeof *rr);
				int *ri = realloc(s->rid, c * sizeof *ri);

				if (rr)
					p->regions = rr;
				if (ri)
					s->rid = ri;
				if (!rr || !ri)
					return -1;
				s->regions_cap = c;
			}
			{
				struct regional *rr = &p->regions[p->nregions];

				s->rid[p->nregions++] = (int)r;
				memset(rr, 0, sizeof *rr);
				rr->region = p->region_ids[r];
				rr->region_name = rname ? rname : p->region_ids[r];
				rr->res = k;
				rr->capacity = cap;
			}
		}
	}
	return 0;
}

int solve_load(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	const struct bosett_model *m = s->m;
	size_t n = bosett_table_nrows(t);
	double avg = 0;         /* the county's total per inhabitant */
	int kcol = bosett_table_icol(t, "kommunenr"), ncol = bosett_table_icol(t, "kommune");
	int rcol = bosett_table_icol(t, "region"), rncol = bosett_table_icol(t, "region_name");

	solve_problem_free(p);
	s->rids_cap = s->regions_cap = 0;
	free(s->rhash);
	for (s->rhash_cap = 64; s->rhash_cap < 2 * n; s->rhash_cap *= 2)
		;
	s->rhash = malloc(s->rhash_cap * sizeof *s->rhash);
	if (!s->rhash)
		goto oom;
	for (size_t h = 0; h < s->rhash_cap; h++)
		s->rhash[h] = -1;
	p->m = m;
	p->n = n;
	p->crit_shared = s->crit_shared;
	p->quota = s->quota;
	p->em_quota = s->em_quota;
	p->mu = calloc(n ? n : 1, sizeof *p->mu);
	if (!p->mu)
		goto oom;
	for (size_t i = 0; i < n; i++) {
		double v;

		if (number(t, i, "population", &v) && v > 0)
			avg += v;
	}
	avg = avg > 0 ? (double)(s->quota + s->em_quota) / avg : 0;
	for (size_t i = 0; i < n; i++)
		if (load_muni(s, t, i, avg, kcol, ncol, rcol) != 0)
			goto oom;
	if (load_regions(s, t, rncol) != 0)
		goto oom;
	solve_continuity_anchor(p);
	if (bosett_criteria_targets(p, t, s->err) != 0)
		return -1;
	if (bosett_fair_shares(m, t, p->mu, n, s->err) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		p->mu[i].fair = (double)(s->quota + s->em_quota) * p->mu[i].share;
		p->mu[i].fair_key *= (double)(s->quota + s->em_quota);
	}
	return 0;
oom:
	bosett_err(s->err, "out of memory");
	return -1;
}

/* Does regional limit r count municipality u? */
int solve_in_regional(const struct problem *p, const struct regional *r, const struct muni *u,
                       const struct bosett_table *t)
{
	double v;

	return u->region >= 0 && p->region_ids[u->region] == r->region &&
	       number(t, u->row, bosett_use_columns[r->res], &v);
}

/* Largest amount first, then the lower index (row order): for qsort of
 * struct giveway (the diagnosis's slacks, the minors' remainders). */
int solve_cmp_giveway(const void *a, const void *b)
{
	const struct giveway *x = a, *y = b;

	if (x->amount != y->amount)
		return x->amount < y->amount ? 1 : -1;
	return x->index < y->index ? -1 : x->index > y->index;
}
