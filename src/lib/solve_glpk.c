/*
 * solve_glpk.c - the allocation model of bosett(7), built and solved with
 * GLPK. The main decision is the formulation: each municipality's value
 * (score minus the weighted distance from its fair share and from last
 * year's number) is concave on [min_settle, cap] plus the single point 0,
 * and is written in perspective form, the convex hull of "0, or min..cap",
 * with breakpoints at whole numbers. Its LP bound is within a fraction of
 * a percent of the integer optimum, so branch-and-bound closes quickly
 * where the naive big-M form does not (../shared/DOMAIN.md, measured).
 * After the integer solve the yes/no choices are fixed and the LP solved
 * again to read shadow prices; the policy rules are priced by solving
 * without each of them; a rule set that cannot hold is diagnosed with an
 * elastic model that minimises the total violation.
 */
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glpk.h>

#include "internal.h"
#include "solve_internal.h"
#include "solve/exact.h"
#include "solve/improve.h"

struct bosett_solver {
	char err[BOSETT_ERRMAX];
	const struct bosett_model *m;
	long quota, em_quota;
	double time_limit;
	double deadline;         /* glp_time() at which the whole run stops; 0: none */
	enum bosett_method method;
	int allow_shortfall, rule_prices, approximate;
	enum bosett_solve_status status;
	double objective, gap;
	long shortfall;
	double price_min, price_continuity, price_fairness, price_total;
	char diagnosis[BOSETT_ERRMAX];
	glp_prob *lp;            /* the model of the last optimisation */
	struct problem p;
	jmp_buf jump;
	/* what the primal heuristic needs of the model last built */
	struct variant built;    /* its variant */
	int *member;             /* NUSE regional limits per municipality, -1 none */
	struct heur *heur;       /* scratch of the heuristic, NULL when off */
	long heur_calls;
	int cuts_added;
	/* indexes that keep the regional work linear in the municipalities */
	size_t *rstart, *rlist;  /* municipalities by region id, in row order */
	int *rid;                /* region id of each regional limit */
	int *rhash;              /* region id text -> index, open addressing */
	size_t rhash_cap, rids_cap, regions_cap;
};

struct bosett_solver *bosett_solver_new(const struct bosett_model *m)
{
	struct bosett_solver *s = calloc(1, sizeof *s);

	if (s) {
		s->m = m;
		s->rule_prices = 1;
	}
	return s;
}

static void problem_free(struct problem *p)
{
	free(p->mu);
	free(p->regions);
	for (size_t i = 0; i < p->nregion_ids; i++)
		free(p->region_ids[i]);
	free(p->region_ids);
	memset(p, 0, sizeof *p);
}

void bosett_solver_free(struct bosett_solver *s)
{
	if (!s)
		return;
	if (s->lp)
		glp_delete_prob(s->lp);
	problem_free(&s->p);
	free(s->member);
	free(s->rstart), free(s->rlist), free(s->rid), free(s->rhash);
	free(s);
}

/* One time limit for the whole run (solves, prices, diagnoses, scenarios),
 * as glpsol's --tmlim: each GLPK call gets what is left of it, in ms. */
static void deadline_start(struct bosett_solver *s)
{
	s->deadline = s->time_limit > 0 ? glp_time() + s->time_limit * 1000 : 0;
}

static int time_left_ms(const struct bosett_solver *s)
{
	double left;

	if (s->deadline <= 0)
		return INT_MAX;
	left = glp_difftime(s->deadline, glp_time()) * 1000;
	return left < 1 ? 1 : left > INT_MAX ? INT_MAX : (int)left;
}

const char *bosett_solver_error(const struct bosett_solver *s) { return s->err; }
void bosett_solver_set_quota(struct bosett_solver *s, long quota) { s->quota = quota; }
void bosett_solver_set_em_quota(struct bosett_solver *s, long em_quota) { s->em_quota = em_quota; }
void bosett_solver_set_time_limit(struct bosett_solver *s, double seconds) { s->time_limit = seconds; }
void bosett_solver_set_method(struct bosett_solver *s, enum bosett_method m) { s->method = m; }
void bosett_solver_set_allow_shortfall(struct bosett_solver *s, int allow) { s->allow_shortfall = allow; }
void bosett_solver_set_rule_prices(struct bosett_solver *s, int on) { s->rule_prices = on; }
void bosett_solver_set_approximate(struct bosett_solver *s, int on) { s->approximate = on; }
enum bosett_solve_status bosett_solver_status(const struct bosett_solver *s) { return s->status; }
double bosett_solver_objective(const struct bosett_solver *s) { return s->objective; }
double bosett_solver_gap(const struct bosett_solver *s) { return s->gap; }
long bosett_solver_shortfall(const struct bosett_solver *s) { return s->shortfall; }

double bosett_value(const struct bosett_model *m, const struct muni *u, double x, const struct variant *v)
{
	double val = m->score_weight * u->score * x;

	if (!v->no_fairness)
		val -= m->fairness_weight * fabs(x - u->fair);
	if (u->has_prev && !v->no_continuity) {
		double out = fabs(x - u->prev) - m->continuity_band * u->prev;

		if (out > 0)
			val -= m->continuity_weight * out;
	}
	return val;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Whole-number breakpoints of the value on [lo, hi]: the ends, and the
 * floor and ceiling of every kink inside. Returns how many (at most 8). */
static int breakpoints(const struct bosett_model *m, const struct muni *u, const struct variant *v,
                       long lo, long hi, double *bp)
{
	double kinks[3];
	int nk = 0, n = 0, o = 1;

	if (!v->no_fairness)
		kinks[nk++] = u->fair;
	if (u->has_prev && !v->no_continuity) {
		kinks[nk++] = u->prev * (1 - m->continuity_band);
		kinks[nk++] = u->prev * (1 + m->continuity_band);
	}
	bp[n++] = (double)lo;
	bp[n++] = (double)hi;
	for (int k = 0; k < nk; k++) {
		double f = floor(kinks[k]), c = ceil(kinks[k]);

		if (f > lo && f < hi)
			bp[n++] = f;
		if (c > lo && c < hi && c != f)
			bp[n++] = c;
	}
	qsort(bp, (size_t)n, sizeof *bp, cmp_double);
	for (int i = 1; i < n; i++)
		if (bp[i] != bp[o - 1])
			bp[o++] = bp[i];
	return o;
}

static void glpk_error_hook(void *info)
{
	struct bosett_solver *s = info;

	longjmp(s->jump, 1);
}

static int number(const struct bosett_table *t, size_t row, const char *col, double *v)
{
	return bosett_table_get(t, row, col, v) == BOSETT_CELL_NUMBER;
}

static long min_settle(const struct problem *p, const struct variant *v)
{
	return v->no_min ? 0 : (long)p->m->min_settle;
}

/* The minimum of one municipality under a variant: min_settle, or less
 * where the model keeps last year's smaller number (load). */
static long muni_min(const struct muni *u, const struct variant *v)
{
	return v->no_min ? 0 : u->min;
}

/* Can the municipality be asked at all under this variant? */
static int askable(const struct problem *p, const struct muni *u, const struct variant *v)
{
	long L = muni_min(u, v);

	(void)p;
	if (v->elastic)
		return 1;
	return u->cap >= (L > 0 ? L : 1);
}

/* The three above for the solver's other modules (solve_internal.h). */
int bosett_breakpoints(const struct bosett_model *m, const struct muni *u, const struct variant *v, long lo,
                       long hi, double *bp)
{
	return breakpoints(m, u, v, lo, hi, bp);
}

long bosett_min_settle(const struct problem *p, const struct variant *v) { return min_settle(p, v); }
int bosett_askable(const struct problem *p, const struct muni *u, const struct variant *v) { return askable(p, u, v); }

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
	return (long)floor(c + 1e-9);
}
#define per_capita_cap bosett_per_capita_cap

/* The continuity anchor (bosett(7), VALUE): last year's number, scaled by
 * this year's total over last year's total of the same municipalities when
 * the model says so, so that a county whose need halves is not held to
 * last year's level everywhere. */
static void continuity_anchor(struct problem *p)
{
	double sum = 0, f;

	if (!p->m->continuity_scaled)
		return;
	for (size_t i = 0; i < p->n; i++)
		if (p->mu[i].has_prev)
			sum += p->mu[i].last;
	f = sum > 0 ? (double)(p->quota + p->em_quota) / sum : 1;
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].prev = p->mu[i].last * f;
}

/* Read the rows: fair share, caps and their sources, regions, minors. */
static int load(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	const struct bosett_model *m = s->m;
	const char *prevcol = m->continuity_column;
	size_t n = bosett_table_nrows(t);
	double avg = 0;         /* the county's total per inhabitant */
	int kcol = bosett_table_col(t, "kommunenr"), ncol = bosett_table_col(t, "kommune");
	int rcol = bosett_table_col(t, "region"), rncol = bosett_table_col(t, "region_name");

	problem_free(p);
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
	if (!prevcol[0])
		prevcol = bosett_table_col(t, "requested_prev") >= 0 ? "requested_prev" : "decided_prev";
	for (size_t i = 0; i < n; i++) {
		struct muni *u = &p->mu[i];
		double v;
		enum bosett_cell pk;

		u->row = i;
		u->code = bosett_table_text(t, i, (size_t)kcol);
		u->name = bosett_table_text(t, i, (size_t)ncol);
		u->region = -1;
		number(t, i, "population", &u->pop);
		if (number(t, i, "score", &v))
			u->score = v;
		pk = bosett_table_get(t, i, prevcol, &v);
		if (m->continuity_weight > 0 &&
		    (pk == BOSETT_CELL_NUMBER || pk == BOSETT_CELL_ABSENT || pk == BOSETT_CELL_SUPPRESSED)) {
			u->has_prev = 1;
			/* "." is "not asked last year"; ":" a real figure of 1-4, taken as its middle */
			u->last = pk == BOSETT_CELL_NUMBER ? v : pk == BOSETT_CELL_SUPPRESSED ? 2.5 : 0;
			u->prev = u->last;
		}
		/* asked for fewer than the minimum last year: as few may be asked again */
		u->min = (long)m->min_settle;
		if (m->keep_small && u->has_prev && u->last >= 1 && u->last < m->min_settle && u->last == floor(u->last))
			u->min = (long)u->last;
		if (rcol >= 0 && bosett_table_text(t, i, (size_t)rcol)[0]) {
			u->region = region_index(s, bosett_table_text(t, i, (size_t)rcol));
			if (u->region < 0)
				goto oom;
		}
		if (number(t, i, "max_settle", &v)) {
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
			c = (long)fmin(floor(v / m->use[k] + 1e-9), (double)u->cap); /* no overflow */
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

			u->em_cap = number(t, i, "em_places", &places) ? (long)floor(places / m->em_use + 1e-9) : 0;
			if (u->em_cap > u->cap)
				u->em_cap = u->cap;
		}
	}
	/* municipalities by region id, in row order (a counting sort) */
	free(s->rstart), free(s->rlist);
	s->rstart = calloc(p->nregion_ids + 2, sizeof *s->rstart);
	s->rlist = malloc((n ? n : 1) * sizeof *s->rlist);
	if (!s->rstart || !s->rlist)
		goto oom;
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
					goto oom;
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
	continuity_anchor(p);
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
static int in_regional(const struct problem *p, const struct regional *r, const struct muni *u,
                       const struct bosett_table *t)
{
	double v;

	return u->region >= 0 && p->region_ids[u->region] == r->region &&
	       number(t, u->row, bosett_use_columns[r->res], &v);
}

/* a, _b and _c (when not empty) into buf, cut to n - 1 bytes: names for
 * every row and column, where snprintf was a tenth of a national solve */
static void join_name(char *buf, size_t n, const char *a, const char *b, const char *c)
{
	const char *part[3] = { a, b, c };
	size_t k = 0;

	for (int i = 0; i < 3; i++) {
		size_t len = strlen(part[i]);

		if (i && len && k + 1 < n)
			buf[k++] = '_';
		if (len > n - 1 - k)
			len = n - 1 - k;
		memcpy(buf + k, part[i], len);
		k += len;
	}
	buf[k] = '\0';
}

static void colname(glp_prob *lp, int j, const char *prefix, const char *code)
{
	char buf[64];

	join_name(buf, sizeof buf, prefix, code, "");
	glp_set_col_name(lp, j, buf);
}

/* A row named prefix, prefix_a or prefix_a_b (names safe for LP files). */
static int add_row(glp_prob *lp, const char *prefix, const char *a, const char *b)
{
	char buf[128];
	int r = glp_add_rows(lp, 1);

	join_name(buf, sizeof buf, prefix, a, b);
	for (char *q = buf; *q; q++)
		if (*q == ' ' || *q == '/' || *q == ':' || *q == '\\')
			*q = '_';
	glp_set_row_name(lp, r, buf);
	return r;
}

/* Build the model of bosett(7) under a variant. The constraint names are
 * the ones bosett(7) uses. */
static glp_prob *build(struct bosett_solver *s, const struct bosett_table *t, const struct variant *v)
{
	struct problem *p = &s->p;
	const struct bosett_model *m = s->m;
	glp_prob *lp = glp_create_prob();
	int total, total_em = 0, ind[5], cnt, cnt_em, *ti, *te;
	double val[5], *tv, *tev;
	int value_objective = !v->elastic && !v->max_placed;

	s->built = *v;
	free(s->member);
	s->member = malloc((p->n ? p->n : 1) * NUSE * sizeof *s->member);
	if (!s->member) {
		glp_delete_prob(lp);
		longjmp(s->jump, 2);
	}
	for (size_t i = 0; i < p->n * NUSE; i++)
		s->member[i] = -1;
	glp_set_prob_name(lp, "bosett");
	glp_set_obj_name(lp, v->elastic ? "violation" : v->max_placed ? "placed" : "value");
	glp_set_obj_dir(lp, GLP_MAX);
	total = add_row(lp, "total", "", "");
	if (p->em_quota > 0)
		total_em = add_row(lp, "total_em", "", "");
	ti = malloc((p->n + 1) * sizeof *ti);
	te = malloc((p->n + 1) * sizeof *te);
	tv = malloc((p->n + 1) * sizeof *tv);
	tev = malloc((p->n + 1) * sizeof *tev);
	if (!ti || !te || !tv || !tev) {
		free(ti), free(te), free(tv), free(tev);
		glp_delete_prob(lp);
		longjmp(s->jump, 2);
	}
	cnt = cnt_em = 0;

	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		int has_e = p->em_quota > 0 && u->em_ok && u->em_cap > 0;
		long L = muni_min(u, v);
		int fixed_y = L == 0 || u->lower + u->lower_em > 0;
		double bp[8], v0;
		int nb, r, k;

		u->col_x = u->col_y = u->col_w = u->col_e = u->col_smin = u->col_scap = 0;
		u->row_min = u->row_cap = 0;
		if (!askable(p, u, v))
			continue;
		u->col_x = glp_add_cols(lp, 2);
		u->col_y = u->col_x + 1;
		colname(lp, u->col_x, "x", u->code);
		colname(lp, u->col_y, "y", u->code);
		glp_set_col_kind(lp, u->col_x, GLP_IV);
		if (v->elastic)
			glp_set_col_bnds(lp, u->col_x, GLP_LO, (double)u->lower, 0);
		else
			glp_set_col_bnds(lp, u->col_x, u->lower == u->cap ? GLP_FX : GLP_DB, (double)u->lower,
			                 (double)u->cap);
		glp_set_col_kind(lp, u->col_y, GLP_BV);
		if (fixed_y)
			glp_set_col_bnds(lp, u->col_y, GLP_FX, 1, 1);
		ti[++cnt] = u->col_x;
		tv[cnt] = 1;
		if (has_e) {
			u->col_e = glp_add_cols(lp, 1);
			colname(lp, u->col_e, "e", u->code);
			glp_set_col_kind(lp, u->col_e, GLP_IV);
			glp_set_col_bnds(lp, u->col_e, u->lower_em == u->em_cap ? GLP_FX : GLP_DB, (double)u->lower_em,
			                 (double)u->em_cap);
			te[++cnt_em] = u->col_e;
			tev[cnt_em] = 1;
		}
		if (v->max_placed) {
			glp_set_obj_coef(lp, u->col_x, 1);
			if (has_e)
				glp_set_obj_coef(lp, u->col_e, 1);
		}

		/* min_K: x + e - L y >= 0 (elastic: + smin >= 0) */
		if (L > 0) {
			k = 0;
			ind[++k] = u->col_x; val[k] = 1;
			ind[++k] = u->col_y; val[k] = -(double)L;
			if (has_e) { ind[++k] = u->col_e; val[k] = 1; }
			if (v->elastic) {
				u->col_smin = glp_add_cols(lp, 1);
				colname(lp, u->col_smin, "smin", u->code);
				glp_set_col_bnds(lp, u->col_smin, GLP_LO, 0, 0);
				glp_set_obj_coef(lp, u->col_smin, -1.01);
				ind[++k] = u->col_smin; val[k] = 1;
			}
			u->row_min = add_row(lp, "min", u->code, "");
			glp_set_mat_row(lp, u->row_min, k, ind, val);
			glp_set_row_bnds(lp, u->row_min, GLP_LO, 0, 0);
		}
		/* cap_K: x + e - U y <= 0 (elastic: - scap <= 0) */
		k = 0;
		ind[++k] = u->col_x; val[k] = 1;
		ind[++k] = u->col_y; val[k] = -(double)u->cap;
		if (has_e) { ind[++k] = u->col_e; val[k] = 1; }
		if (v->elastic) {
			u->col_scap = glp_add_cols(lp, 1);
			colname(lp, u->col_scap, "scap", u->code);
			glp_set_col_bnds(lp, u->col_scap, GLP_LO, 0, 0);
			glp_set_obj_coef(lp, u->col_scap, -1);
			ind[++k] = u->col_scap; val[k] = -1;
		}
		u->row_cap = add_row(lp, "cap", u->code, "");
		glp_set_mat_row(lp, u->row_cap, k, ind, val);
		glp_set_row_bnds(lp, u->row_cap, GLP_UP, 0, 0);
		if (v->elastic) {
			/* ask_K: x + e - (Q + Qem) y <= 0; a cap may give way, "not asked" may not */
			int ra = add_row(lp, "ask", u->code, "");

			k = 0;
			ind[++k] = u->col_x; val[k] = 1;
			ind[++k] = u->col_y; val[k] = -(double)(p->quota + p->em_quota);
			if (has_e) { ind[++k] = u->col_e; val[k] = 1; }
			glp_set_mat_row(lp, ra, k, ind, val);
			glp_set_row_bnds(lp, ra, GLP_UP, 0, 0);
		}

		if (!value_objective)
			continue;
		/* value_K_i: w - a (x + e) - (b - v0) y <= v0, one per linear piece */
		u->col_w = glp_add_cols(lp, 1);
		colname(lp, u->col_w, "w", u->code);
		glp_set_col_bnds(lp, u->col_w, GLP_FR, 0, 0);
		glp_set_obj_coef(lp, u->col_w, 1);
		v0 = bosett_value(m, u, 0, v);
		nb = breakpoints(m, u, v, fixed_y && L == 0 ? u->lower + u->lower_em : L, u->cap, bp);
		for (int piece = 0; piece + 1 < nb || (nb == 1 && piece == 0); piece++) {
			double x1 = bp[piece], x2 = nb == 1 ? bp[piece] : bp[piece + 1];
			double y1 = bosett_value(m, u, x1, v), y2 = bosett_value(m, u, x2, v);
			double a = x2 > x1 ? (y2 - y1) / (x2 - x1) : 0, b = y1 - a * x1, scale = 1 + fabs(y1) + fabs(y2);
			char no[16];

			/* rounding noise such as a slope of 1e-15 where the value is
			 * flat makes GLPK's simplex numerically unstable: snap it */
			if (fabs(a) < 1e-9 * scale)
				a = 0, b = y1;
			if (fabs(b - v0) < 1e-9 * (scale + fabs(v0)))
				b = v0;

			no[0] = (char)('1' + piece % 9), no[1] = '\0'; /* at most 8 pieces */
			if (piece >= 9)
				snprintf(no, sizeof no, "%d", piece + 1);
			k = 0;
			ind[++k] = u->col_w; val[k] = 1;
			ind[++k] = u->col_x; val[k] = -a;
			ind[++k] = u->col_y; val[k] = -(b - v0);
			if (has_e) { ind[++k] = u->col_e; val[k] = -a; }
			r = add_row(lp, "value", u->code, no);
			glp_set_mat_row(lp, r, k, ind, val);
			glp_set_row_bnds(lp, r, GLP_UP, 0, v0);
		}
	}
	/* total: sum of x = Q; total_em: sum of e = Qem (max_placed: <=) */
	glp_set_mat_row(lp, total, cnt, ti, tv);
	glp_set_row_bnds(lp, total, v->max_placed ? GLP_UP : GLP_FX, v->max_placed ? 0 : (double)p->quota,
	                 (double)p->quota);
	if (total_em) {
		glp_set_mat_row(lp, total_em, cnt_em, te, tev);
		glp_set_row_bnds(lp, total_em, v->max_placed ? GLP_UP : GLP_FX,
		                 v->max_placed ? 0 : (double)p->em_quota, (double)p->em_quota);
	}
	/* region_R_res: sum over members of use * (x + e) <= pooled capacity */
	for (size_t r = 0; r < p->nregions; r++) {
		struct regional *rr = &p->regions[r];
		double use = m->use[rr->res];

		cnt = 0;
		for (size_t q = s->rstart[s->rid[r]]; q < s->rstart[s->rid[r] + 1]; q++) {
			size_t i = s->rlist[q];
			const struct muni *u = &p->mu[i];

			if (!u->col_x || !in_regional(p, rr, u, t))
				continue;
			s->member[i * NUSE + (size_t)rr->res] = (int)r;
			ti[++cnt] = u->col_x;
			tv[cnt] = use;
			if (u->col_e) {
				ti[++cnt] = u->col_e;
				tv[cnt] = use;
			}
		}
		rr->col_slack = 0;
		if (v->elastic) {
			rr->col_slack = glp_add_cols(lp, 1);
			colname(lp, rr->col_slack, "sreg", rr->region);
			glp_set_col_bnds(lp, rr->col_slack, GLP_LO, 0, 0);
			glp_set_obj_coef(lp, rr->col_slack, -1.0 / use);
			ti[++cnt] = rr->col_slack;
			tv[cnt] = -1;
		}
		rr->row = add_row(lp, "region", rr->region, bosett_use_columns[rr->res]);
		glp_set_mat_row(lp, rr->row, cnt, ti, tv);
		glp_set_row_bnds(lp, rr->row, GLP_UP, 0, rr->capacity);
	}
	free(ti), free(te), free(tv), free(tev);
	return lp;
}

/*
 * The exact structured algorithm (bosett(7), SOLVING). Without regional
 * limits and minors the model is one total shared out among municipalities
 * whose values are separable: concave on [L, U] and the single point 0. A
 * dynamic programme over the municipalities, with the people placed so far
 * as its state, finds the optimum exactly; each municipality's step is a
 * max-plus convolution with a concave piecewise-linear function, which is a
 * sliding-window maximum along each linear piece, so the whole programme
 * takes O(municipalities x pieces x total) steps. GLPK then only confirms
 * the allocation (every whole number fixed), and its LP gives the prices.
 * Its branch-and-bound alone needs thousands of nodes to prove the national
 * problem when most fair shares are below the minimum.
 */
#define DP_CELLS_MAX 20000000.0  /* choices kept: 80 MB */

static int dp_applies(const struct bosett_solver *s)
{
	const struct problem *p = &s->p;
	size_t asked = 0;

	if (s->built.elastic || s->built.max_placed || p->nregions > 0 || p->em_quota > 0 || p->quota < 0)
		return 0;
	for (size_t i = 0; i < p->n; i++)
		asked += p->mu[i].col_x != 0;
	return (double)(asked + 1) * (double)(p->quota + 1) <= DP_CELLS_MAX;
}

/* The optimum into u->x (every municipality); -1 when no allocation exists. */
static int dp_solve(struct bosett_solver *s)
{
	struct problem *p = &s->p;
	const struct variant *v = &s->built;
	long Q = p->quota;
	size_t W = (size_t)Q + 1, k = 0, asked = 0, reach = 1;
	double *g = malloc(W * sizeof *g), *h = malloc(W * sizeof *h), *f = malloc(W * sizeof *f);
	long *dq = malloc(W * sizeof *dq);
	int *choice;
	int rc = -1;

	for (size_t i = 0; i < p->n; i++)
		asked += p->mu[i].col_x != 0;
	choice = malloc((asked ? asked : 1) * W * sizeof *choice);
	if (!g || !h || !f || !dq || !choice) {
		free(g), free(h), free(f), free(dq), free(choice);
		longjmp(s->jump, 2);
	}
	for (size_t T = 0; T < W; T++)
		g[T] = T ? -HUGE_VAL : 0;
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		int *ch = choice + k * W;
		long L = muni_min(u, v);
		int fixed_y = L == 0 || u->lower > 0;
		long lo = fixed_y ? (u->lower > L ? u->lower : L) : L, hi = u->cap;
		double bp[8], v0 = bosett_value(s->m, u, 0, v), *swap;
		size_t top;              /* the most people placed so far, +1 */
		int nb;

		if (!u->col_x)
			continue;
		k++;
		for (size_t T = 0; T < reach; T++) {
			h[T] = fixed_y || g[T] == -HUGE_VAL ? -HUGE_VAL : g[T] + v0;
			ch[T] = h[T] == -HUGE_VAL ? -1 : 0;
		}
		top = lo <= hi && (size_t)hi < W - reach + 1 ? reach + (size_t)hi : W;
		for (size_t T = reach; T < top; T++) {
			h[T] = -HUGE_VAL;
			ch[T] = -1;
		}
		if (lo > hi)
			goto next;
		nb = breakpoints(s->m, u, v, lo, hi, bp);
		for (size_t S = 0; S < reach; S++)
			f[S] = g[S];
		for (int j = 0; j < (nb > 1 ? nb - 1 : 1); j++) {
			long x1 = (long)bp[j], x2 = nb > 1 ? (long)bp[j + 1] : x1;
			double y1 = bosett_value(s->m, u, (double)x1, v), y2 = bosett_value(s->m, u, (double)x2, v);
			double a = x2 > x1 ? (y2 - y1) / (double)(x2 - x1) : 0;
			size_t head = 0, tail = 0;

			/* h[T] = max over t in [x1, x2] of g[T - t] + y1 + a (t - x1):
			 * with S = T - t, the window maximum of g[S] - a S over
			 * S in [T - x2, T - x1], plus a T + y1 - a x1 */
			for (long T = x1; T < (long)top; T++) {
				long add = T - x1, S;
				double val;

				if ((size_t)add < reach && f[add] != -HUGE_VAL) {
					double fa = f[add] - a * (double)add;

					while (tail > head && f[dq[tail - 1]] - a * (double)dq[tail - 1] <= fa)
						tail--;
					dq[tail++] = add;
				}
				while (tail > head && dq[head] < T - x2)
					head++;
				if (tail == head)
					continue;
				S = dq[head];
				val = f[S] + a * (double)(T - S) + y1 - a * (double)x1;
				if (val > h[T] + 1e-9 * (1 + fabs(val))) {
					h[T] = val;
					ch[T] = (int)(T - S);
				}
			}
		}
next:
		/* beyond top nothing is reachable: never read, choices -1 */
		if (top > reach)
			reach = top;
		for (size_t T = reach; T < W; T++)
			ch[T] = -1;
		swap = g, g = h, h = swap;
	}
	if ((size_t)Q < reach && g[Q] != -HUGE_VAL) {
		long T = Q;

		rc = 0;
		for (size_t i = p->n; i-- > 0;) {
			struct muni *u = &p->mu[i];

			u->x = u->e = 0;
			if (!u->col_x)
				continue;
			k--;
			u->x = choice[k * W + (size_t)T];
			T -= u->x;
		}
	}
	free(g), free(h), free(f), free(dq), free(choice);
	return rc;
}

/* Let GLPK confirm the allocation of the programme: every whole number is
 * fixed for the integer solve and the bounds are then put back, so that
 * the model written by --write-lp is the whole model. */
static enum bosett_solve_status dp_confirm(struct bosett_solver *s, glp_prob *lp)
{
	struct problem *p = &s->p;
	glp_iocp parm;
	int rc, st;
	struct bnd { int type; double lb, ub; } *keep = malloc((p->n ? p->n : 1) * 2 * sizeof *keep);

	if (!keep)
		longjmp(s->jump, 2);
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		double y;

		if (!u->col_x)
			continue;
		y = u->x > 0 || glp_get_col_lb(lp, u->col_y) > 0.5 ? 1 : 0;
		keep[2 * i].type = glp_get_col_type(lp, u->col_x);
		keep[2 * i].lb = glp_get_col_lb(lp, u->col_x);
		keep[2 * i].ub = glp_get_col_ub(lp, u->col_x);
		keep[2 * i + 1].type = glp_get_col_type(lp, u->col_y);
		keep[2 * i + 1].lb = glp_get_col_lb(lp, u->col_y);
		keep[2 * i + 1].ub = glp_get_col_ub(lp, u->col_y);
		glp_set_col_bnds(lp, u->col_x, GLP_FX, (double)u->x, (double)u->x);
		glp_set_col_bnds(lp, u->col_y, GLP_FX, y, y);
	}
	glp_init_iocp(&parm);
	parm.presolve = GLP_ON;
	parm.msg_lev = GLP_MSG_OFF;
	rc = glp_intopt(lp, &parm);
	st = glp_mip_status(lp);
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];

		if (!u->col_x)
			continue;
		glp_set_col_bnds(lp, u->col_x, keep[2 * i].type, keep[2 * i].lb, keep[2 * i].ub);
		glp_set_col_bnds(lp, u->col_y, keep[2 * i + 1].type, keep[2 * i + 1].lb, keep[2 * i + 1].ub);
	}
	free(keep);
	return rc == 0 && st == GLP_OPT ? BOSETT_SOLVE_OPTIMAL : BOSETT_SOLVE_NONE;
}

/*
 * The primal heuristic (bosett(7), SOLVING). GLPK's own heuristics find no
 * allocation at all for a thousand municipalities within minutes, while the
 * LP relaxation of the perspective form is nearly integral. So at a node of
 * the search the LP solution is rounded to whole numbers that keep every
 * rule of the node (its bounds, the minimum, the caps, the regional limits)
 * and then people are moved one at a time to where they add the most, or
 * taken from where they cost the least, until the totals hold; the result is
 * handed to GLPK as an incumbent, so the search prunes from the start.
 */
/* A max-heap of (key, municipality) with lazy deletion: an entry whose key
 * is no longer the municipality's current one is dropped when it surfaces. */
struct heap {
	double *key;
	size_t *who, n, cap;
};

#define HEUR_MIN_MUNIS 100      /* below, GLPK's own search is quick; 300 with regions took 4 times 1,000 (measured) */

struct heur {
	long *t, *tlo, *thi;     /* people (x + e); the node's bounds on them */
	unsigned char *open, *must;
	double *used;            /* per regional limit, its use so far */
	double *sol;             /* column values handed to GLPK */
	struct heap *hp;         /* [0] moves of people, [1] asking or not */
	int phase;               /* +1 placing more, -1 fewer, 0 heaps not filled */
};

static void heur_free(struct heur *h)
{
	if (!h)
		return;
	free(h->t), free(h->tlo), free(h->thi), free(h->open), free(h->must), free(h->used), free(h->sol);
	if (h->hp)
		for (int k = 0; k < 2; k++)
			free(h->hp[k].key), free(h->hp[k].who);
	free(h->hp);
	free(h);
}

static struct heur *heur_new(const struct problem *p, int ncols)
{
	struct heur *h = calloc(1, sizeof *h);
	size_t n = p->n ? p->n : 1;

	if (!h)
		return NULL;
	h->t = malloc(n * sizeof *h->t);
	h->tlo = malloc(n * sizeof *h->tlo);
	h->thi = malloc(n * sizeof *h->thi);
	h->open = malloc(n);
	h->must = malloc(n);
	h->used = malloc((p->nregions ? p->nregions : 1) * sizeof *h->used);
	h->sol = malloc(((size_t)ncols + 1) * sizeof *h->sol);
	h->hp = calloc(2, sizeof *h->hp);
	if (!h->hp || !h->tlo || !h->thi || !h->open || !h->must || !h->used || !h->sol) {
		heur_free(h);
		return NULL;
	}
	return h;
}

/* Room for k more people of municipality i in every regional limit it is in. */
static int heur_room(const struct bosett_solver *s, const struct heur *h, size_t i, long k)
{
	for (int r = 0; r < NUSE; r++) {
		int g = s->member[i * NUSE + (size_t)r];

		if (g >= 0 && h->used[g] + s->m->use[r] * (double)k > s->p.regions[g].capacity + 1e-9)
			return 0;
	}
	return 1;
}

static void heur_move(const struct bosett_solver *s, struct heur *h, size_t i, long k)
{
	h->t[i] += k;
	for (int r = 0; r < NUSE; r++) {
		int g = s->member[i * NUSE + (size_t)r];

		if (g >= 0)
			h->used[g] += s->m->use[r] * (double)k;
	}
}

static int heap_push(struct heap *q, double key, size_t who)
{
	size_t i;

	if (key == -HUGE_VAL)
		return 0;
	if (q->n == q->cap) {
		size_t c = q->cap ? 2 * q->cap : 256;
		double *k = realloc(q->key, c * sizeof *k);
		size_t *w = k ? realloc(q->who, c * sizeof *w) : NULL;

		if (k)
			q->key = k;
		if (!w)
			return -1;
		q->who = w;
		q->cap = c;
	}
	for (i = q->n++; i > 0 && q->key[(i - 1) / 2] < key; i = (i - 1) / 2) {
		q->key[i] = q->key[(i - 1) / 2];
		q->who[i] = q->who[(i - 1) / 2];
	}
	q->key[i] = key;
	q->who[i] = who;
	return 0;
}

static void heap_pop(struct heap *q)
{
	double key = q->key[--q->n];
	size_t who = q->who[q->n], i = 0;

	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= q->n)
			break;
		if (c + 1 < q->n && q->key[c + 1] > q->key[c])
			c++;
		if (q->key[c] <= key)
			break;
		q->key[i] = q->key[c];
		q->who[i] = q->who[c];
		i = c;
	}
	if (q->n) {
		q->key[i] = key;
		q->who[i] = who;
	}
}

/* The current key of municipality i in heap which (0: move one person,
 * 1: ask or stop asking) in direction up, -HUGE_VAL when it is no
 * candidate. */
static double heur_key(const struct bosett_solver *s, const struct heur *h, size_t i, int up, int which)
{
	const struct muni *u = &s->p.mu[i];
	const struct variant *v = &s->built;
	double t = (double)h->t[i];

	if (!u->col_x)
		return -HUGE_VAL;
	if (which == 0 && up) {
		if (!h->open[i] || h->t[i] >= h->thi[i] || !heur_room(s, h, i, 1))
			return -HUGE_VAL;
		return bosett_value(s->m, u, t + 1, v) - bosett_value(s->m, u, t, v);
	}
	if (which == 0) {
		if (!h->open[i] || h->t[i] <= h->tlo[i])
			return -HUGE_VAL;
		return bosett_value(s->m, u, t - 1, v) - bosett_value(s->m, u, t, v);
	}
	if (up) {
		if (h->open[i] || h->thi[i] < h->tlo[i] || h->thi[i] == 0 || !heur_room(s, h, i, h->tlo[i]))
			return -HUGE_VAL;
		return (bosett_value(s->m, u, (double)h->tlo[i], v) - bosett_value(s->m, u, 0, v)) / (double)h->tlo[i];
	}
	if (!h->open[i] || h->must[i])
		return -HUGE_VAL;
	return bosett_value(s->m, u, 0, v) - bosett_value(s->m, u, t, v);
}

/* Fill both heaps afresh when the direction changes. */
static int heap_phase(const struct bosett_solver *s, struct heur *h, int up)
{
	if (h->phase == (up ? 1 : -1))
		return 0;
	h->phase = up ? 1 : -1;
	h->hp[0].n = h->hp[1].n = 0;
	for (size_t i = 0; i < s->p.n; i++)
		if (heap_push(&h->hp[0], heur_key(s, h, i, up, 0), i) || heap_push(&h->hp[1], heur_key(s, h, i, up, 1), i))
			return -1;
	return 0;
}

/* The best candidate: 0 for a move of people (heap 0), 1 for asking or
 * not asking a municipality (heap 1, only when heap 0 has none), -1 none.
 * Stale entries are dropped or pushed back with their current key. */
static int heap_best(const struct bosett_solver *s, struct heur *h, int up, long excess, size_t *best, double *key)
{
	for (int which = 0; which < 2; which++) {
		struct heap *q = &h->hp[which];

		while (q->n) {
			size_t i = q->who[0];
			double k = q->key[0], now = heur_key(s, h, i, up, which);

			if (which == 1 && !up && h->t[i] > excess)
				now = -HUGE_VAL; /* the excess only shrinks: never again */
			if (now == k) {
				*best = i;
				*key = k;
				heap_pop(q);
				return which;
			}
			heap_pop(q);
			if (now != -HUGE_VAL && heap_push(q, now, i) != 0)
				longjmp(((struct bosett_solver *)(uintptr_t)s)->jump, 2);
		}
	}
	return -1;
}

/* How many people (at most most) can move one way (dir +1 or -1) at the
 * same marginal value: to the next breakpoint of the value, within the
 * bounds and the room of the regional limits. Moving them at once is what
 * one-at-a-time moves would do, in far fewer steps (100,000 municipalities). */
static long heur_run(const struct bosett_solver *s, const struct heur *h, size_t i, int dir, long most)
{
	const struct muni *u = &s->p.mu[i];
	double bp[8];
	long k;
	int nb;

	if (dir > 0) {
		nb = breakpoints(s->m, u, &s->built, h->t[i], h->thi[i], bp);
		k = nb > 1 ? (long)bp[1] - h->t[i] : 1;
		for (int r = 0; r < NUSE; r++) {
			int g = s->member[i * NUSE + (size_t)r];

			if (g >= 0) {
				long room = (long)floor((s->p.regions[g].capacity - h->used[g]) / s->m->use[r] + 1e-9);

				if (room < k)
					k = room;
			}
		}
	} else {
		nb = breakpoints(s->m, u, &s->built, h->tlo[i], h->t[i], bp);
		k = nb > 1 ? h->t[i] - (long)bp[nb - 2] : 1;
	}
	if (k > most)
		k = most;
	return k < 1 ? 1 : k;
}

/* Round the node's LP solution (or start the numbers at start[]) and repair
 * it; 0 and h->sol filled on success. */
static int heur_round(struct bosett_solver *s, struct heur *h, glp_prob *lp, const long *start)
{
	const struct problem *p = &s->p;
	const struct variant *v = &s->built;
	long want = p->quota + p->em_quota, have = 0, em_lo = 0, em_hi = 0;
	size_t budget = 4 * p->n + 1000;

	h->phase = 0;
	for (size_t r = 0; r < p->nregions; r++)
		h->used[r] = 0;
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long L = muni_min(u, v);
		double tl, yv;
		long lo;

		h->t[i] = 0;
		h->open[i] = h->must[i] = 0;
		h->tlo[i] = h->thi[i] = 0;
		if (!u->col_x)
			continue;
		h->tlo[i] = lround(glp_get_col_lb(lp, u->col_x)) + (u->col_e ? lround(glp_get_col_lb(lp, u->col_e)) : 0);
		h->thi[i] = lround(glp_get_col_ub(lp, u->col_x)) + (u->col_e ? lround(glp_get_col_ub(lp, u->col_e)) : 0);
		if (h->thi[i] > u->cap)
			h->thi[i] = u->cap;
		if (glp_get_col_ub(lp, u->col_y) < 0.5) {
			h->thi[i] = 0; /* the node says: not asked */
			if (h->tlo[i] > 0)
				return -1;
			continue;
		}
		h->must[i] = glp_get_col_lb(lp, u->col_y) > 0.5;
		if (h->tlo[i] < L)
			h->tlo[i] = L;
		if (h->tlo[i] > h->thi[i]) {
			if (h->must[i])
				return -1;
			h->thi[i] = 0;
			continue;
		}
		if (start) {
			tl = (double)start[i];
			yv = start[i] > 0;
		} else {
			tl = glp_get_col_prim(lp, u->col_x) + (u->col_e ? glp_get_col_prim(lp, u->col_e) : 0);
			yv = glp_get_col_prim(lp, u->col_y);
		}
		if (!h->must[i] && yv < 0.5 && tl < 0.5 * (double)L)
			continue;
		lo = lround(tl);
		h->t[i] = lo < h->tlo[i] ? h->tlo[i] : lo > h->thi[i] ? h->thi[i] : lo;
		h->open[i] = 1;
		lo = h->t[i];
		h->t[i] = 0;
		heur_move(s, h, i, lo);
		have += lo;
	}
	/* regional limits first: take people away where it costs the least */
	for (size_t r = 0; r < p->nregions; r++) {
		while (h->used[r] > p->regions[r].capacity + 1e-9) {
			size_t best = p->n;
			double bl = HUGE_VAL;

			for (size_t q = s->rstart[s->rid[r]]; q < s->rstart[s->rid[r] + 1]; q++) {
				size_t i = s->rlist[q];
				const struct muni *u = &p->mu[i];
				double loss;

				if (!h->open[i] || s->member[i * NUSE + (size_t)p->regions[r].res] != (int)r)
					continue;
				if (h->t[i] > h->tlo[i])
					loss = bosett_value(s->m, u, (double)h->t[i], v) - bosett_value(s->m, u, (double)h->t[i] - 1, v);
				else if (!h->must[i])
					loss = (bosett_value(s->m, u, (double)h->t[i], v) - bosett_value(s->m, u, 0, v)) / (double)h->t[i];
				else
					continue;
				if (loss < bl)
					bl = loss, best = i;
			}
			if (best == p->n)
				return -1;
			if (h->t[best] > h->tlo[best]) {
				heur_move(s, h, best, -1);
				have--;
			} else {
				have -= h->t[best];
				heur_move(s, h, best, -h->t[best]);
				h->open[best] = 0;
			}
		}
	}
	/* then the total: people to the best place, or from the cheapest, one
	 * run at a time; heaps keep each step logarithmic */
	while (have != want) {
		int up = have < want;
		size_t best = 0;
		double key;
		int which;

		if (budget-- == 0)
			return -1;
		if (heap_phase(s, h, up) != 0)
			longjmp(s->jump, 2);
		which = heap_best(s, h, up, have - want, &best, &key);
		if (which == 0) {
			long k = heur_run(s, h, best, up ? 1 : -1, up ? want - have : have - want);

			heur_move(s, h, best, up ? k : -k);
			have += up ? k : -k;
			heap_push(&h->hp[0], heur_key(s, h, best, up, 0), best);
		} else if (which == 1) {
			/* ask one more municipality (the one that loses least per
			 * person), or stop asking one whose people fit in the excess */
			if (up) {
				h->open[best] = 1;
				heur_move(s, h, best, h->tlo[best]);
				have += h->tlo[best];
				heap_push(&h->hp[0], heur_key(s, h, best, up, 0), best);
			} else {
				have -= h->t[best];
				heur_move(s, h, best, -h->t[best]);
				h->open[best] = 0;
			}
		} else {
			return -1;
		}
	}
	/* the minors: as few as each needs, then more where there is room */
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long xl, xu, el, eu, lo, hi;

		if (!u->col_x)
			continue;
		xl = lround(glp_get_col_lb(lp, u->col_x));
		xu = lround(glp_get_col_ub(lp, u->col_x));
		el = u->col_e ? lround(glp_get_col_lb(lp, u->col_e)) : 0;
		eu = u->col_e ? lround(glp_get_col_ub(lp, u->col_e)) : 0;
		lo = h->t[i] - xu > el ? h->t[i] - xu : el;
		hi = h->t[i] - xl < eu ? h->t[i] - xl : eu;
		if (lo > hi)
			return -1;
		h->sol[u->col_x] = (double)(h->t[i] - lo);
		if (u->col_e)
			h->sol[u->col_e] = (double)lo;
		em_lo += lo;
		em_hi += hi;
	}
	if (em_lo > p->em_quota || em_hi < p->em_quota)
		return -1;
	for (size_t i = 0; i < p->n && em_lo < p->em_quota; i++) {
		const struct muni *u = &p->mu[i];
		long xl, more;

		if (!u->col_e)
			continue;
		xl = lround(glp_get_col_lb(lp, u->col_x));
		more = (h->t[i] - xl < lround(glp_get_col_ub(lp, u->col_e)) ? h->t[i] - xl
		                                                           : lround(glp_get_col_ub(lp, u->col_e))) -
		       (long)h->sol[u->col_e];
		if (more > p->em_quota - em_lo)
			more = p->em_quota - em_lo;
		if (more > 0) {
			h->sol[u->col_e] += (double)more;
			h->sol[u->col_x] -= (double)more;
			em_lo += more;
		}
	}
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];

		if (!u->col_x)
			continue;
		h->sol[u->col_y] = h->t[i] > 0 || glp_get_col_lb(lp, u->col_y) > 0.5 ? 1 : 0;
		h->sol[u->col_w] = bosett_value(s->m, u, (double)h->t[i], v);
	}
	return 0;
}

/*
 * The approximate mode (--approximate; bosett(7), SOLVING), for sizes where
 * GLPK does not finish even the LP relaxation in time (100,000
 * municipalities). The total is priced instead of imposed (a Lagrangian
 * relaxation): at a price lambda each municipality takes the number in
 * {0} u [L, U] that maximises its value minus lambda per person, where U
 * is also held to what its regional limits let in. The price is found by
 * bisection; the numbers at that price are repaired by the heuristic above
 * into an allocation that keeps every rule; and the least value of the
 * relaxation over the prices tried is an upper bound on the optimum, which
 * gives the gap reported. No LP is solved, so there are no shadow prices.
 */
/* The number a municipality takes at a price per person: the best of 0
 * (when allowed) and its breakpoints, of value minus price times people. */
static long approx_pick(int zero_ok, double v0, const double *bt, const double *bv, int nb, double price,
                        double *value)
{
	double best = zero_ok ? v0 : -HUGE_VAL;
	long t = 0;

	for (int j = 0; j < nb; j++)
		if (bv[j] - price * bt[j] > best + 1e-12) {
			best = bv[j] - price * bt[j];
			t = (long)bt[j];
		}
	if (value)
		*value = best;
	return t;
}

/* The repaired allocation in s->heur->sol improved by local moves
 * (solve/improve.c); the minors stay where the repair put them. */
static int approx_improve(struct bosett_solver *s, glp_prob *lp)
{
	const struct problem *p = &s->p;
	struct heur *h = s->heur;
	size_t n = p->n ? p->n : 1;
	long L = min_settle(p, &s->built), *t = malloc(n * sizeof *t), *lo = malloc(n * sizeof *lo);
	long *hi = malloc(n * sizeof *hi);
	unsigned char *zero_ok = malloc(n);
	int rc = -1;

	if (t && lo && hi && zero_ok) {
		for (size_t i = 0; i < p->n; i++) {
			const struct muni *u = &p->mu[i];
			long e = u->col_e ? lround(h->sol[u->col_e]) : 0;

			t[i] = u->col_x ? lround(h->sol[u->col_x]) + e : 0;
			lo[i] = h->tlo[i] > L ? h->tlo[i] : L;
			if (u->col_x && e + lround(glp_get_col_lb(lp, u->col_x)) > lo[i])
				lo[i] = e + lround(glp_get_col_lb(lp, u->col_x));
			hi[i] = h->thi[i];
			zero_ok[i] = u->col_x && !h->must[i] && e == 0 && glp_get_col_ub(lp, u->col_y) > 0.5 &&
			             glp_get_col_lb(lp, u->col_y) < 0.5;
		}
		if (bosett_improve(p, &s->built, s->member, t, lo, hi, zero_ok, 1000) >= 0) {
			for (size_t i = 0; i < p->n; i++) {
				const struct muni *u = &p->mu[i];

				if (u->col_x)
					h->sol[u->col_x] = (double)(t[i] - (u->col_e ? lround(h->sol[u->col_e]) : 0));
			}
			rc = 0;
		}
	}
	free(t), free(lo), free(hi), free(zero_ok);
	return rc;
}

static int approx_solve(struct bosett_solver *s, glp_prob *lp)
{
	struct problem *p = &s->p;
	const struct variant *v = &s->built;
	long want = p->quota + p->em_quota, *pick;
	size_t n = p->n ? p->n : 1;
	double *bt = malloc(n * 8 * sizeof *bt), *bv = malloc(n * 8 * sizeof *bv), *v0 = malloc(n * sizeof *v0);
	int *nb = malloc(n * sizeof *nb);
	unsigned char *zero_ok = malloc(n);
	double amax = 1, lo_l, hi_l, bound = HUGE_VAL, obj = 0, *price = NULL;
	long best_s = -1, best_d = -1;
	int rc = -1;

	pick = malloc(2 * n * sizeof *pick);
	if (!bt || !bv || !v0 || !nb || !zero_ok || !pick) {
		free(bt), free(bv), free(v0), free(nb), free(zero_ok), free(pick);
		longjmp(s->jump, 2);
	}
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long L = muni_min(u, v), tlo, thi;

		nb[i] = 0;
		zero_ok[i] = 0;
		if (!u->col_x)
			continue;
		v0[i] = bosett_value(s->m, u, 0, v);
		zero_ok[i] = glp_get_col_lb(lp, u->col_y) < 0.5;
		tlo = lround(glp_get_col_lb(lp, u->col_x)) + (u->col_e ? lround(glp_get_col_lb(lp, u->col_e)) : 0);
		thi = lround(glp_get_col_ub(lp, u->col_x)) + (u->col_e ? lround(glp_get_col_ub(lp, u->col_e)) : 0);
		if (tlo < L)
			tlo = L;
		if (thi > u->cap)
			thi = u->cap;
		for (int k = 0; k < NUSE; k++) {
			int g = s->member[i * NUSE + (size_t)k];

			if (g >= 0 && floor(p->regions[g].capacity / s->m->use[k] + 1e-9) < (double)thi)
				thi = (long)floor(p->regions[g].capacity / s->m->use[k] + 1e-9);
		}
		if (tlo > thi) {
			if (!zero_ok[i])
				goto out;
			continue;
		}
		nb[i] = breakpoints(s->m, u, v, tlo, thi, bt + 8 * i);
		for (int j = 0; j < nb[i]; j++) {
			bv[8 * i + j] = bosett_value(s->m, u, bt[8 * i + j], v);
			if (j && fabs(bv[8 * i + j] - bv[8 * i + j - 1]) / (bt[8 * i + j] - bt[8 * i + j - 1]) + 1 > amax)
				amax = fabs(bv[8 * i + j] - bv[8 * i + j - 1]) / (bt[8 * i + j] - bt[8 * i + j - 1]) + 1;
		}
	}
	lo_l = -1e3 * amax - 1e3;
	hi_l = 1e3 * amax + 1e3;
	price = malloc(n * sizeof *price);
	if (!price)
		goto out;
	for (int it = 0; it < 60; it++) {
		double lambda = it == 0 ? lo_l : it == 1 ? hi_l : (lo_l + hi_l) / 2, dual = lambda * (double)want;
		long sum = 0, d;

		for (size_t i = 0; i < p->n; i++)
			price[i] = lambda;
		/* each regional limit priced too, where its members would overfill
		 * it at lambda: any price >= 0 keeps the bound valid */
		for (size_t g = 0; g < p->nregions; g++) {
			const struct regional *rr = &p->regions[g];
			double use = s->m->use[rr->res], plo = 0, phi = 2e3 * amax / use + 1, pi = 0;

			for (int step = 0; step < 26; step++) {
				double try = step == 0 ? 0 : (plo + phi) / 2, usage = 0;

				for (size_t q = s->rstart[s->rid[g]]; q < s->rstart[s->rid[g] + 1]; q++) {
					size_t i = s->rlist[q];

					if (p->mu[i].col_x && s->member[i * NUSE + (size_t)rr->res] == (int)g)
						usage += use * (double)approx_pick(zero_ok[i], v0[i], bt + 8 * i, bv + 8 * i, nb[i],
						                                   price[i] + use * try, NULL);
				}
				if (usage <= rr->capacity + 1e-9) {
					phi = pi = try;
					if (step == 0)
						break;
				} else {
					plo = try;
					pi = phi;
				}
			}
			for (size_t q = s->rstart[s->rid[g]]; q < s->rstart[s->rid[g] + 1]; q++) {
				size_t i = s->rlist[q];

				if (p->mu[i].col_x && s->member[i * NUSE + (size_t)rr->res] == (int)g)
					price[i] += use * pi;
			}
			dual += pi * rr->capacity;
		}
		for (size_t i = 0; i < p->n; i++) {
			double best;
			long t;

			if (!p->mu[i].col_x)
				continue;
			t = approx_pick(zero_ok[i], v0[i], bt + 8 * i, bv + 8 * i, nb[i], price[i], &best);
			if (best == -HUGE_VAL)
				goto out;
			pick[n + i] = t;
			sum += t;
			dual += best;
		}
		if (dual < bound)
			bound = dual;
		d = sum > want ? sum - want : want - sum;
		if (best_d < 0 || d < best_d) {
			best_d = d;
			best_s = sum;
			memcpy(pick, pick + n, p->n * sizeof *pick);
		}
		if (it >= 2 && sum > want)
			lo_l = lambda;
		else if (it >= 2)
			hi_l = lambda;
		if (d == 0 || hi_l - lo_l < 1e-9)
			break;
	}
	(void)best_s;
	s->heur = heur_new(p, glp_get_num_cols(lp));
	if (!s->heur)
		longjmp(s->jump, 2);
	if (heur_round(s, s->heur, lp, pick) == 0) {
		if (approx_improve(s, lp) != 0)
			longjmp(s->jump, 2);
		for (size_t i = 0; i < p->n; i++) {
			struct muni *u = &p->mu[i];

			u->x = u->col_x ? lround(s->heur->sol[u->col_x]) : 0;
			u->e = u->col_e ? lround(s->heur->sol[u->col_e]) : 0;
			if (u->col_x)
				obj += bosett_value(s->m, u, (double)(u->x + u->e), v);
		}
		s->objective = obj;
		s->gap = bound > obj ? (bound - obj) / (fabs(obj) + 1e-12) : 0;
		rc = 0;
	}
	heur_free(s->heur);
	s->heur = NULL;
out:
	free(bt), free(bv), free(v0), free(nb), free(zero_ok), free(pick), free(price);
	return rc;
}

/* Valid inequalities of the regional limits, handed to GLPK's search as
 * cuts (the model and its --write-lp file stay as bosett(7) writes them).
 * With P the people a regional limit lets in, every member is asked for at
 * most floor(P) (x + e - floor(P) y <= 0, tighter than cap_K) and at most
 * floor(P / L) members are asked at all (sum of y <= floor(P / L)). The LP
 * relaxation without them lets a region too small for one municipality's
 * minimum ask several of them a little; with them GLPK's bound closes. */
static void region_cuts(struct bosett_solver *s, glp_tree *tree)
{
	const struct problem *p = &s->p;
	long L = min_settle(p, &s->built);
	int *ind = malloc((p->n + 1) * sizeof *ind);
	double *val = malloc((p->n + 1) * sizeof *val);

	if (!ind || !val) {
		free(ind), free(val);
		longjmp(s->jump, 2);
	}
	for (size_t r = 0; r < p->nregions; r++) {
		const struct regional *rr = &p->regions[r];
		double people = rr->capacity / s->m->use[rr->res] + 1e-9;
		long most = (long)floor(people), asked, Lr = L;
		int k = 0;

		/* the smallest minimum among the members bounds how many are asked */
		for (size_t q = s->rstart[s->rid[r]]; q < s->rstart[s->rid[r] + 1]; q++)
			if (p->mu[s->rlist[q]].col_x && muni_min(&p->mu[s->rlist[q]], &s->built) < Lr)
				Lr = muni_min(&p->mu[s->rlist[q]], &s->built);
		asked = Lr > 0 ? (long)floor(people / (double)Lr) : 0;

		for (size_t q = s->rstart[s->rid[r]]; q < s->rstart[s->rid[r] + 1]; q++) {
			size_t i = s->rlist[q];
			const struct muni *u = &p->mu[i];

			if (!u->col_x || s->member[i * NUSE + (size_t)rr->res] != (int)r)
				continue;
			ind[++k] = u->col_y;
			val[k] = 1;
			if (most < u->cap) {
				int c[4];
				double a[4];
				int kk = 0;

				c[++kk] = u->col_x, a[kk] = 1;
				if (u->col_e)
					c[++kk] = u->col_e, a[kk] = 1;
				c[++kk] = u->col_y, a[kk] = -(double)most;
				glp_ios_add_row(tree, NULL, 0, 0, kk, c, a, GLP_UP, 0);
			}
		}
		if (Lr > 0 && asked < k)
			glp_ios_add_row(tree, NULL, 0, 0, k, ind, val, GLP_UP, (double)asked);
	}
	free(ind), free(val);
}

static void mip_callback(glp_tree *tree, void *info)
{
	struct bosett_solver *s = info;
	int reason = glp_ios_reason(tree);

	if (reason == GLP_IBINGO || reason == GLP_ISELECT)
		if (glp_ios_mip_gap(tree) < 1e100) /* DBL_MAX until an incumbent exists */
			s->gap = glp_ios_mip_gap(tree);
	/* at the root, then now and again: a node deep in the tree rounds to
	 * much the same allocation, and each rounding scans every municipality */
	if (reason == GLP_ICUTGEN && s->heur && !s->cuts_added) {
		s->cuts_added = 1;
		region_cuts(s, tree);
	}
	if (reason == GLP_IHEUR && s->heur && s->heur_calls++ % 64 == 0 &&
	    heur_round(s, s->heur, glp_ios_get_prob(tree), NULL) == 0)
		glp_ios_heur_sol(tree, s->heur->sol);
}

/* Solve a built model: BOSETT_SOLVE_OPTIMAL, _FEASIBLE (time limit with an
 * incumbent), _INFEASIBLE, or _NONE (stopped with nothing). A value model is
 * solved with the heuristic above, which needs GLPK's column numbers, so its
 * LP relaxation is solved first and the MIP presolver stays off. */
static enum bosett_solve_status mip(struct bosett_solver *s, glp_prob *lp)
{
	glp_iocp parm;
	int rc, st;
	int value_objective = !s->built.elastic && !s->built.max_placed;
	double root = HUGE_VAL;  /* the LP bound, when solved here */

	glp_init_iocp(&parm);
	parm.presolve = GLP_ON;
	parm.msg_lev = GLP_MSG_OFF;
	parm.cb_func = mip_callback;
	parm.cb_info = s;
	parm.mip_gap = 0;
	parm.tm_lim = time_left_ms(s);
	s->gap = 0;
	if (glp_get_num_cols(lp) == 0)
		return glp_get_num_rows(lp) && (s->p.quota > 0 || s->p.em_quota > 0) ? BOSETT_SOLVE_INFEASIBLE
		                                                                     : BOSETT_SOLVE_OPTIMAL;
	switch (bosett_exact_solve(&s->p, &s->built, NULL)) {
	case BOSETT_EXACT_OPTIMAL: return dp_confirm(s, lp);
	case BOSETT_EXACT_INFEASIBLE: return BOSETT_SOLVE_INFEASIBLE;
	case BOSETT_EXACT_NOMEM: longjmp(s->jump, 2);
	default: break; /* the dynamic programme or GLPK's search below */
	}
	if (dp_applies(s)) {
		if (dp_solve(s) != 0)
			return BOSETT_SOLVE_INFEASIBLE;
		return dp_confirm(s, lp);
	}
	if (value_objective && s->p.n >= HEUR_MIN_MUNIS) {
		glp_smcp sp;

		glp_init_smcp(&sp);
		sp.msg_lev = GLP_MSG_OFF;
		sp.tm_lim = time_left_ms(s);
		rc = glp_simplex(lp, &sp);
		if (rc == 0 && (glp_get_status(lp) == GLP_NOFEAS || glp_get_status(lp) == GLP_INFEAS))
			return BOSETT_SOLVE_INFEASIBLE;
		if (rc != 0 || glp_get_status(lp) != GLP_OPT)
			return BOSETT_SOLVE_NONE;
		root = glp_get_obj_val(lp);
		parm.tm_lim = time_left_ms(s);
		parm.presolve = GLP_OFF;
		/* mixed-integer rounding cuts close what the regional limits
		 * leave open (measured: 1,000 municipalities with regions and
		 * minors, 0.2 % gap after 20 s without, proven in 0.7 s with) */
		parm.mir_cuts = GLP_ON;
		s->heur = heur_new(&s->p, glp_get_num_cols(lp));
		if (!s->heur)
			longjmp(s->jump, 2);
		s->heur_calls = 0;
		s->cuts_added = 0;
	}
	rc = glp_intopt(lp, &parm);
	heur_free(s->heur);
	s->heur = NULL;
	st = glp_mip_status(lp);
	if (rc == GLP_ENOPFS || rc == GLP_ENODFS || st == GLP_NOFEAS)
		return BOSETT_SOLVE_INFEASIBLE;
	if (st == GLP_OPT && rc == 0) {
		s->gap = 0;
		return BOSETT_SOLVE_OPTIMAL;
	}
	if (st == GLP_FEAS) {
		/* stopped before the search reported a gap (still at the root):
		 * the LP bound gives one */
		if (s->gap == 0 && root != HUGE_VAL)
			s->gap = fabs(root - glp_mip_obj_val(lp)) / (fabs(glp_mip_obj_val(lp)) + 1e-12);
		return BOSETT_SOLVE_FEASIBLE;
	}
	return BOSETT_SOLVE_NONE;
}

static double mip_value(glp_prob *lp, int col)
{
	return col ? glp_mip_col_val(lp, col) : 0;
}

static void read_solution(struct problem *p, glp_prob *lp)
{
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];

		u->x = lround(mip_value(lp, u->col_x));
		u->e = lround(mip_value(lp, u->col_e));
	}
}

/* The objective of the current solution under a variant, over every municipality. */
static double total_value(const struct problem *p, const struct variant *v)
{
	double sum = 0;

	for (size_t i = 0; i < p->n; i++)
		sum += bosett_value(p->m, &p->mu[i], (double)(p->mu[i].x + p->mu[i].e), v);
	return sum;
}

/* Fix the yes/no choices, relax the numbers and solve the LP: shadow
 * prices of caps, regional limits, the minimum and the total. */
static void read_prices(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	glp_prob *lp;
	glp_smcp parm;

	/* the multipliers of the exact algorithm's problem: no LP */
	if (bosett_exact_applies(p, &s->built)) {
		bosett_exact_prices(p, &s->built, &s->price_total);
		return;
	}
	lp = glp_create_prob();
	glp_copy_prob(lp, s->lp, GLP_ON);
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		double y;

		if (!u->col_x)
			continue;
		y = (u->x + u->e) > 0 ? 1 : 0;
		glp_set_col_bnds(lp, u->col_y, GLP_FX, y, y);
		glp_set_col_kind(lp, u->col_y, GLP_CV);
		glp_set_col_kind(lp, u->col_x, GLP_CV);
		if (u->col_e)
			glp_set_col_kind(lp, u->col_e, GLP_CV);
	}
	glp_init_smcp(&parm);
	parm.msg_lev = GLP_MSG_OFF;
	parm.presolve = GLP_OFF;
	parm.tm_lim = time_left_ms(s);
	s->price_total = 0;
	if (glp_simplex(lp, &parm) == 0 && glp_get_status(lp) == GLP_OPT) {
		s->price_total = glp_get_row_dual(lp, 1);
		for (size_t r = 0; r < p->nregions; r++)
			p->regions[r].dual = glp_get_row_dual(lp, p->regions[r].row);
		for (size_t i = 0; i < p->n; i++) {
			struct muni *u = &p->mu[i];
			double d;

			u->price = 0;
			switch (u->limit) {
			case LIMIT_CAP:
				d = glp_get_row_dual(lp, u->row_cap);
				u->price = u->cap_source >= CAP_USE ? d / s->m->use[u->cap_source - CAP_USE] : d;
				break;
			case LIMIT_REGION:
				u->price = p->regions[u->region_row].dual;
				break;
			case LIMIT_MIN:
				u->price = u->row_min ? -glp_get_row_dual(lp, u->row_min) : 0;
				break;
			case LIMIT_EM:
				u->price = u->col_e ? glp_get_col_dual(lp, u->col_e) / s->m->em_use : 0;
				break;
			default:
				break;
			}
			if (fabs(u->price) < 1e-9)
				u->price = 0;
		}
	}
	glp_delete_prob(lp);
	(void)t;
}

/* Decide each municipality's limit from the integer solution. The use of
 * each regional limit is summed once (s->member, of the model just
 * solved): summing it again for every municipality was quadratic. */
static void classify(struct bosett_solver *s)
{
	struct problem *p = &s->p;
	const struct bosett_model *m = p->m;
	double *used = calloc(p->nregions ? p->nregions : 1, sizeof *used);

	if (!used)
		longjmp(s->jump, 2);
	for (size_t j = 0; j < p->n; j++)
		for (int k = 0; k < NUSE; k++) {
			int g = s->member[j * NUSE + (size_t)k];

			if (g >= 0)
				used[g] += m->use[k] * (double)(p->mu[j].x + p->mu[j].e);
		}
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		long tot = u->x + u->e;

		u->limit = LIMIT_TOTAL;
		u->region_row = -1;
		if (tot == 0) {
			u->limit = LIMIT_NOT_ASKED;
			continue;
		}
		if (tot >= u->cap) {
			u->limit = LIMIT_CAP;
			continue;
		}
		/* the first full regional limit, in the order of the rows */
		for (int k = 0; k < NUSE; k++) {
			int g = s->member[i * NUSE + (size_t)k];

			if (g >= 0 && used[g] > p->regions[g].capacity - m->use[k] + 1e-9 &&
			    (u->region_row < 0 || g < u->region_row)) {
				u->limit = LIMIT_REGION;
				u->region_row = g;
			}
		}
		if (u->limit == LIMIT_REGION)
			continue;
		if (p->em_quota > 0 && u->em_ok && u->e >= u->em_cap && u->em_cap > 0 && u->x == 0)
			u->limit = LIMIT_EM;
		else if (u->min > 0 && tot == u->min && (u->fair < u->min || (u->has_prev && u->prev < u->min)))
			u->limit = LIMIT_MIN; /* the minimum lifts it above its fair share or its anchor */
		else if ((double)tot == floor(u->fair) || (double)tot == ceil(u->fair))
			u->limit = LIMIT_FAIR;
		else if (u->has_prev && (fabs((double)tot - u->prev * (1 - m->continuity_band)) < 1 ||
		                         fabs((double)tot - u->prev * (1 + m->continuity_band)) < 1 ||
		                         fabs((double)tot - u->prev) < 1))
			u->limit = LIMIT_CONTINUITY;
	}
	free(used);
}

/* Solve the model under a variant and keep its solution in p (not the
 * main model): for the prices of the rules. Returns 0 if solved. */
static int solve_variant(struct bosett_solver *s, const struct bosett_table *t, const struct variant *v)
{
	glp_prob *lp;
	enum bosett_solve_status st;

	/* the exact algorithm needs no GLPK model */
	switch (bosett_exact_solve(&s->p, v, NULL)) {
	case BOSETT_EXACT_OPTIMAL: return 0;
	case BOSETT_EXACT_INFEASIBLE: return -1;
	case BOSETT_EXACT_NOMEM: longjmp(s->jump, 2);
	default: break;
	}
	lp = build(s, t, v);
	st = mip(s, lp);

	if (st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE)
		read_solution(&s->p, lp);
	glp_delete_prob(lp);
	return st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE ? 0 : -1;
}

static void save_solution(const struct problem *p, long *keep)
{
	for (size_t i = 0; i < p->n; i++) {
		keep[2 * i] = p->mu[i].x;
		keep[2 * i + 1] = p->mu[i].e;
	}
}

static void restore_solution(struct problem *p, const long *keep)
{
	for (size_t i = 0; i < p->n; i++) {
		p->mu[i].x = keep[2 * i];
		p->mu[i].e = keep[2 * i + 1];
	}
}

/* What each policy rule costs (bosett(7), PRICES): how much better the
 * rest of the objective could do without the rule. */
static void price_rules(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	long *keep = malloc(2 * (p->n ? p->n : 1) * sizeof *keep);
	struct variant base = { 0 }, nomin = { 0 }, nocont = { 0 }, nofair = { 0 };
	double at_best, gap = s->gap;

	if (!keep)
		longjmp(s->jump, 2);
	save_solution(p, keep);
	/* NAN: not priced (the variant could not be solved); never a silent 0 */
	s->price_min = s->price_continuity = s->price_fairness = NAN;
	nomin.no_min = 1;
	nocont.no_continuity = 1;
	nofair.no_fairness = 1;

	/* a rule that is off costs nothing */
	at_best = total_value(p, &base);
	if (p->m->min_settle <= 0)
		s->price_min = 0;
	else if (solve_variant(s, t, &nomin) == 0)
		s->price_min = total_value(p, &base) - at_best;
	restore_solution(p, keep);

	at_best = total_value(p, &nocont);
	if (p->m->continuity_weight <= 0)
		s->price_continuity = 0;
	else if (solve_variant(s, t, &nocont) == 0)
		s->price_continuity = total_value(p, &nocont) - at_best;
	restore_solution(p, keep);

	at_best = total_value(p, &nofair);
	if (p->m->fairness_weight <= 0)
		s->price_fairness = 0;
	else if (solve_variant(s, t, &nofair) == 0)
		s->price_fairness = total_value(p, &nofair) - at_best;
	restore_solution(p, keep);
	free(keep);
	s->gap = gap;
	/* a time-limited variant can come out a hair worse: a rule never pays */
	s->price_min = s->price_min < 1e-9 ? 0 : s->price_min;
	s->price_continuity = s->price_continuity < 1e-9 ? 0 : s->price_continuity;
	s->price_fairness = s->price_fairness < 1e-9 ? 0 : s->price_fairness;
}

/* What would place the total (diagnose_ceiling.c), and what gives way
 * first under --allow-shortfall: appended to the diagnosis. */
static void ceiling_words(struct bosett_solver *s, long total, long sum)
{
	const struct problem *p = &s->p;
	double fixed, c = bosett_uniform_ceiling(p, total, (long)s->m->min_settle, &fixed);
	size_t have = strlen(s->diagnosis);

	if (c >= 0)
		snprintf(s->diagnosis + have, sizeof s->diagnosis - have,
		         "\n  a ceiling of %.1f per 1,000 inhabitants (now %g, max_per_1000) would place the total",
		         c, s->m->max_per_1000);
	else
		snprintf(s->diagnosis + have, sizeof s->diagnosis - have,
		         "\n  the caps the municipalities and capacities give hold %.0f: %.0f more places are needed "
		         "there", fixed, (double)total - fixed);
	have = strlen(s->diagnosis);
	snprintf(s->diagnosis + have, sizeof s->diagnosis - have,
	         "\n  with --allow-shortfall the total gives way first: at most %ld placed, every cap and the minimum kept", sum);
}

/* Plain-words checks before the solver: the ones a person would do first.
 * Writes the first line of the diagnosis; returns 0 if none applies. */
static int precheck(struct bosett_solver *s)
{
	const struct problem *p = &s->p;
	struct variant v = { 0 };
	long sum = 0, L = (long)s->m->min_settle, em_sum = 0;
	size_t shut = 0, optin = 0;

	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];

		if (askable(p, u, &v))
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

struct giveway {
	double amount;
	size_t index;
};

static int cmp_giveway(const void *a, const void *b)
{
	const struct giveway *x = a, *y = b;

	if (x->amount != y->amount)
		return x->amount < y->amount ? 1 : -1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* The elastic model: every rule group may give way at a price of one per
 * person; the least total violation says which groups collide and by how
 * much. Appends plain-language lines to the diagnosis. */
static void diagnose_elastic(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	struct variant el = { 0 };
	glp_prob *lp;
	struct bosett_buf b = { 0 };
	struct giveway *gw = malloc((p->n ? p->n : 1) * sizeof *gw);
	double caps = 0, mins = 0;
	size_t ncap = 0, nmin = 0;

	if (!gw)
		longjmp(s->jump, 2);
	el.elastic = 1;
	lp = build(s, t, &el);
	if (mip(s, lp) == BOSETT_SOLVE_INFEASIBLE) {
		bosett_buf_adds(&b, "\n  even with every cap, minimum and regional limit relaxed the totals cannot be met");
		goto out;
	}
	for (size_t i = 0; i < p->n; i++) {
		double c = mip_value(lp, p->mu[i].col_scap), mn = mip_value(lp, p->mu[i].col_smin);

		gw[i].index = i;
		gw[i].amount = c;
		caps += c;
		ncap += c > 0.5;
		mins += mn;
		nmin += mn > 0.5;
	}
	if (caps > 0.5) {
		qsort(gw, p->n, sizeof *gw, cmp_giveway);
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
		double sl = mip_value(lp, p->regions[r].col_slack);

		if (sl > 1e-6)
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
static int max_placed(struct bosett_solver *s, const struct bosett_table *t, long *placed, long *placed_em)
{
	struct variant v = { 0 };
	glp_prob *lp;
	enum bosett_solve_status st;

	v.max_placed = 1;
	lp = build(s, t, &v);
	st = mip(s, lp);
	*placed = *placed_em = 0;
	if (st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE)
		for (size_t i = 0; i < s->p.n; i++) {
			*placed += lround(mip_value(lp, s->p.mu[i].col_x));
			*placed_em += lround(mip_value(lp, s->p.mu[i].col_e));
		}
	/* no municipality can be asked at all: the most that fits is 0 */
	if (glp_get_num_cols(lp) == 0)
		st = BOSETT_SOLVE_OPTIMAL;
	glp_delete_prob(lp);
	return st == BOSETT_SOLVE_OPTIMAL || st == BOSETT_SOLVE_FEASIBLE ? 0 : -1;
}

static int set_num(struct bosett_solver *s, struct bosett_table *t, size_t row, const char *col, double v, int dec)
{
	int c = bosett_table_add_col(t, col);

	if (c < 0 || bosett_table_set_number(t, row, (size_t)c, v, dec) != 0) {
		bosett_err(s->err, "%s", bosett_table_error(t));
		return -1;
	}
	return 0;
}

static int set_text(struct bosett_solver *s, struct bosett_table *t, size_t row, const char *col, const char *v)
{
	int c = bosett_table_add_col(t, col);

	if (c < 0 || bosett_table_set_text(t, row, (size_t)c, v) != 0) {
		bosett_err(s->err, "%s", bosett_table_error(t));
		return -1;
	}
	return 0;
}

static int meta_num(struct bosett_table *t, const char *key, double v)
{
	char buf[64];

	if (fabs(v) < 5e-7)
		v = 0;
	snprintf(buf, sizeof buf, "%.6f", v);
	/* trim trailing zeros: fixed, locale-free and short */
	for (char *e = buf + strlen(buf) - 1; e > buf && (*e == '0' || *e == '.'); e--) {
		char c = *e;

		*e = '\0';
		if (c == '.')
			break;
	}
	return bosett_table_meta_set(t, key, buf);
}

static const char *method_name(enum bosett_method m)
{
	static const char *names[] = { "optimise", "proportional", "sainte-lague", "denmark", "key" };

	return names[m];
}

static const char *status_name(enum bosett_solve_status st)
{
	switch (st) {
	case BOSETT_SOLVE_OPTIMAL: return "optimal";
	case BOSETT_SOLVE_FEASIBLE: return "time-limited";
	case BOSETT_SOLVE_SHORTFALL: return "shortfall";
	case BOSETT_SOLVE_INFEASIBLE: return "infeasible";
	default: return "none";
	}
}

/* The result columns and meta keys of bosett-solve(1). */
static int annotate(struct bosett_solver *s, struct bosett_table *t)
{
	struct problem *p = &s->p;
	char buf[400];

	bosett_explain_prepare(p);
	for (size_t i = 0; i < p->n; i++) {
		const struct muni *u = &p->mu[i];
		long tot = u->x + u->e;

		bosett_explain_reason(p, u, buf, sizeof buf);
		if (set_num(s, t, i, "cap", (double)u->cap, 0) || set_num(s, t, i, "fair_share", u->fair, 2) ||
		    set_num(s, t, i, "fair_gap", (double)tot - u->fair, 2) ||
		    set_num(s, t, i, "recommended", (double)tot, 0) ||
		    (p->em_quota > 0 && set_num(s, t, i, "recommended_em", (double)u->e, 0)) ||
		    set_text(s, t, i, "limit", bosett_limit_key(p, u)))
			return BOSETT_EDATA;
		if (s->method == BOSETT_METHOD_OPTIMISE && u->price != 0) {
			if (set_num(s, t, i, "shadow_price", u->price, 4))
				return BOSETT_EDATA;
		} else if (bosett_table_add_col(t, "shadow_price") < 0) {
			return BOSETT_EDATA;
		}
		if (set_text(s, t, i, "binding", buf))
			return BOSETT_EDATA;
	}
	bosett_table_meta_set(t, "solve.method", method_name(s->method));
	bosett_table_meta_set(t, "solve.status", s->approximate && s->status == BOSETT_SOLVE_FEASIBLE ? "approximate"
	                                                                                          : status_name(s->status));
	snprintf(buf, sizeof buf, "%ld", s->quota);
	bosett_table_meta_set(t, "solve.quota", buf);
	snprintf(buf, sizeof buf, "%ld", s->em_quota);
	bosett_table_meta_set(t, "solve.em_quota", buf);
	if (s->method == BOSETT_METHOD_OPTIMISE) {
		meta_num(t, "solve.objective", s->objective);
		meta_num(t, "solve.gap", s->gap);
		if (!s->approximate)
			meta_num(t, "solve.price.total", s->price_total);
		else
			bosett_table_meta_set(t, "solve.approximate", s->status == BOSETT_SOLVE_OPTIMAL
			                      ? "exact algorithm (no regional limits or minors)"
			                      : "lagrangian bound, greedy allocation");
		if (s->rule_prices && !s->approximate) {
			/* a rule the solver could not price is left out, not written as 0 */
			if (!isnan(s->price_min))
				meta_num(t, "solve.price.min_settle", s->price_min);
			if (!isnan(s->price_continuity))
				meta_num(t, "solve.price.continuity", s->price_continuity);
			if (!isnan(s->price_fairness))
				meta_num(t, "solve.price.fairness", s->price_fairness);
		}
	}
	if (s->status == BOSETT_SOLVE_SHORTFALL) {
		snprintf(buf, sizeof buf, "%ld", s->shortfall);
		bosett_table_meta_set(t, "solve.shortfall", buf);
		bosett_table_meta_set(t, "solve.diagnosis", s->diagnosis);
	}
	return BOSETT_OK;
}

/* A formula baseline: shares by a key, whole numbers by apportionment. */
static int run_baseline(struct bosett_solver *s)
{
	struct problem *p = &s->p;
	double *share = malloc((p->n ? p->n : 1) * sizeof *share);
	long *out = malloc((p->n ? p->n : 1) * sizeof *out);

	if (!share || !out) {
		free(share);
		free(out);
		bosett_err(s->err, "out of memory");
		return BOSETT_EDATA;
	}
	for (size_t i = 0; i < p->n; i++)
		share[i] = p->mu[i].share;
	if (s->method == BOSETT_METHOD_SAINTE_LAGUE)
		bosett_sainte_lague(share, p->n, p->quota, 1.4, out);
	else
		bosett_largest_remainder(share, p->n, p->quota, out);
	for (size_t i = 0; i < p->n; i++) {
		p->mu[i].x = out[i];
		p->mu[i].e = 0;
		p->mu[i].limit = LIMIT_NONE;
		p->mu[i].price = 0;
	}
	free(share);
	free(out);
	s->status = BOSETT_SOLVE_OPTIMAL;
	return BOSETT_OK;
}

/* The key a baseline shares by: the method decides, whatever the model says. */
static int baseline_model(struct bosett_solver *s, struct bosett_model *copy)
{
	*copy = *s->m;
	if (s->method == BOSETT_METHOD_DENMARK)
		snprintf(copy->fair_key, sizeof copy->fair_key, "denmark");
	else if (s->method != BOSETT_METHOD_KEY) {
		snprintf(copy->fair_key, sizeof copy->fair_key, "population");
		copy->fair_exponent = 1; /* the baseline is the plain population share */
		copy->moved_in_weight = 0;
		copy->nkey = 0;
	}
	return 0;
}

/* One optimisation of the loaded problem: the MIP, then (optionally) the
 * explanation. On infeasibility fills the diagnosis. */
static int optimise(struct bosett_solver *s, const struct bosett_table *t, int explain)
{
	struct variant base = { 0 };
	enum bosett_solve_status st;

	s->diagnosis[0] = '\0';
	if (s->lp) {
		glp_delete_prob(s->lp);
		s->lp = NULL;
	}
	if (precheck(s)) {
		diagnose_elastic(s, t);
		s->status = BOSETT_SOLVE_INFEASIBLE;
		return BOSETT_EINFEASIBLE;
	}
	s->lp = build(s, t, &base);
	if (s->approximate && bosett_exact_solve(&s->p, &s->built, NULL) == BOSETT_EXACT_OPTIMAL) {
		/* the exact algorithm is faster than the approximation */
		s->status = BOSETT_SOLVE_OPTIMAL;
		s->objective = total_value(&s->p, &s->built);
		s->gap = 0;
		if (explain)
			classify(s);
		return BOSETT_OK;
	}
	if (s->approximate) {
		if (approx_solve(s, s->lp) != 0) {
			bosett_err(s->err, "the approximate method found no allocation that keeps every rule "
			           "(solve without --approximate)");
			return BOSETT_EDATA;
		}
		s->status = BOSETT_SOLVE_FEASIBLE;
		if (explain)
			classify(s);
		return BOSETT_OK;
	}
	st = mip(s, s->lp);
	if (st == BOSETT_SOLVE_INFEASIBLE) {
		bosett_err(s->diagnosis, "no allocation of 0 or %g to cap per municipality meets every rule with "
		           "a total of %ld", s->m->min_settle, s->p.quota + s->p.em_quota);
		diagnose_elastic(s, t);
		s->status = BOSETT_SOLVE_INFEASIBLE;
		return BOSETT_EINFEASIBLE;
	}
	if (st == BOSETT_SOLVE_NONE) {
		bosett_err(s->err, s->time_limit > 0 ? "time limit reached before any allocation was found"
		                                     : "the solver stopped without an allocation");
		return BOSETT_EDATA;
	}
	s->status = st;
	s->objective = glp_mip_obj_val(s->lp);
	read_solution(&s->p, s->lp);
	if (explain) {
		classify(s);
		read_prices(s, t);
		if (s->rule_prices)
			price_rules(s, t);
	}
	return BOSETT_OK;
}

/* Shortfall: place what the rules allow, report what they do not. */
static int optimise_shortfall(struct bosett_solver *s, const struct bosett_table *t, int explain)
{
	char diag[BOSETT_ERRMAX];
	long placed, placed_em, q = s->p.quota, qe = s->p.em_quota;
	int rc;

	memcpy(diag, s->diagnosis, sizeof diag);
	if (max_placed(s, t, &placed, &placed_em) != 0) {
		bosett_err(s->err, "no allocation meets every rule: %s", diag);
		return BOSETT_EINFEASIBLE;
	}
	s->p.quota = placed;
	s->p.em_quota = placed_em;
	rc = optimise(s, t, explain);
	s->p.quota = q;
	s->p.em_quota = qe;
	if (rc != BOSETT_OK)
		return rc;
	s->shortfall = (q + qe) - (placed + placed_em);
	s->status = BOSETT_SOLVE_SHORTFALL;
	memcpy(s->diagnosis, diag, sizeof diag);
	return BOSETT_OK;
}

static int start(struct bosett_solver *s, const struct bosett_table *t, struct bosett_model *bm)
{
	s->err[0] = '\0';
	s->status = BOSETT_SOLVE_NONE;
	deadline_start(s);
	s->objective = s->gap = 0;
	s->shortfall = 0;
	s->price_min = s->price_continuity = s->price_fairness = s->price_total = 0;
	if (s->quota < 0 || s->em_quota < 0) {
		bosett_err(s->err, "quota %ld is negative", s->quota < 0 ? s->quota : s->em_quota);
		return BOSETT_EUSAGE;
	}
	if (bosett_table_nrows(t) == 0) {
		bosett_err(s->err, "%s: no municipalities to allocate to", bosett_table_source(t));
		return BOSETT_EDATA;
	}
	if (s->method != BOSETT_METHOD_OPTIMISE) {
		const struct bosett_model *keep = s->m;
		int rc;

		baseline_model(s, bm);
		s->m = bm;
		rc = load(s, t);
		s->m = keep;
		s->p.m = keep;
		return rc == 0 ? BOSETT_OK : BOSETT_EDATA;
	}
	return load(s, t) == 0 ? BOSETT_OK : BOSETT_EDATA;
}

int bosett_solver_run(struct bosett_solver *s, struct bosett_table *t)
{
	struct bosett_model bm;
	volatile int rc;
	int jumped;

	rc = start(s, t, &bm);
	if (rc != BOSETT_OK)
		return rc;
	if (s->method != BOSETT_METHOD_OPTIMISE) {
		run_baseline(s);
		return annotate(s, t);
	}
	glp_term_out(GLP_OFF);
	glp_error_hook(glpk_error_hook, s);
	jumped = setjmp(s->jump);
	if (jumped) {
		/* GLPK's environment is unusable after an internal error */
		glp_error_hook(NULL, NULL);
		s->lp = NULL;
		glp_free_env();
		bosett_err(s->err, jumped == 2 ? "out of memory" : "the solver failed (GLPK internal error)");
		return BOSETT_EDATA;
	}
	rc = optimise(s, t, 1);
	if (rc == BOSETT_EINFEASIBLE && s->allow_shortfall)
		rc = optimise_shortfall(s, t, 1);
	glp_error_hook(NULL, NULL);
	if (rc == BOSETT_EINFEASIBLE) {
		bosett_err(s->err, "no allocation meets every rule: %s", s->diagnosis);
		return rc;
	}
	if (rc != BOSETT_OK)
		return rc;
	return annotate(s, t);
}

struct scen {
	long q, em;
	size_t index;
};

static int cmp_scen(const void *a, const void *b)
{
	const struct scen *x = a, *y = b;

	if (x->q + x->em != y->q + y->em)
		return x->q + x->em < y->q + y->em ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* The sweep itself, once GLPK's error hook is in place. */
static int sweep(struct bosett_solver *s, struct bosett_table *t, const struct scen *sc, size_t n,
                 bosett_progress_fn progress, void *ctx, struct bosett_buf *list, struct bosett_buf *shortfalls)
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
		continuity_anchor(p);
		if (s->method != BOSETT_METHOD_OPTIMISE) {
			run_baseline(s);
		} else {
			s->shortfall = 0;
			rc = optimise(s, t, 0);
			if (rc == BOSETT_EINFEASIBLE && s->allow_shortfall) {
				rc = optimise_shortfall(s, t, 0);
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

			if (set_num(s, t, i, col, (double)(u->x + u->e), 0) != 0 ||
			    (sc[k].em > 0 && set_num(s, t, i, ecol, (double)u->e, 0) != 0))
				rc = BOSETT_EDATA;
			if (s->method == BOSETT_METHOD_OPTIMISE) {
				/* the floors that keep every number from falling */
				u->lower = u->x;
				u->lower_em = u->e;
			}
		}
		bosett_buf_printf(list, "%s%ld", k ? "," : "", total);
		if (progress)
			progress(ctx, k + 1, n, total);
	}
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].lower = p->mu[i].lower_em = 0;
	s->status = shortfalls->len ? BOSETT_SOLVE_SHORTFALL : worst;
	s->gap = gap;
	return rc;
}

int bosett_solver_run_scenarios(struct bosett_solver *s, struct bosett_table *t, const long *quotas,
                                const long *em_quotas, size_t n, bosett_progress_fn progress, void *ctx)
{
	struct bosett_model bm;
	struct scen *volatile sc = malloc((n ? n : 1) * sizeof *sc);
	struct bosett_buf list = { 0 }, shortfalls = { 0 };
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
	rc = start(s, t, &bm);
	if (rc == BOSETT_OK) {
		glp_term_out(GLP_OFF);
		glp_error_hook(glpk_error_hook, s);
		if (setjmp(s->jump)) {
			glp_error_hook(NULL, NULL);
			s->lp = NULL;
			glp_free_env();
			bosett_err(s->err, "the solver failed (GLPK internal error or out of memory)");
			rc = BOSETT_EDATA;
		} else {
			rc = sweep(s, t, sc, n, progress, ctx, &list, &shortfalls);
			glp_error_hook(NULL, NULL);
		}
	}
	if (rc == BOSETT_OK) {
		bosett_table_meta_set(t, "solve.method", method_name(s->method));
		bosett_table_meta_set(t, "solve.scenarios", list.data ? list.data : "");
		bosett_table_meta_set(t, "solve.status", status_name(s->status));
		if (s->method == BOSETT_METHOD_OPTIMISE)
			meta_num(t, "solve.gap", s->gap);
		if (shortfalls.len)
			bosett_table_meta_set(t, "solve.shortfall", shortfalls.data);
	}
	free(sc);
	bosett_buf_free(&list);
	bosett_buf_free(&shortfalls);
	return rc;
}

int bosett_solver_write_lp(struct bosett_solver *s, const char *path)
{
	if (!s->lp) {
		bosett_err(s->err, "no model to write: %s", s->method == BOSETT_METHOD_OPTIMISE
		           ? "solve first" : "a formula baseline solves no model");
		return BOSETT_EDATA;
	}
	if (glp_write_lp(s->lp, NULL, path) != 0) {
		bosett_err(s->err, "%s: cannot write the LP file", path);
		return BOSETT_EDATA;
	}
	return BOSETT_OK;
}
