/*
 * criteria.c - the criteria target (bosett(7), CRITERIA): each
 * municipality's number moved from the practice anchor toward better
 * prospects of work and education, inside a corridor. Each criterion's
 * indicator is standardised over the municipalities of the problem
 * (z-score, winsorised at 2 standard deviations, halved: -1 to 1), missing
 * values count as the mean; the index is their weighted mean, centred on
 * the anchor-weighted mean so that the targets keep the anchors' total;
 * the target is anchor x (1 + corridor x index), within the corridor. The
 * value of bosett(7) adds -criteria_weight x |x - target|: one more kink of
 * a concave piecewise-linear value, so every engine still answers exactly.
 * The main decision: the criteria move numbers in proportion to the
 * anchor, never a municipality that was not asked, and say by how much.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "solve/solve_internal.h"

/* How a criterion's indicator is made from the table. */
enum crit_ind {
	CI_COLUMN,      /* the column as it is */
	CI_PERCENT,     /* the column, a fraction, shown in per cent */
	CI_PER_WORKING  /* the column per working-age inhabitant (population x working_age_share) */
};

struct criterion {
	const char *key, *column;
	int ind;         /* enum crit_ind */
	int direction;   /* +1 higher is better, -1 lower is better */
	double weight;
	const char *words, *unit;
};

/* The criteria, work first, then education; a criterion whose column the
 * table lacks plays no part (and the weights of the others are rescaled). */
static const struct criterion crit[] = {
	{ "employment_rate", "employment_rate", CI_PERCENT, +1, 1, "employment rate", " %" },
	{ "unemployment_rate", "unemployment_rate", CI_PERCENT, -1, 1, "registered unemployment", " %" },
	{ "jobs_per_working_age", "jobs_located", CI_PER_WORKING, +1, 1, "jobs per working-age inhabitant", "" },
};
#define NCRIT ((int)(sizeof crit / sizeof crit[0]))

const char *bosett_criterion_key(int k) { return k >= 0 && k < NCRIT ? crit[k].key : NULL; }
const char *bosett_criterion_words(int k) { return k >= 0 && k < NCRIT ? crit[k].words : NULL; }
const char *bosett_criterion_unit(int k) { return k >= 0 && k < NCRIT ? crit[k].unit : NULL; }

int bosett_criteria_on(const struct bosett_model *m)
{
	return m->criteria_weight > 0;
}

double bosett_criteria_band(const struct bosett_model *m)
{
	double c = bosett_criteria_on(m) ? m->corridor / 100 : 0;

	return c > m->continuity_band ? c : m->continuity_band;
}

double bosett_criterion_value(const struct bosett_table *t, size_t i, int k)
{
	double v, pop, was;

	if (bosett_table_get(t, i, crit[k].column, &v) != BOSETT_CELL_NUMBER || !isfinite(v))
		return NAN;
	switch (crit[k].ind) {
	case CI_PERCENT:
		return 100 * v;
	case CI_PER_WORKING:
		if (bosett_table_get(t, i, "population", &pop) != BOSETT_CELL_NUMBER ||
		    bosett_table_get(t, i, "working_age_share", &was) != BOSETT_CELL_NUMBER || !(pop * was > 0))
			return NAN;
		return v / (pop * was);
	default:
		return v;
	}
}

static unsigned long long next_random(unsigned long long *s)
{
	/* xorshift64*: fixed seeds give the same placebo on every machine */
	*s ^= *s >> 12, *s ^= *s << 25, *s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

struct by_county {
	const char *county;
	size_t i;
};

static int cmp_county(const void *a, const void *b)
{
	const struct by_county *x = a, *y = b;
	int c = strcmp(x->county, y->county);

	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* The placebo: which municipality's criteria municipality i gets. With a
 * seed the municipalities of each county (fylkenr) are shuffled among
 * themselves (Fisher-Yates, county by county in the order of their numbers). */
static void placebo_order(const struct problem *p, const struct bosett_table *t, size_t *from)
{
	int fcol = bosett_table_icol(t, "fylkenr");
	unsigned long long s = 0x9e3779b97f4a7c15ULL ^ (unsigned long long)p->m->placebo_seed;
	size_t n = p->n;
	struct by_county *g;

	for (size_t i = 0; i < n; i++)
		from[i] = i;
	if (!(p->m->placebo_seed > 0) || !(g = malloc((n ? n : 1) * sizeof *g)))
		return;
	for (size_t i = 0; i < n; i++)
		g[i] = (struct by_county){ fcol >= 0 ? bosett_table_text(t, p->mu[i].row, (size_t)fcol) : "", i };
	qsort(g, n, sizeof *g, cmp_county);
	for (size_t a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && strcmp(g[b].county, g[a].county) == 0; b++)
			;
		for (size_t k = b - a; k > 1; k--) {
			size_t r = a + (size_t)(next_random(&s) % k), q = a + k - 1, tmp = from[g[q].i];

			from[g[q].i] = from[g[r].i];
			from[g[r].i] = tmp;
		}
	}
	free(g);
}

/* Standardise criterion k over the problem into z[i * NCRIT + k]; the
 * number of municipalities with data. */
static int standardise(struct problem *p, const struct bosett_table *t, const size_t *from, int k, double *z)
{
	double sum = 0, ss = 0, sd, mean, *v = malloc((p->n ? p->n : 1) * sizeof *v);
	int cnt = 0;

	if (!v)
		return -1;
	for (size_t i = 0; i < p->n; i++) {
		v[i] = bosett_criterion_value(t, p->mu[from[i]].row, k);
		p->crit_value[i * BOSETT_CRIT_MAX + (size_t)k] = v[i];
		if (!isnan(v[i]))
			sum += v[i], cnt++;
	}
	p->crit_mean[k] = mean = cnt ? sum / cnt : NAN;
	for (size_t i = 0; i < p->n; i++)
		if (!isnan(v[i]))
			ss += (v[i] - mean) * (v[i] - mean);
	sd = cnt > 1 ? sqrt(ss / (cnt - 1)) : 0;
	{
		/* the reference a reason names: the mean weighted by the anchors, as the index is centred */
		double w = 0, wv = 0;

		for (size_t i = 0; i < p->n; i++)
			if (!isnan(v[i]) && p->mu[i].has_prev && p->mu[i].prev > 0)
				w += p->mu[i].prev, wv += p->mu[i].prev * v[i];
		mean = p->crit_mean[k];
		if (w > 0)
			p->crit_mean[k] = wv / w;
	}
	if (!(sd > 0))
		cnt = 0;
	for (size_t i = 0; i < p->n; i++) {
		double q = cnt && !isnan(v[i]) ? crit[k].direction * (v[i] - mean) / sd : 0;

		z[i * NCRIT + (size_t)k] = fmax(-2, fmin(2, q)) / 2;
	}
	free(v);
	return cnt;
}

int bosett_criteria_targets(struct problem *p, const struct bosett_table *t)
{
	const struct bosett_model *m = p->m;
	double c = m->corridor / 100, wsum = 0, prev_sum = 0, zbar[BOSETT_CRIT_MAX] = { 0 };
	double *z = NULL;
	size_t *from = NULL;
	int rc = -1;

	free(p->crit_move);
	free(p->crit_value);
	p->crit_move = p->crit_value = NULL;
	memset(p->crit_used, 0, sizeof p->crit_used);
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].target = -1;
	if (!bosett_criteria_on(m))
		return 0;
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].target = p->mu[i].has_prev ? p->mu[i].prev : -1;
	z = malloc((p->n ? p->n : 1) * NCRIT * sizeof *z);
	from = malloc((p->n ? p->n : 1) * sizeof *from);
	p->crit_move = calloc((p->n ? p->n : 1) * BOSETT_CRIT_MAX, sizeof *p->crit_move);
	p->crit_value = calloc((p->n ? p->n : 1) * BOSETT_CRIT_MAX, sizeof *p->crit_value);
	if (!z || !from || !p->crit_move || !p->crit_value)
		goto out;
	placebo_order(p, t, from);
	for (int k = 0; k < NCRIT; k++) {
		p->crit_used[k] = standardise(p, t, from, k, z);
		if (p->crit_used[k] < 0)
			goto out;
		if (p->crit_used[k] > 0)
			wsum += crit[k].weight;
	}
	rc = 0;
	if (!(wsum > 0) || !(c > 0))
		goto out;
	/* centred on the anchors' weighted mean: the targets keep the anchors' total */
	for (size_t i = 0; i < p->n; i++)
		if (p->mu[i].has_prev && p->mu[i].prev > 0) {
			prev_sum += p->mu[i].prev;
			for (int k = 0; k < NCRIT; k++)
				zbar[k] += p->mu[i].prev * z[i * NCRIT + (size_t)k];
		}
	for (int k = 0; k < NCRIT && prev_sum > 0; k++)
		zbar[k] /= prev_sum;
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		double tg;

		if (!u->has_prev || !(u->prev > 0))
			continue;
		tg = u->prev;
		for (int k = 0; k < NCRIT; k++) {
			double mv = p->crit_used[k] ? u->prev * c * crit[k].weight / wsum * (z[i * NCRIT + (size_t)k] - zbar[k])
			                            : 0;

			p->crit_move[i * BOSETT_CRIT_MAX + (size_t)k] = mv;
			tg += mv;
		}
		u->target = fmax(u->prev * (1 - c), fmin(u->prev * (1 + c), tg));
	}
out:
	free(z);
	free(from);
	return rc;
}

int bosett_criteria_top(const struct problem *p, const struct muni *u, double *move)
{
	size_t i = (size_t)(u - p->mu);
	int best = -1;

	*move = 0;
	if (!p->crit_move || u->target < 0)
		return -1;
	for (int k = 0; k < NCRIT; k++)
		if (fabs(p->crit_move[i * BOSETT_CRIT_MAX + (size_t)k]) > fabs(*move)) {
			*move = p->crit_move[i * BOSETT_CRIT_MAX + (size_t)k];
			best = k;
		}
	return best;
}
